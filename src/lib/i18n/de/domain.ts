/**
 * The domain's vocabulary, shared by the site, the diagnostics and the template: status and kind
 * of measure, product areas, SDG titles, sheet kinds, yes/no.
 */
import type { Status, MeasureType } from '../../schemas/status.ts';

/** Labels of the implementation states (settings may override them). */
export const STATUS_LABELS: Record<Status, string> = {
  planned: 'geplant',
  preparing: 'in Vorbereitung',
  'in-progress': 'in Umsetzung',
  ongoing: 'Daueraufgabe',
  completed: 'abgeschlossen',
  deferred: 'zurückgestellt',
  dropped: 'entfallen',
};

/** Labels of the kinds of measure (`Art`). */
export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  key: 'Schlüsselmaßnahme',
  council: 'Beschluss der Selbstverwaltung',
  administration: 'Maßnahme der Verwaltung',
};

/** Plural labels of the kinds of measure, for headings and filters. */
export const MEASURE_TYPE_PLURALS: Record<MeasureType, string> = {
  key: 'Schlüsselmaßnahmen',
  council: 'Beschlüsse der Selbstverwaltung',
  administration: 'Maßnahmen der Verwaltung',
};

/** The six product areas of Schleswig-Holstein's municipal product framework (default). */
export const DEFAULT_PRODUCT_AREAS: Record<number, string> = {
  1: 'Zentrale Verwaltung',
  2: 'Schule und Kultur',
  3: 'Soziales und Jugend',
  4: 'Gesundheit und Sport',
  5: 'Gestaltung der Umwelt',
  6: 'Zentrale Finanzleistungen',
};

/** German titles of the UN Sustainable Development Goals. */
export const SDG_TITLES: Record<number, string> = {
  1: 'Keine Armut',
  2: 'Kein Hunger',
  3: 'Gesundheit und Wohlergehen',
  4: 'Hochwertige Bildung',
  5: 'Geschlechtergleichheit',
  6: 'Sauberes Wasser und Sanitäreinrichtungen',
  7: 'Bezahlbare und saubere Energie',
  8: 'Menschenwürdige Arbeit und Wirtschaftswachstum',
  9: 'Industrie, Innovation und Infrastruktur',
  10: 'Weniger Ungleichheiten',
  11: 'Nachhaltige Städte und Gemeinden',
  12: 'Nachhaltige/r Konsum und Produktion',
  13: 'Maßnahmen zum Klimaschutz',
  14: 'Leben unter Wasser',
  15: 'Leben an Land',
  16: 'Frieden, Gerechtigkeit und starke Institutionen',
  17: 'Partnerschaften zur Erreichung der Ziele',
};

/** The words for an indicator's direction (`Zielrichtung`), as the template writes them. */
export const DIRECTION_LABELS = { up: 'steigen', down: 'sinken' } as const;

/** Names of the sheet kinds, as the office knows them. */
export const SHEET_KIND_LABELS = {
  measures: 'Maßnahmen',
  reports: 'Statusberichte',
  goals: 'Ziele',
  departments: 'Fachdienste',
  productAreas: 'Produktbereiche',
  info: 'Info',
  indicators: 'Kennzahlen',
  indicatorValues: 'Kennzahlwerte',
} as const;

/** How the yes/no parser's answers read when a yes/no cell is shown as text. */
export const YES_NO_LABELS = { yes: 'ja', no: 'nein' } as const;

// ---------------------------------------------------------------------------------------------
// Dateien, Blätter, Kopfzeilen: messages of `src/lib/input/files/` and `src/lib/input/workbook/` (finding,
// reading and locating the office's workbooks). The caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** A quarter as the site writes it: `3. Quartal 2026`. */
export const QUARTER_TEXT = (quarter: number, year: string): string => `${quarter}. Quartal ${year}`;

/** An amount the office gave only roughly (`ca. 500.000 €`): never shown as if it were exact. */
export const APPROXIMATE_MONEY = (amount: string): string => `ca. ${amount}`;
