/**
 * The placeholder syntax of the editable pages' default texts (`defaults/*.md`), which fill in
 * values from the settings:
 *
 * - `{{name}}` is replaced by the value of `name` (`city`, `office.email` …), as written: the
 *   values are Markdown text like the rest of the page.
 * - `{{#name}}…{{/name}}` keeps what is between the tags only when `name` is not empty (a phone
 *   number, the site's address); inside, `{{name}}` works as everywhere.
 * - `{{^name}}…{{/name}}` keeps it only when `name` is empty: what the page says instead.
 *   Sections of different names may be nested.
 *
 * An unknown name is an error (a typo in a default text must fail its test, not print nothing).
 * Values are inserted once: a `{{` inside a value stays as it is.
 */
import { ACCESSIBILITY_STATEMENT_TEXT, type PageTextContext } from '../../i18n/de.ts';
import { formatDateLong } from '../../common/format.ts';

/** The values a default text can use, by name. */
export type PageTemplateValues = Readonly<Record<string, string>>;

/** The names of the settings' values and the address blocks made from them. */
export function pageTemplateValues(c: PageTextContext): PageTemplateValues {
  const a = c.accessibility;
  const postcodeAndTown = [c.office.postcode, c.office.town].filter(Boolean).join(' ');
  return {
    city: c.city,
    siteTitle: c.siteTitle,
    siteUrl: c.siteUrl ?? '',
    'office.name': c.office.name,
    'office.organisation': c.office.organisation,
    'office.street': c.office.street,
    'office.postcode': c.office.postcode,
    'office.town': c.office.town,
    'office.email': c.office.email,
    'office.phone': c.office.phone,
    /** Name, organisation, street, postcode and town: the lines that are not empty. */
    officeAddress: [c.office.name, c.office.organisation, c.office.street, postcodeAndTown].filter(Boolean).join('\n'),
    /** Street, postcode and town: the lines that are not empty. */
    officeStreetAndTown: [c.office.street, postcodeAndTown].filter(Boolean).join('\n'),
    /** The statement's result as a sentence, with who assessed and when. */
    'accessibility.conformance': a.conformance
      ? [
          ACCESSIBILITY_STATEMENT_TEXT.conformance(a.conformance),
          ACCESSIBILITY_STATEMENT_TEXT.assessment(a.assessedBy, longDay(a.assessedOn)),
        ]
          .filter(Boolean)
          .join(' ')
      : '',
    'accessibility.createdOn': longDay(a.createdOn) ?? '',
    'accessibility.reviewedOn': longDay(a.reviewedOn) ?? '',
  };
}

/** `2026-10-15` as `15. Oktober 2026`. */
function longDay(iso: string | null): string | null {
  return iso === null ? null : formatDateLong({ iso, precision: 'day' });
}

const SECTION = /\{\{([#^])([\w.]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
const VALUE = /\{\{([\w.]+)\}\}/g;

/** Fills a default text's placeholders; throws for a name that has no value. */
export function fillPageTemplate(template: string, values: PageTemplateValues): string {
  const valueOf = (name: string): string => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown placeholder {{${name}}} in a default page text`);
    return value;
  };
  // Outer sections first; the loop opens the ones nested in what was kept.
  let text = template;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(SECTION, (_, kind: string, name: string, inner: string) =>
      (valueOf(name) === '') === (kind === '^') ? inner : '',
    );
  }
  return text.replace(VALUE, (_, name: string) => valueOf(name));
}
