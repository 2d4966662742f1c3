/**
 * The data file of the measure overview (`/massnahmen/index.json`): every measure with only
 * what the browser needs to filter, sort and render its table row, plus each filter's options
 * with their labels, once. The overview's pages show 50 measures each; with JavaScript the
 * filter form is built from this file and searches all measures (`scripts/measure-filter.ts`).
 *
 * Pure: the page passes in the measures, the lookups and the base path.
 */
import type { Measure } from '../lib/schemas/measure.ts';
import type { MeasureFilterKey, OverviewData, OverviewMeasure } from '../client/measure-filter-core.ts';
import { measureFilterGroups, measureGoalIds } from './measure-filter-options.ts';
import type { SearchLookups } from './search-fields.ts';

/** One measure for the data file: short keys, empty values left out. */
export function overviewMeasure(m: Measure, lookups: Pick<SearchLookups, 'goalById'>): OverviewMeasure {
  const goals = measureGoalIds(m, lookups);
  const stand = m.report?.date ?? null;
  return {
    n: m.id,
    ...(m.slug !== m.id && { u: m.slug }),
    t: m.title,
    s: m.status,
    f: m.leadDepartmentId,
    ...(m.productAreaId !== null && { b: String(m.productAreaId) }),
    ...(goals.length > 0 && { z: goals }),
    ...(m.sdgs.length > 0 && { g: m.sdgs.map(String) }),
    ...(m.districts.length > 0 && { o: [...m.districts] }),
    ...(m.type !== null && { a: m.type }),
    ...(stand !== null && { d: stand.iso }),
    ...(m.costs !== null && { k: m.costs }),
    ...(m.costs !== null && m.costsApproximate && { kc: 1 as const }),
    ...(m.delayed && m.end !== null && { v: m.end.iso }),
    ...(!m.delayed && m.end !== null && { e: m.end.iso }),
    ...(m.progress !== null && { p: m.progress }),
  };
}

/**
 * The whole data file: the base path, per filter key with values its options (in the order and
 * with the labels of the form), and the measures in the order given (Nr.).
 */
export function overviewData(measures: readonly Measure[], lookups: SearchLookups, base: string): OverviewData {
  const options: Partial<Record<MeasureFilterKey, (readonly [string, string])[]>> = {};
  for (const group of measureFilterGroups(measures, lookups)) {
    options[group.key] = group.options.map((o) => [o.value, o.label] as const);
  }
  return { base, options, measures: measures.map((m) => overviewMeasure(m, lookups)) };
}
