/**
 * The options of the measure overview's filters: for each filter key, the values that occur in
 * the measures, with a label and the number of measures. The values are exactly what the
 * overview's data file holds per measure (`measure-overview-data.ts`), so the browser matches
 * them without any lookup.
 */
import { germanCollator } from '../lib/common/collate.ts';
import type { Measure } from '../lib/schemas/measure.ts';
import { MEASURE_TYPES, STATUSES } from '../lib/schemas/status.ts';
import { DELAY_TEXT, MEASURE_TYPE_LABELS, OVERVIEW_FORM_TEXT } from '../lib/i18n/de.ts';
import { DELAYED_FILTER_VALUE, UNSPECIFIED_FILTER_VALUE } from '../client/measure-filter-core.ts';
import type { MeasureFilterKey } from '../client/measure-filter-core.ts';
import { departmentLabel, goalLabel, productAreaLabel, sdgLabel, type SearchLookups } from './search-fields.ts';
import { compareIds } from './sort.ts';

/** One option: the value as on the rows, its label and how many measures have it. */
export interface MeasureFilterOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** One filter of the overview with its options in display order. */
export interface MeasureFilterGroup {
  readonly key: MeasureFilterKey;
  readonly options: readonly MeasureFilterOption[];
}

/** The goal ids a measure counts for: those it names and all goals above them. */
export function measureGoalIds(m: Measure, lookups: Pick<SearchLookups, 'goalById'>): string[] {
  const ids = new Set<string>();
  for (const id of m.goalIds) {
    ids.add(id);
    for (const ancestor of lookups.goalById.get(id)?.ancestorIds ?? []) ids.add(ancestor);
  }
  return [...ids];
}

/** Counts values; returns them with counts in the given order. */
function tally(
  values: Iterable<string>,
  label: (value: string) => string,
  compare: (a: string, b: string) => number,
): MeasureFilterOption[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort(compare).map((value) => ({ value, label: label(value), count: counts.get(value)! }));
}

function byList(order: readonly string[]): (a: string, b: string) => number {
  return (a, b) => order.indexOf(a) - order.indexOf(b);
}

/**
 * The options of a filter a measure may leave empty: its values plus „ohne Angabe“ (last) for the
 * measures without one. A filter no measure gives a value for offers nothing, as before.
 */
function withUnspecified(
  values: readonly (readonly string[])[],
  label: (value: string) => string,
  compare: (a: string, b: string) => number,
): MeasureFilterOption[] {
  if (values.every((v) => v.length === 0)) return [];
  return tally(
    values.flatMap((v) => (v.length === 0 ? [UNSPECIFIED_FILTER_VALUE] : v)),
    (value) => (value === UNSPECIFIED_FILTER_VALUE ? OVERVIEW_FORM_TEXT.unspecified : label(value)),
    (a, b) => (a === UNSPECIFIED_FILTER_VALUE ? 1 : b === UNSPECIFIED_FILTER_VALUE ? -1 : compare(a, b)),
  );
}

/** The filters of the overview with every value that occurs, in a readable order. */
export function measureFilterGroups(measures: readonly Measure[], lookups: SearchLookups): MeasureFilterGroup[] {
  const groups: MeasureFilterGroup[] = [
    {
      key: 'fachdienst',
      options: tally(
        measures.map((m) => m.leadDepartmentId),
        (id) => {
          const d = lookups.departmentById.get(id);
          return d ? departmentLabel(d) : id;
        },
        compareIds,
      ),
    },
    {
      key: 'produktbereich',
      options: withUnspecified(
        measures.map((m) => (m.productAreaId === null ? [] : [String(m.productAreaId)])),
        (id) => {
          const a = lookups.productAreaById.get(Number(id));
          return a ? productAreaLabel(a) : id;
        },
        compareIds,
      ),
    },
    {
      key: 'status',
      options: tally(
        measures.map((m) => m.status),
        (s) => lookups.statusLabels[s as keyof SearchLookups['statusLabels']] ?? s,
        byList(STATUSES),
      ),
    },
    {
      key: 'zeitplan',
      options: tally(
        measures.flatMap((m) => (m.delayed ? [DELAYED_FILTER_VALUE] : [])),
        () => DELAY_TEXT.tag,
        () => 0,
      ),
    },
    {
      key: 'ziel',
      options: tally(
        measures.flatMap((m) => measureGoalIds(m, lookups)),
        (id) => {
          const g = lookups.goalById.get(id);
          return g ? goalLabel(g) : id;
        },
        compareIds,
      ),
    },
    {
      key: 'sdg',
      options: tally(
        measures.flatMap((m) => m.sdgs.map(String)),
        (n) => sdgLabel(Number(n)),
        compareIds,
      ),
    },
    {
      key: 'stadtteil',
      options: withUnspecified(
        measures.map((m) => m.districts),
        (d) => d,
        (a, b) => germanCollator.compare(a, b),
      ),
    },
    {
      key: 'art',
      options: withUnspecified(
        measures.map((m) => (m.type ? [m.type] : [])),
        (t) => MEASURE_TYPE_LABELS[t as keyof typeof MEASURE_TYPE_LABELS] ?? t,
        byList(MEASURE_TYPES),
      ),
    },
  ];
  return groups.filter((g) => g.options.length > 0);
}
