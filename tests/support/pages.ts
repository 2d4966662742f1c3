/**
 * Test support: which built pages stand for which page type. Discovered from the built files, not
 * hard-coded, so a page or section added later is covered by every check automatically.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './site.ts';

/** Folders of the build that hold no pages of their own (assets and the search index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/** One page that stands for a page type. */
export interface PageSample {
  /** The page's path below the base, as a link would name it: `''`, `massnahmen/`, `404.html`. */
  readonly path: string;
  /** The built file, relative to the output folder. */
  readonly file: string;
  /**
   * The page type: `start`, a single page (`impressum/`, `404.html`), a section's list
   * (`massnahmen/`) or a section's single pages (`massnahmen/*`).
   */
  readonly type: string;
  /** For a section's single pages: the largest (`fullest`) or the smallest (`sparsest`) file. */
  readonly variant?: 'fullest' | 'sparsest';
}

/** The link path of a built HTML file (`a/b/index.html` → `a/b/`). */
export function pathOfFile(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every HTML page of the build (files relative to `outDir`), in a stable order. */
export async function htmlFiles(outDir: string): Promise<string[]> {
  return (await listFiles(outDir)).filter((f) => f.endsWith('.html') && !NOT_PAGES.has(f.split('/')[0]!));
}

/**
 * Top-level folders whose pages one level below are each a page type of their own, not records
 * of one kind: the parts of the Stadtentwicklungsbericht (`bericht/ziele/`, `bericht/fachdienste/` …)
 * differ in markup and weight, so each is checked.
 */
const DISTINCT_PAGES = new Set(['bericht']);

/**
 * The page type of a page below a top-level folder: its folder with the last segment as `*`
 * (`massnahmen/2019-001/` → `massnahmen/*`, `massnahmen/seite/2/` → `massnahmen/seite/*`), or
 * the page itself in a folder of distinct pages (`bericht/ziele/`).
 */
export function pageTypeOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 3 && parts[2] === 'index.html' && DISTINCT_PAGES.has(parts[0]!))
    return `${parts[0]}/${parts[1]}/`;
  return parts.at(-1) === 'index.html' ? `${parts.slice(0, -2).join('/')}/*` : `${parts.slice(0, -1).join('/')}/*.html`;
}

/**
 * The pages that stand for every page type: the home page, every page file at the top level
 * (`404.html`) and every top-level folder's own page (`impressum/`, `massnahmen/`), plus, for
 * each kind of page below (see {@link pageTypeOf}), the largest and the smallest of them (the
 * fullest and the sparsest record: different markup paths for present and missing values).
 */
export async function representativePages(outDir: string): Promise<PageSample[]> {
  const files = await htmlFiles(outDir);
  const samples: PageSample[] = [];
  const below = new Map<string, string[]>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length === 1) {
      samples.push({ path: pathOfFile(file), file, type: file === 'index.html' ? 'start' : file });
    } else if (parts.length === 2 && parts[1] === 'index.html') {
      samples.push({ path: pathOfFile(file), file, type: `${parts[0]}/` });
    } else {
      const type = pageTypeOf(file);
      below.set(type, [...(below.get(type) ?? []), file]);
    }
  }
  for (const [type, list] of below) {
    const sizes = await Promise.all(list.map(async (f) => ({ f, size: (await stat(path.join(outDir, f))).size })));
    sizes.sort((a, b) => a.size - b.size || a.f.localeCompare(b.f));
    const fullest = sizes.at(-1)!.f;
    samples.push({ path: pathOfFile(fullest), file: fullest, type, variant: 'fullest' });
    if (sizes[0]!.f !== fullest)
      samples.push({ path: pathOfFile(sizes[0]!.f), file: sizes[0]!.f, type, variant: 'sparsest' });
  }
  return samples.sort((a, b) => a.file.localeCompare(b.file));
}
