/**
 * Titles, default texts and check messages of the editable pages in `data/seiten/`.
 */

/** What the default texts of the editable pages know about the city (from the settings). */
export interface PageTextContext {
  readonly city: string;
  readonly siteTitle: string;
  readonly siteUrl: string | null;
  readonly office: {
    readonly name: string;
    readonly organisation: string;
    readonly street: string;
    readonly postcode: string;
    readonly town: string;
    readonly email: string;
    readonly phone: string;
  };
  /** The statement's facts from the settings (`accessibility`); dates as `JJJJ-MM-TT`. */
  readonly accessibility: {
    readonly conformance: 'vollständig' | 'teilweise' | 'nicht' | null;
    readonly assessedBy: string | null;
    readonly assessedOn: string | null;
    readonly createdOn: string | null;
    readonly reviewedOn: string | null;
  };
}

/** Sentences of the accessibility statement made from the settings (`accessibility`). */
export const ACCESSIBILITY_STATEMENT_TEXT = {
  conformance: (level: 'vollständig' | 'teilweise' | 'nicht'): string =>
    level === 'nicht'
      ? 'Diese Website ist mit den Anforderungen nicht vereinbar.'
      : `Diese Website ist mit den Anforderungen ${level} vereinbar.` +
        (level === 'teilweise' ? ' Die Ausnahmen sind unten aufgeführt.' : ''),
  assessment: (by: string | null, on: string | null): string =>
    by && on
      ? `Die Bewertung beruht auf ${by} vom ${on}.`
      : by
        ? `Die Bewertung beruht auf ${by}.`
        : on
          ? `Die Bewertung stammt vom ${on}.`
          : '',
} as const;

/** Marks a placeholder in the default texts (`**[bitte ergänzen: …]**`); the office searches for it. */
export const PLACEHOLDER_MARK = 'bitte ergänzen';

/**
 * Titles of the editable pages in `data/seiten/`. Their default texts are Markdown files in
 * `src/lib/input/pages/defaults/`.
 */
export const EDITABLE_PAGE_TEXT = {
  titles: {
    ueber: 'Über das ISEK',
    impressum: 'Impressum',
    datenschutz: 'Datenschutzerklärung',
    barrierefreiheit: 'Erklärung zur Barrierefreiheit',
    'leichte-sprache': 'Das ISEK in Leichter Sprache',
  },
} as const;
