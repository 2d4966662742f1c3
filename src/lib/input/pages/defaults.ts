/**
 * The default text of each editable page, filled in from the settings. A page the office has not
 * written yet still makes sense: it explains what it can, names the office, and marks what only
 * the office can fill in with „bitte ergänzen“. The texts are Markdown files in `defaults/`,
 * with placeholders for the settings' values (`page-template.ts`).
 */
import type { Settings } from '../../schemas/settings.ts';
import { EDITABLE_PAGE_TEXT, PLACEHOLDER_MARK, type PageTextContext } from '../../i18n/de.ts';
import { defaultPageTemplates, type PageTemplates } from '../files/page-templates.ts';
import type { EditablePageKey } from './editable-pages.ts';
import { fillPageTemplate, pageTemplateValues } from './page-template.ts';
import { siteTitleOf } from '../settings/site-title.ts';

/** The part of the settings the default texts use. */
export type PageSettings = Pick<Settings, 'city' | 'siteTitle' | 'siteUrl' | 'office' | 'accessibility'>;

/** What the default texts need to know, from the settings. */
export function pageTextContext(settings: PageSettings): PageTextContext {
  return {
    city: settings.city,
    siteTitle: siteTitleOf(settings),
    siteUrl: settings.siteUrl,
    office: settings.office,
    accessibility: settings.accessibility,
  };
}

/**
 * The default Markdown of a page. `templates`: the default texts, read from `defaults/` unless
 * given (the site passes the ones its bundler imported).
 */
export function defaultPageMarkdown(
  key: EditablePageKey,
  settings: PageSettings,
  templates: PageTemplates = defaultPageTemplates(),
): string {
  return fillPageTemplate(templates[key], pageTemplateValues(pageTextContext(settings)));
}

/** The title a page gets when its file does not start with `# Titel`. */
export function defaultPageTitle(key: EditablePageKey): string {
  return EDITABLE_PAGE_TEXT.titles[key];
}

/** Whether a page's default text has places only the office can fill in („bitte ergänzen“). */
export function defaultHasPlaceholders(
  key: EditablePageKey,
  templates: PageTemplates = defaultPageTemplates(),
): boolean {
  return templates[key].includes(PLACEHOLDER_MARK);
}
