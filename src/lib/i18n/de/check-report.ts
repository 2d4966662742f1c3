/**
 * Words of the check report, in the terminal and as a self-contained HTML file.
 */
import { SHEET_KIND_LABELS } from './domain.ts';
import { plural } from './shared.ts';

/** How many rows the summary of a run of one problem names before counting the rest. */
const RUN_ROWS_LISTED = 20;

/** Words of the check report. */
export const REPORT_TEXT = {
  sheet: (name: string): string => `Blatt „${name}“`,
  row: (row: number): string => `Zeile ${row}`,
  column: (header: string, letter: string | null): string =>
    letter ? `Spalte ${letter} „${header}“` : `Spalte „${header}“`,
  /** A column in the HTML report's table: `F „Status“`. */
  columnCell: (header: string, letter: string | null): string => (letter ? `${letter} „${header}“` : header),
  /** The place of a problem in the settings file: the setting's name instead of a column. */
  setting: (name: string): string => `Einstellung „${name}“`,
  heading: (severity: 'error' | 'warning' | 'notice', n: number): string =>
    ({ error: 'Fehler', warning: 'Warnungen', notice: 'Hinweise' })[severity] + ` (${n})`,
  marker: { error: '✖', warning: '▲', notice: '·' } as const,
  noticesHidden: (n: number): string =>
    `${plural(n, 'Hinweis', 'Hinweise')} (z. B. unbekannte Spalten, übersprungene leere Zeilen). Alle zeigen: npm run check -- --alle`,
  /** The rest of such a run (always several), by row; `--alle` lists each one in full. */
  runRest: (code: string, rows: readonly number[]): string => {
    const listed = rows.slice(0, RUN_ROWS_LISTED).join(', ');
    const more = rows.length > RUN_ROWS_LISTED ? ` und ${rows.length - RUN_ROWS_LISTED} weitere` : '';
    return (
      `${rows.length} weitere Zellen dieser Spalte mit derselben Meldung, nur mit anderem Wert [${code}]: ` +
      `Zeilen ${listed}${more}. Alle einzeln zeigt: npm run check -- --alle`
    );
  },
  rowCountsHeading: 'Zeilenbilanz',
  rowCounts: (kind: string, c: { read: number; published: number; skippedEmpty: number; refused: number }): string =>
    `${SHEET_KIND_LABELS[kind as keyof typeof SHEET_KIND_LABELS] ?? kind}: ${plural(c.read, 'Zeile', 'Zeilen')} gelesen = ` +
    `${c.published} übernommen + ${c.skippedEmpty} leer übersprungen + ${c.refused} abgelehnt`,
  published: (c: {
    measures: number;
    goals: number;
    departments: number;
    productAreas: number;
    reports: number;
    indicators?: number;
    indicatorValues?: number;
  }): string =>
    `Inhalt: ${plural(c.measures, 'Maßnahme', 'Maßnahmen')}, ${plural(c.goals, 'Ziel', 'Ziele')}, ` +
    `${plural(c.departments, 'Fachdienst', 'Fachdienste')}, ${plural(c.productAreas, 'Produktbereich', 'Produktbereiche')}, ` +
    `${plural(c.reports, 'Statusbericht', 'Statusberichte')}` +
    (c.indicators
      ? `, ${plural(c.indicators, 'Kennzahl', 'Kennzahlen')} mit ${plural(c.indicatorValues ?? 0, 'Wert', 'Werten')}`
      : '') +
    `.`,
  verdict: (ok: boolean, c: { errors: number; warnings: number; notices: number }): string =>
    ok
      ? `Ergebnis: keine Fehler, ${plural(c.warnings, 'Warnung', 'Warnungen')}. Die Daten können veröffentlicht werden.`
      : `Ergebnis: ${plural(c.errors, 'Fehler', 'Fehler')}, ${plural(c.warnings, 'Warnung', 'Warnungen')}. ` +
        `Bitte die Fehler in den Arbeitsmappen beheben; veröffentlicht wird erst, wenn keine Fehler mehr gemeldet werden.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Kommandozeile: headings and progress of `npm run check` and `npm run build`.
// ---------------------------------------------------------------------------------------------

/** Words of the HTML check report (`npm run check -- --html bericht.html`, `pruefbericht.html`). */
export const HTML_REPORT_TEXT = {
  title: 'Prüfbericht der ISEK-Arbeitsmappen',
  documentTitle: (ok: boolean, errors: number): string =>
    ok ? 'Prüfbericht ISEK – keine Fehler' : `Prüfbericht ISEK – ${plural(errors, 'Fehler', 'Fehler')}`,
  meta: (dataDir: string, checkedAt: string): string => `Datenordner „${dataDir}“, geprüft am ${checkedAt}.`,
  verdictOk: 'Keine Fehler: Die Daten können veröffentlicht werden.',
  verdictErrors:
    'Die Arbeitsmappen enthalten Fehler. Veröffentlicht wird erst, wenn keine Fehler mehr gemeldet werden.',
  counts: (c: { errors: number; warnings: number; notices: number }): string =>
    `${plural(c.errors, 'Fehler', 'Fehler')}, ${plural(c.warnings, 'Warnung', 'Warnungen')}, ${plural(c.notices, 'Hinweis', 'Hinweise')}.`,
  howToRead:
    'Die Fehler stehen zuerst, geordnet nach Datei und Blatt. Zeilennummern und Spaltenbuchstaben sind die, die Excel oder LibreOffice am Rand zeigt; ' +
    'dazu steht die Überschrift der Spalte. Was ein Code bedeutet und wie man das Problem im Tabellenprogramm behebt, ' +
    'steht in der Anleitung (docs/anleitung.md) im Abschnitt „Meldungen und was zu tun ist“.',
  contentsLabel: 'Inhalt des Berichts',
  heading: { error: 'Fehler', warning: 'Warnungen', notice: 'Hinweise' } as const,
  headingCount: (label: string, n: number): string => `${label} (${new Intl.NumberFormat('de-DE').format(n)})`,
  severityIntro: {
    error: 'Fehler verhindern die Veröffentlichung. Bitte jeden Fehler in der genannten Datei beheben.',
    warning: 'Warnungen verhindern nichts, weisen aber auf wahrscheinlich Unbeabsichtigtes hin.',
    notice: 'Hinweise dienen nur der Information, z. B. übersprungene leere Zeilen oder unbekannte Spalten.',
  } as const,
  none: { error: 'Keine Fehler.', warning: 'Keine Warnungen.', notice: 'Keine Hinweise.' } as const,
  wholeFile: 'Die ganze Datei',
  sheet: (name: string): string => `Blatt „${name}“`,
  tableCaption: (severity: string, file: string, sheet: string | null): string =>
    sheet === null ? `${severity} in „${file}“` : `${severity} in „${file}“, Blatt „${sheet}“`,
  columns: { row: 'Zeile', column: 'Spalte', setting: 'Einstellung', problem: 'Problem', code: 'Code' } as const,
  notApplicable: '–',
  rowCountsHeading: 'Zeilenbilanz',
  rowCountsIntro:
    'Jede gelesene Zeile wird entweder übernommen, als leer übersprungen oder abgelehnt: Nichts geht stillschweigend verloren.',
  rowCountsColumns: {
    kind: 'Blatt',
    read: 'gelesen',
    published: 'übernommen',
    skippedEmpty: 'leer übersprungen',
    refused: 'abgelehnt',
  } as const,
  rowCountsCaption: 'Zeilen je Blattart',
  contentHeading: 'Inhalt',
} as const;
