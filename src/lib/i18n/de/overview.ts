/**
 * Texts of the measure overview `/massnahmen/` (and its pages `/massnahmen/seite/<n>/`): the
 * filter form as the server renders it (`MeasureFilter.astro`, `OVERVIEW_FORM_TEXT`) and what
 * `src/client/measure-filter.ts` writes in the browser (`OVERVIEW_TEXT`). A module of its own, so
 * the overview's script bundles only these few texts, not the search page's (a module shared by
 * two scripts goes whole into their shared chunk). What both pages share is in `filter-ui.ts`.
 */
import { searchCount } from './shared.ts';
import { FILTER_LABELS, filterOption, UNSPECIFIED_LABEL } from './filter-ui.ts';

/** Texts of the measure overview's form as the server renders it. */
export const OVERVIEW_FORM_TEXT = {
  /** Labels of the filters, by filter key. */
  filterLabels: FILTER_LABELS,
  heading: 'Filtern und sortieren',
  /** The first option of every filter (the script adds the count). */
  all: 'alle',
  /** The last option of Produktbereich, Stadtteil and Art: the measures that name none. */
  unspecified: UNSPECIFIED_LABEL,
  sortLabel: 'Sortieren nach',
  sortOptions: {
    nr: 'Nr.',
    titel: 'Titel (A–Z)',
    status: 'Status',
    'stand-neu': 'Stand, neueste zuerst',
    'stand-alt': 'Stand, älteste zuerst',
    'kosten-hoch': 'Kosten, höchste zuerst',
    'kosten-niedrig': 'Kosten, niedrigste zuerst',
  },
  reset: 'Filter zurücksetzen',
  /** The button that opens the filters on narrow screens (the script adds the number chosen). */
  toggle: 'Filter',
  /** The button that downloads the filtered list as CSV. */
  download: 'Diese Auswahl herunterladen',
  /** What the download is, after the button. */
  downloadHint: 'CSV-Datei für Excel und andere Tabellenprogramme',
  none: 'Keine Maßnahme passt zu diesen Filtern. Setzen Sie einen Filter zurück, um wieder Maßnahmen zu sehen.',
  /** The status line while the table shows one page as the server built it. */
  page: (range: string): string => `Maßnahmen ${range} werden angezeigt, nach Nr. sortiert.`,
} as const;

/** Texts the overview's script writes in the browser. */
export const OVERVIEW_TEXT = {
  /** A filter option with its number of matches: `in Umsetzung (12)`. */
  option: filterOption,
  failed:
    'Die Filter konnten nicht geladen werden. Die Liste bleibt seitenweise nutzbar; bitte laden Sie die Seite neu, um es noch einmal zu versuchen.',
  /** `matching` measures pass the filters, of `total`; the first `shown` of them are in the table. */
  count: (shown: number, matching: number, total: number): string => {
    const passing =
      matching === total
        ? `Alle ${searchCount(total)} Maßnahmen`
        : `${searchCount(matching)} von ${searchCount(total)} Maßnahmen`;
    return shown >= matching
      ? `${passing} werden angezeigt.`
      : `${passing} passen, die ersten ${searchCount(shown)} werden angezeigt.`;
  },
  caption: (matching: number, total: number): string =>
    matching === total
      ? `Alle Maßnahmen (${searchCount(total)})`
      : `Gefilterte Maßnahmen (${searchCount(matching)} von ${searchCount(total)})`,
  /** The document title of a filtered list, as the site writes page titles (`SITE_TEXT.pageTitle`). */
  title: (caption: string, site: string): string => (site ? `${caption} – ${site}` : caption),
  more: (n: number): string => `Weitere ${searchCount(n)} anzeigen`,
  /** The name of the downloaded file. */
  downloadFile: 'massnahmen-auswahl.csv',
  showAll: (n: number): string => `Alle ${searchCount(n)} anzeigen`,
} as const;
