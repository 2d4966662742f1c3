/**
 * Reads the editable pages from `data/seiten/`. Nothing here can stop the build: a missing,
 * empty or unreadable page gets a diagnostic and the site shows the page's default text.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { EDITABLE_PAGE_TEXT, PAGE_MESSAGES } from '../../i18n/de.ts';
import { closestMatches } from '../../common/closest.ts';
import {
  EDITABLE_PAGE_KEYS,
  PAGES_FOLDER,
  isEditablePageKey,
  pageFileLabel,
  pageFileName,
  type EditablePageKey,
} from '../pages/editable-pages.ts';
import { defaultHasPlaceholders } from '../pages/defaults.ts';
import type { PageTemplates } from './page-templates.ts';

/** The text of one page as the office wrote it. */
export interface PageSource {
  readonly key: EditablePageKey;
  /** `seiten/ueber.md`, for diagnostics. */
  readonly file: string;
  /** The Markdown, decoded (UTF-8, or Windows-1252 as a fallback), byte-order mark removed. */
  readonly text: string;
}

/** What {@link readEditablePages} found. */
export interface ReadPagesResult {
  /** The pages that have a usable file; the others use their default text. */
  readonly sources: Partial<Record<EditablePageKey, PageSource>>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Decodes a page file: UTF-8 (with or without byte-order mark), else Windows-1252, which is what
 * older Windows editors save as "ANSI".
 */
export function decodePageText(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
  }
}

const title = (key: EditablePageKey): string => EDITABLE_PAGE_TEXT.titles[key];

/**
 * Reads every editable page of a data folder. A missing `seiten/` folder means: no page written yet.
 * `templates`: the default texts, when they cannot be read from beside the code (see `page-templates.ts`).
 */
export async function readEditablePages(dataDir: string, templates?: PageTemplates): Promise<ReadPagesResult> {
  const folder = path.join(dataDir, PAGES_FOLDER);
  const diagnostics: Diagnostic[] = [];
  const sources: Partial<Record<EditablePageKey, PageSource>> = {};
  const handled = new Set<EditablePageKey>();

  let names: string[] = [];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      diagnostics.push(
        diagnostic('page.unreadable', { file: PAGES_FOLDER }, PAGE_MESSAGES.unreadable(PAGES_FOLDER, reason)),
      );
    }
  }

  const knownFiles = EDITABLE_PAGE_KEYS.map(pageFileName);
  for (const name of names) {
    // Hidden files and the lock files editors leave behind are not the office's pages.
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const label = `${PAGES_FOLDER}/${name}`;
    const lower = name.toLowerCase();
    const key = lower.endsWith('.md') ? lower.slice(0, -3) : '';
    // Windows does not care about case, so `Impressum.md` is the Impressum.
    if (!isEditablePageKey(key) || handled.has(key)) {
      const suggestions = closestMatches(name.replace(/\.[^.]*$/, ''), EDITABLE_PAGE_KEYS).map((k) => `${k}.md`);
      diagnostics.push(
        diagnostic('page.unknown-file', { file: label }, PAGE_MESSAGES.unknownFile(label, suggestions, knownFiles)),
      );
      continue;
    }
    handled.add(key);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.join(folder, name));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      diagnostics.push(diagnostic('page.unreadable', { file: label }, PAGE_MESSAGES.unreadable(label, reason)));
      continue;
    }
    const { text, utf8 } = decodePageText(bytes);
    if (!utf8) diagnostics.push(diagnostic('page.encoding', { file: label }, PAGE_MESSAGES.encoding(label)));
    if (text.trim() === '') {
      diagnostics.push(diagnostic('page.empty', { file: label }, PAGE_MESSAGES.empty(label, title(key))));
      continue;
    }
    sources[key] = { key, file: label, text };
  }

  for (const key of EDITABLE_PAGE_KEYS) {
    if (!handled.has(key)) {
      const message = PAGE_MESSAGES.missing(pageFileLabel(key), title(key), defaultHasPlaceholders(key, templates));
      diagnostics.push(diagnostic('page.missing', { file: pageFileLabel(key) }, message));
    }
  }
  return { sources, diagnostics };
}
