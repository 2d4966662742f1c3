/**
 * Texts both filtered lists share, `/suche/` and `/massnahmen/`: the filter labels, an option
 * with its count, the filter toggle and the chosen-filter tags (`src/client/filter-ui.ts`).
 */
import { searchCount } from './shared.ts';

/** Labels of the filters, by filter key (search page and measure overview). */
export const FILTER_LABELS = {
  typ: 'Seitentyp',
  fachdienst: 'Fachdienst (federführend)',
  produktbereich: 'Produktbereich',
  status: 'Status',
  ziel: 'Ziel',
  sdg: 'Nachhaltigkeitsziel (SDG)',
  stadtteil: 'Stadtteil',
  art: 'Art der Maßnahme',
  bewertung: 'Bewertung (Kennzahlen)',
  zeitplan: 'Zeitplan',
} as const;

/**
 * The last option of Produktbereich, Stadtteil and Art, on `/massnahmen/` and `/suche/`: the
 * measures that name none, so they can be found too.
 */
export const UNSPECIFIED_LABEL = 'ohne Angabe';

/** A filter option with its number of matches: `in Umsetzung (12)`. */
export const filterOption = (label: string, count: number): string => `${label} (${searchCount(count)})`;

/** Texts of the filter toggle and the chosen-filter tags, on `/massnahmen/` and `/suche/`. */
export const FILTER_UI_TEXT = {
  /** The toggle's text: `Filter` or `Filter (2 aktiv)`. */
  toggle: (active: number): string => (active === 0 ? 'Filter' : `Filter (${searchCount(active)} aktiv)`),
  /** Name of the list of chosen filters. */
  chosen: 'Gewählte Filter',
  /** Read after a tag's `Status: in Umsetzung`, so the button says what it does. */
  remove: 'entfernen',
} as const;
