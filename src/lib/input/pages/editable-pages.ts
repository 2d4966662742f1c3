/**
 * The pages the office writes itself, as Markdown files in `data/seiten/`: which ones exist,
 * under which file name and address. Every one has a default text (see `defaults.ts`), so the
 * site is complete before the office has written a single page.
 */

/** The sub-folder of the data folder that holds the pages. */
export const PAGES_FOLDER = 'seiten';

/** Keys of the editable pages; each is also the page's address (`/ueber/`) and file (`ueber.md`). */
export const EDITABLE_PAGE_KEYS = ['ueber', 'impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache'] as const;

/** One of the editable pages. */
export type EditablePageKey = (typeof EDITABLE_PAGE_KEYS)[number];

/** The file name of a page in `data/seiten/`. */
export function pageFileName(key: EditablePageKey): string {
  return `${key}.md`;
}

/** The page's file as diagnostics name it: `seiten/ueber.md` (forward slash on every system). */
export function pageFileLabel(key: EditablePageKey): string {
  return `${PAGES_FOLDER}/${pageFileName(key)}`;
}

/** Whether a string is one of the editable pages' keys. */
export function isEditablePageKey(value: string): value is EditablePageKey {
  return (EDITABLE_PAGE_KEYS as readonly string[]).includes(value);
}
