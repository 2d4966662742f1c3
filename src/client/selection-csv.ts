/**
 * „Diese Auswahl herunterladen“ on `/massnahmen/`: the measures the overview currently shows
 * (filtered and sorted) as a CSV file for German Excel, made in the browser from the overview's
 * data file, which the page already has. Loaded with the filtered rows (`overview-rows.ts`),
 * not with the page.
 *
 * The open-data CSV rules (`lib/output/open-data/csv.ts`): UTF-8 with BOM, CRLF, every text
 * neutralised against formulas and quoted when needed. Unlike the open-data files (RFC 4180, for
 * machines) the separator is `;` and decimals have a comma, as German Excel expects; lists are
 * joined with `, `. The headers are the open-data column names (`MEASURE_COLUMNS`) of the values
 * the data file holds.
 */
import { CRLF, CSV_BOM, neutraliseFormula, quoteField } from '../lib/output/open-data/csv.ts';
import { CSV_BOOLEANS } from '../lib/i18n/de/open-data.ts';
import { MEASURE_TYPE_LABELS, STATUS_LABELS } from '../lib/i18n/de/domain.ts';
import type { MeasureType, Status } from '../lib/schemas/status.ts';
import { pagePath } from '../utils/base-path.ts';
import type { OverviewData, OverviewMeasure } from './measure-filter-core.ts';

const SEPARATOR = ';';

type Value = string | number | boolean | null;

/** The columns: open-data name and value. */
const COLUMNS: readonly (readonly [string, (m: OverviewMeasure, page: string) => Value])[] = [
  ['nr', (m) => m.n],
  ['titel', (m) => m.t],
  ['art', (m) => (m.a ? (MEASURE_TYPE_LABELS[m.a as MeasureType] ?? m.a) : null)],
  ['status', (m) => STATUS_LABELS[m.s as Status] ?? m.s],
  ['fortschritt_prozent', (m) => m.p ?? null],
  ['ende', (m) => m.v ?? m.e ?? null],
  ['kosten_eur', (m) => m.k ?? null],
  ['kosten_ungefaehr', (m) => (m.k === undefined ? null : m.kc === 1)],
  ['fachdienst_federfuehrend', (m) => m.f],
  ['produktbereich', (m) => m.b ?? null],
  ['sdgs', (m) => (m.g ?? []).join(', ') || null],
  ['stadtteile', (m) => (m.o ?? []).join(', ') || null],
  ['statusbericht_datum', (m) => m.d ?? null],
  ['seite', (_m, page) => page],
  ['verzoegert', (m) => m.v !== undefined],
];

/** One field: numbers with a decimal comma (no grouping), booleans ja/nein, text neutralised. */
function field(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'boolean') return value ? CSV_BOOLEANS.yes : CSV_BOOLEANS.no;
  return quoteField(neutraliseFormula(value), SEPARATOR);
}

/**
 * The CSV of `measures` (in the order given): BOM, header, one record per measure, each ended by
 * CRLF. `origin` (`https://isek.example.de`) makes the page addresses absolute.
 */
export function selectionCsv(
  measures: readonly OverviewMeasure[],
  data: Pick<OverviewData, 'base'>,
  origin: string,
): string {
  const lines = [COLUMNS.map(([name]) => quoteField(name, SEPARATOR)).join(SEPARATOR)];
  for (const m of measures) {
    const page = origin + pagePath(data.base, 'massnahmen', m.u ?? m.n);
    lines.push(COLUMNS.map(([, value]) => field(value(m, page))).join(SEPARATOR));
  }
  return CSV_BOM + lines.join(CRLF) + CRLF;
}

/** Hands `text` to the browser as a download named `fileName`. */
export function offerDownload(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
