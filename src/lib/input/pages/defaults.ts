/**
 * The default text of each editable page, filled in from the settings. A page the office has not
 * written yet still makes sense: it explains what it can, names the office, and marks what only
 * the office can fill in with „bitte ergänzen“.
 */
import type { Settings } from '../../schemas/settings.ts';
import { EDITABLE_PAGE_TEXT, PLACEHOLDER_MARK, type PageTextContext } from '../../i18n/de.ts';
import type { EditablePageKey } from './editable-pages.ts';

/** The part of the settings the default texts use. */
export type PageSettings = Pick<Settings, 'city' | 'siteTitle' | 'siteUrl' | 'office'>;

/** What the default texts need to know, from the settings. */
export function pageTextContext(settings: PageSettings): PageTextContext {
  return {
    city: settings.city,
    siteTitle: settings.siteTitle ?? `ISEK ${settings.city}`,
    siteUrl: settings.siteUrl,
    office: settings.office,
  };
}

/** The default Markdown of a page. */
export function defaultPageMarkdown(key: EditablePageKey, settings: PageSettings): string {
  return EDITABLE_PAGE_TEXT.defaults[key](pageTextContext(settings));
}

/** The title a page gets when its file does not start with `# Titel`. */
export function defaultPageTitle(key: EditablePageKey): string {
  return EDITABLE_PAGE_TEXT.titles[key];
}

/** A context with every field filled, to ask what a default text contains whatever the settings. */
const SAMPLE_CONTEXT: PageTextContext = {
  city: 'Stadt',
  siteTitle: 'ISEK Stadt',
  siteUrl: 'https://example.org/',
  office: { name: 'Geschäftsstelle', organisation: 'Stadt', street: 'Straße 1', postcode: '12345', town: 'Stadt', email: 'a@example.org', phone: '0' },
};

/** Whether a page's default text has places only the office can fill in („bitte ergänzen“). */
export function defaultHasPlaceholders(key: EditablePageKey): boolean {
  return EDITABLE_PAGE_TEXT.defaults[key](SAMPLE_CONTEXT).includes(PLACEHOLDER_MARK);
}
