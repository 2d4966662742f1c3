/**
 * The outcome of a check in the form the command line prints and the JSON report promises:
 * `{ ok, counts, rowCounts, diagnostics }`.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { IsekModel, RowCounts } from '../../schemas/model.ts';

/** Counts of what would be published. */
export interface PublishedCounts {
  readonly measures: number;
  readonly goals: number;
  readonly departments: number;
  readonly productAreas: number;
  /** Status reports, the current ones and the history. */
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
export function toCheckJson(result: {
  ok: boolean;
  model: IsekModel;
  diagnostics: readonly Diagnostic[];
}): CheckJson {
  const { model, diagnostics } = result;
  const bySeverity = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    ok: result.ok,
    counts: {
      measures: model.measures.length,
      goals: model.goals.length,
      departments: model.departments.length,
      productAreas: model.productAreas.length,
      reports: model.measures.reduce((n, m) => n + m.reports.length, 0),
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
