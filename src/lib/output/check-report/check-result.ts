/**
 * The outcome of a check in the form the command line prints and the JSON report promises:
 * `{ ok, counts, rowCounts, diagnostics }`.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { isRefused, refusedRows } from '../../model/build-model.ts';
import type { IsekModel, RowCounts } from '../../schemas/model.ts';

/**
 * Counts of what would be published. A record whose row an error points at is refused and not
 * counted, so `measures`, `goals` and `departments` equal `rowCounts[kind].published`.
 */
export interface PublishedCounts {
  readonly measures: number;
  readonly goals: number;
  readonly departments: number;
  /** Product areas, the six of the product framework included when no sheet gives them. */
  readonly productAreas: number;
  /** Status reports of the counted measures, the current ones and the history. */
  readonly reports: number;
  /** Indicators (Kennzahlen) and their values, Stadtteil values included. */
  readonly indicators: number;
  readonly indicatorValues: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
}

/** The document `npm run check -- --json` prints. */
export interface CheckJson {
  readonly ok: boolean;
  readonly counts: PublishedCounts;
  /** Row reconciliation per sheet kind: read = published + skippedEmpty + refused. */
  readonly rowCounts: Readonly<Record<string, RowCounts>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Builds the check's JSON document from a load result. */
export function toCheckJson(result: { ok: boolean; model: IsekModel; diagnostics: readonly Diagnostic[] }): CheckJson {
  const { model, diagnostics } = result;
  const bySeverity = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const refused = refusedRows(diagnostics);
  const kept = <T extends { source: { file: string; sheet: string; row: number } }>(records: readonly T[]): T[] =>
    records.filter((r) => !isRefused(refused, r.source));
  const measures = kept(model.measures);
  return {
    ok: result.ok,
    counts: {
      measures: measures.length,
      goals: kept(model.goals).length,
      departments: kept(model.departments).length,
      productAreas: model.productAreas.length,
      reports: measures.reduce((n, m) => n + m.reports.length, 0),
      indicators: model.indicators.length,
      indicatorValues: model.indicators.reduce((n, i) => n + i.values.length, 0),
      errors: bySeverity('error'),
      warnings: bySeverity('warning'),
      notices: bySeverity('notice'),
    },
    rowCounts: model.rowCounts,
    diagnostics: diagnostics.map((d) => ({ ...d })),
  };
}
