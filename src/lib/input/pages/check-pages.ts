/**
 * The check's view of the editable pages: what in a page's Markdown will not appear as written
 * (HTML, images, links the site does not allow), as warnings with the line in the file.
 */
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { PAGE_MESSAGES } from '../../i18n/de.ts';
import { defaultPageTitle } from './defaults.ts';
import type { EditablePageKey } from './editable-pages.ts';
import { renderEditablePage } from './render-page.ts';

/** A page's text with its key and file label (see `files/read-pages.ts`). */
export interface PageText {
  readonly key: EditablePageKey;
  readonly file: string;
  readonly text: string;
}

/** Warnings for everything in the pages that the site shows differently from what was written. */
export function checkEditablePages(pages: readonly PageText[]): Diagnostic[] {
  return pages.flatMap((page) =>
    renderEditablePage(page.text, { base: '/', fallbackTitle: defaultPageTitle(page.key) }).problems.map((problem) =>
      diagnostic(
        'page.unsupported-markup',
        { file: page.file, row: problem.line },
        PAGE_MESSAGES.unsupported[problem.kind](problem.snippet),
      ),
    ),
  );
}
