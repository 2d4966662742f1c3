/**
 * Texts of the search page, the measure overview's filters and its script.
 */
import { searchCount } from './shared.ts';
import { FILTER_LABELS, filterOption } from './filter-ui.ts';

/** Texts of the search page and the index. */
export const SEARCH_TEXT = {
  /** What kind of page a search result is (also the values of the filter `typ`). */
  pageKinds: {
    measure: 'Maßnahme',
    goal: 'Ziel',
    department: 'Fachdienst',
    productArea: 'Produktbereich',
    indicator: 'Kennzahl',
  },
  /** Labels of the filters, by filter key (search page and overview). */
  filterLabels: FILTER_LABELS,
  /** A filter option with its number of matches: `in Umsetzung (12)`. */
  option: filterOption,

  page: {
    title: 'Suche',
    description: (site: string): string =>
      `Suche in allen Maßnahmen, Zielen, Kennzahlen, Fachdiensten und Produktbereichen des ${site}, mit Filtern nach Fachdienst, Status, Ziel, SDG, Stadtteil und Bewertung.`,
    noScript:
      'Die Suche braucht JavaScript, das in Ihrem Browser gerade nicht ausgeführt wird. Alle Inhalte erreichen Sie auch ohne Suche:',
    noScriptLinks: {
      measures: 'Liste aller Maßnahmen (mit Nr., Status und Fachdienst)',
      departments: 'Maßnahmen nach Fachdienst',
      productAreas: 'Maßnahmen nach Produktbereich',
      goals: 'Das Zielsystem mit allen Zielen',
      indicators: 'Alle Kennzahlen mit ihrer Bewertung',
    },
    formLabel: 'Suche',
    queryLabel: 'Suchbegriff',
    queryHint: 'Zum Beispiel ein Wort aus dem Titel, eine Maßnahmen-Nr. oder ein Stadtteil.',
    submit: 'Suchen',
    filtersHeading: 'Ergebnisse eingrenzen',
    /** The link past the filters to the results, for keyboard users on wide screens. */
    skipToResults: 'Zu den Ergebnissen springen',
    filtersHint: 'Mehrere Werte in einer Gruppe: jeder davon passt. Mehrere Gruppen: alle müssen passen.',
    selected: (n: number): string => (n === 0 ? '' : `${searchCount(n)} gewählt`),
    sortLabel: 'Sortierung',
    sortOptions: {
      relevanz: 'Relevanz',
      'stand-neu': 'Stand, neueste zuerst',
      'stand-alt': 'Stand, älteste zuerst',
      titel: 'Titel (A–Z)',
    },
    reset: 'Alle Filter zurücksetzen',
    resultsHeading: 'Ergebnisse',
    /** The page title with the query, so history entries and tabs tell searches apart. */
    documentTitle: (query: string, title: string): string => (query ? `„${query}“ – ${title}` : title),
    loading: 'Die Suche wird geladen …',
    prompt: 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.',
    /** Announced and shown after each search. */
    count: (n: number, query: string): string => {
      const hits = n === 0 ? 'Keine Treffer' : n === 1 ? '1 Treffer' : `${searchCount(n)} Treffer`;
      return query ? `${hits} für „${query}“.` : `${hits}.`;
    },
    filtered: (n: number): string => (n === 1 ? 'Ein Filter ist aktiv.' : `${searchCount(n)} Filter sind aktiv.`),
    none: 'Versuchen Sie ein anderes Wort, eine kürzere Form des Wortes oder weniger Filter.',
    /** „Meinten Sie …?“: shown before the linked suggestions. */
    didYouMean: 'Meinten Sie:',
    /** Between two suggestions, and before the last one. */
    didYouMeanOr: ' oder ',
    /** Live-region addition when there are suggestions. */
    didYouMeanStatus: (first: string): string => `Vorschlag: „${first}“.`,
    /** A search without results: the ways in by topic. */
    noneTopics: 'Oder suchen Sie nach Thema oder Ort:',
    noneProductAreas: 'Produktbereiche',
    noneDistricts: 'Stadtteile',
    noneAll: 'Alle Produktbereiche',
    noneAllDistricts: 'Alle Stadtteile',
    more: 'Weitere Ergebnisse anzeigen',
    shown: (shown: number, total: number): string =>
      `${searchCount(shown)} von ${searchCount(total)} Treffern angezeigt.`,
    failed:
      'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu, oder nutzen Sie die Liste aller Maßnahmen.',
    resultMeta: {
      status: 'Status',
      fachdienst: 'Fachdienst',
      stand: 'Stand',
    },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Seitenweise Listen: long measure lists on pages of their own (`/massnahmen/seite/2/`,
// `/fachdienste/61/federfuehrend/seite/2/` …), see `src/utils/pagination.ts`.
// ---------------------------------------------------------------------------------------------
