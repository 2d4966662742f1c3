/**
 * The editable pages' default texts, imported as text by the bundler (the core reads the same
 * files with `fs`, which a bundled module cannot: its own address is the bundle's).
 */
import type { PageTemplates } from '../lib/input/files/page-templates.ts';
import { EDITABLE_PAGE_KEYS } from '../lib/input/pages/editable-pages.ts';

const templateFiles: Record<string, string> = import.meta.glob('../lib/input/pages/defaults/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each page's default text with its placeholders. */
export const TEMPLATES = Object.fromEntries(
  EDITABLE_PAGE_KEYS.map((key) => [key, templateFiles[`../lib/input/pages/defaults/${key}.md`]!]),
) as PageTemplates;
