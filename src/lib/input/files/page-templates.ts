/**
 * The editable pages' default texts as written in `src/lib/input/pages/defaults/<page>.md`, read
 * once from beside the code. For Node (check, build, tests); the site, bundled by Vite, imports
 * the same files as text instead (`src/utils/editable-pages.ts`).
 */
import { readFileSync } from 'node:fs';
import { EDITABLE_PAGE_KEYS, type EditablePageKey } from '../pages/editable-pages.ts';

/** Each page's default text with its placeholders (see `pages/page-template.ts`). */
export type PageTemplates = Readonly<Record<EditablePageKey, string>>;

let cached: PageTemplates | null = null;

/** Reads the default texts (once per process). */
export function defaultPageTemplates(): PageTemplates {
  cached ??= Object.fromEntries(
    EDITABLE_PAGE_KEYS.map((key) => [
      key,
      readFileSync(new URL(`../pages/defaults/${key}.md`, import.meta.url), 'utf8'),
    ]),
  ) as PageTemplates;
  return cached;
}
