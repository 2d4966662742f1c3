/**
 * The office's editable pages for the site: the Markdown from `data/seiten/` (or the default text
 * from the settings), rendered with the site's base path. The check has already reported every
 * problem in these files; here they only render.
 */
import { readEditablePages, type ReadPagesResult } from '../lib/input/files/read-pages.ts';
import { defaultPageMarkdown, defaultPageTitle } from '../lib/input/pages/defaults.ts';
import type { EditablePageKey } from '../lib/input/pages/editable-pages.ts';
import { renderEditablePage, type RenderedPage } from '../lib/input/pages/render-page.ts';
import { TEMPLATES } from './page-templates.ts';
import { dataDir, loadModelOnce } from './load-model.ts';
import { getModelIndex } from './model-index.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A page ready for the template. */
export interface EditablePage extends RenderedPage {
  /** True when the office has not written the page and the default text is shown. */
  readonly isDefault: boolean;
}

/**
 * The pages' sources: in a build those the check read (handed over in the model file), in
 * `astro dev` read on every request, so edits show at once.
 */
const sources: () => Promise<Pick<ReadPagesResult, 'sources'>> = oncePerBuild(async () => {
  const handedOver = (await loadModelOnce()).pages;
  return handedOver ? { sources: handedOver } : readEditablePages(dataDir(), TEMPLATES);
});

/** One editable page, rendered. */
export async function getEditablePage(key: EditablePageKey): Promise<EditablePage> {
  const [{ sources: found }, index] = await Promise.all([sources(), getModelIndex()]);
  const source = found[key];
  const markdown = source?.text ?? defaultPageMarkdown(key, index.settings, TEMPLATES);
  const page = renderEditablePage(markdown, { base: import.meta.env.BASE_URL, fallbackTitle: defaultPageTitle(key) });
  return { ...page, isDefault: source === undefined };
}
