/**
 * Every text a person reads, in German: the site, the check report, the build's progress and
 * the diagnostics. Code keeps English identifiers and asks this module for the words.
 *
 * Sections are grouped by who reads them. Functions take the variable parts, so word order stays
 * natural German.
 */
import type { Status, MeasureType } from '../schemas/status.ts';

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

/** Names of the sheet kinds, as the office knows them. */
export const SHEET_KIND_LABELS = {
  measures: 'Maßnahmen',
  reports: 'Statusberichte',
  goals: 'Ziele',
  departments: 'Fachdienste',
  productAreas: 'Produktbereiche',
  info: 'Info',
} as const;

/** Words for the severities. */
export const SEVERITY_LABELS = {
  error: 'Fehler',
  warning: 'Warnung',
  notice: 'Hinweis',
} as const;

// ---------------------------------------------------------------------------------------------
// Zellwerte: messages of the cell parsers (`src/lib/cells/`). Each names what was found and what
// is expected; the caller adds file, sheet, row and column.
// ---------------------------------------------------------------------------------------------

/** `„a“, „b“ oder „c“`: quoted values joined the German way. */
const quotedList = (values: readonly string[], last: 'oder' | 'und'): string => {
  const quoted = values.map((v) => `„${v}“`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
};

/** Messages of the cell parsers. `found` is the cell's text as the office sees it. */
export const CELL_MESSAGES = {
  /** An Excel error value such as `#REF!` instead of a value. */
  formulaError: (error: string): string =>
    `Die Zelle enthält den Formelfehler „${error}“ statt eines Werts. Bitte die Formel in Excel korrigieren oder durch den Wert ersetzen.`,
  invalidDate: (found: string): string =>
    `„${found}“ ist kein gültiges Datum. Erwartet wird TT.MM.JJJJ, MM/JJJJ oder JJJJ.`,
  invalidMoney: (found: string): string =>
    `„${found}“ ist kein gültiger Geldbetrag. Erwartet wird ein Betrag in Euro, z. B. 1.250.000 €, 1.250.000,50 EUR, 250 T€ oder 1,5 Mio. €.`,
  negativeMoney: (found: string): string =>
    `„${found}“ ist ein negativer Betrag. Erwartet wird ein Betrag von 0 € oder mehr.`,
  invalidPercent: (found: string): string =>
    `„${found}“ ist keine gültige Prozentangabe. Erwartet wird eine Zahl von 0 bis 100, z. B. 45 oder 45 %.`,
  percentOutOfRange: (found: string): string =>
    `„${found}“ liegt außerhalb des erlaubten Bereichs. Erwartet wird eine Prozentangabe von 0 bis 100.`,
  invalidYesNo: (found: string): string =>
    `„${found}“ ist kein gültiger Ja/Nein-Wert. Erwartet wird ja oder nein (auch x oder leer, 1 oder 0, wahr oder falsch).`,
  /** `what` names the kind of number in the nominative, e.g. `Produktbereich` or `SDG`. */
  invalidInteger: (found: string, what: string, min: number, max: number): string =>
    `„${found}“ ist keine gültige Angabe für ${what}. Erwartet wird eine ganze Zahl von ${min} bis ${max}.`,
  integerOutOfRange: (found: string, what: string, min: number, max: number): string =>
    `„${found}“ liegt außerhalb des erlaubten Bereichs für ${what}. Erlaubt sind ganze Zahlen von ${min} bis ${max}.`,
  /** Several bad items of one list cell, each already described by one of the sentences above. */
  listProblems: (messages: readonly string[]): string => messages.join(' '),
  invalidLink: (found: string): string =>
    `„${found}“ ist kein gültiger Link. Erwartet wird eine Webadresse, die mit http:// oder https:// beginnt.`,
  /** A well-formed address of another kind (`javascript:`, `ftp:`, `mailto:` …). */
  linkSchemeRefused: (found: string, scheme: string): string =>
    `„${found}“ ist als Link nicht erlaubt (${scheme}). Erlaubt sind nur Webadressen, die mit http:// oder https:// beginnen.`,
  invalidEmail: (found: string): string =>
    `„${found}“ ist keine gültige E-Mail-Adresse. Erwartet wird eine Adresse wie name@stadt.de.`,
  /** `allowed` are the valid labels; `suggestion` the closest one, if any is close. */
  invalidStatus: (found: string, allowed: readonly string[], suggestion: string | null): string =>
    `„${found}“ ist kein gültiger Status. Erlaubt sind ${quotedList(allowed, 'und')}.` +
    (suggestion ? ` Meinten Sie „${suggestion}“?` : ''),
  invalidMeasureType: (found: string, allowed: readonly string[], suggestion: string | null): string =>
    `„${found}“ ist keine gültige Art der Maßnahme. Erlaubt sind ${quotedList(allowed, 'und')}.` +
    (suggestion ? ` Meinten Sie „${suggestion}“?` : ''),
} as const;

/** How the yes/no parser's answers read when a yes/no cell is shown as text. */
export const YES_NO_LABELS = { yes: 'ja', no: 'nein' } as const;
