/**
 * Filtering, counting and sorting the measures of the overview (`/massnahmen/`). Pure: the rows
 * are plain objects made once from the overview's data file (`/massnahmen/index.json`, built by
 * `utils/measure-overview-data.ts`); `measure-filter.ts` applies the results to the page.
 *
 * One filter value per key; a row passes when it has the chosen value for every key. The count
 * of an option is the number of rows that would show if that option were chosen, with every
 * other filter as it is.
 */
/** Value of the filter `zeitplan` for a delayed measure (URL-safe, unlike the label). */
export const DELAYED_FILTER_VALUE = 'verzoegert';

/**
 * Value of the filters `produktbereich`, `stadtteil` and `art` for a measure that names none, so
 * that every measure can be found and the single-valued filters' counts add up to the total.
 */
export const UNSPECIFIED_FILTER_VALUE = 'ohne-angabe';

/** The filter keys, also the URL parameters and the `name`s of the form's selects. */
export const MEASURE_FILTER_KEYS = [
  'fachdienst',
  'produktbereich',
  'status',
  'zeitplan',
  'ziel',
  'sdg',
  'stadtteil',
  'art',
] as const;
/** One filter key of the overview. */
export type MeasureFilterKey = (typeof MEASURE_FILTER_KEYS)[number];

/**
 * One measure in the overview's data file. Short keys and empty values left out, because the
 * file holds every measure (about 90 bytes gzip each). Filter values are exactly the option
 * values of the form and the URL.
 */
export interface OverviewMeasure {
  /** Nr. as written. */
  readonly n: string;
  /** Slug of the measure's page, only where it differs from the Nr. */
  readonly u?: string;
  /** Title. */
  readonly t: string;
  /** Status key (`in-progress`, …). */
  readonly s: string;
  /** Nr. of the lead department. */
  readonly f: string;
  /** Product area 1–6. */
  readonly b?: string;
  /** Goal ids named by the measure plus all goals above them. */
  readonly z?: readonly string[];
  /** SDG numbers. */
  readonly g?: readonly string[];
  /** Districts. */
  readonly o?: readonly string[];
  /** Type key (`key`, `council`, `administration`). */
  readonly a?: string;
  /** ISO date of the current report (`2026-11-12`, `2026-11`, `2026`). */
  readonly d?: string;
  /** Costs in euros. */
  readonly k?: number;
  /** Only when the costs are approximate (`ca.`): `1`. */
  readonly kc?: 1;
  /** Only on a delayed measure: the ISO text of its planned end, which has passed. */
  readonly v?: string;
  /** Only on a measure that is not delayed: the ISO text of its planned end. */
  readonly e?: string;
  /** Progress 0–100. */
  readonly p?: number;
}

/** The overview's data file (`/massnahmen/index.json`). */
export interface OverviewData {
  /** The site's base path (`/`, `/isek/`), for the links of the rows. */
  readonly base: string;
  /**
   * Per filter key that has values: the options in display order as `[value, label]`. The
   * status options are in the site's status order; their labels are the rows' status texts,
   * and the department labels the rows' lead texts.
   */
  readonly options: Readonly<Partial<Record<MeasureFilterKey, readonly (readonly [string, string])[]>>>;
  /** Every measure, in Nr. order. */
  readonly measures: readonly OverviewMeasure[];
}

/** A measure's values per filter key. */
export function filterValues(m: OverviewMeasure): Record<MeasureFilterKey, readonly string[]> {
  return {
    fachdienst: [m.f],
    produktbereich: m.b ? [m.b] : [UNSPECIFIED_FILTER_VALUE],
    status: [m.s],
    zeitplan: m.v ? [DELAYED_FILTER_VALUE] : [],
    ziel: m.z ?? [],
    sdg: m.g ?? [],
    stadtteil: m.o ?? [UNSPECIFIED_FILTER_VALUE],
    art: m.a ? [m.a] : [UNSPECIFIED_FILTER_VALUE],
  };
}

/** The sort orders of the overview; `nr` is the order the server rendered. */
export const MEASURE_SORTS = [
  'nr',
  'titel',
  'status',
  'stand-neu',
  'stand-alt',
  'kosten-hoch',
  'kosten-niedrig',
] as const;
/** One sort order of the overview. */
export type MeasureSort = (typeof MEASURE_SORTS)[number];

/** Rows the filtered table shows at first and adds with „Weitere … anzeigen“. */
export const OVERVIEW_STEP = 100;

/** URL parameter of the sort order. */
export const MEASURE_SORT_PARAM = 'sortierung';

/** What the filter needs to know about one row. */
export interface MeasureRow {
  /** Position in the data file (the order by Nr.). */
  readonly index: number;
  readonly nr: string;
  readonly titel: string;
  readonly status: string;
  /** ISO date of the current report, or `''`. */
  readonly stand: string;
  /** Costs in euros, or `null`. */
  readonly kosten: number | null;
  /** The row's values per filter key. */
  readonly values: Readonly<Record<MeasureFilterKey, readonly string[]>>;
}

/** The state of the overview. */
export interface MeasureFilterState {
  /** Chosen value per filter key; keys without a choice are absent. */
  readonly filters: Readonly<Partial<Record<MeasureFilterKey, string>>>;
  readonly sort: MeasureSort;
}

/** The state of a fresh overview: everything shown, by Nr. */
export const DEFAULT_MEASURE_STATE: MeasureFilterState = { filters: {}, sort: 'nr' };

/** Whether a state shows the list as the server built it: no filter, sorted by Nr. */
export function isDefaultState(state: MeasureFilterState): boolean {
  return state.sort === 'nr' && MEASURE_FILTER_KEYS.every((key) => state.filters[key] === undefined);
}

/** Makes the row of a measure from the data file (done once per measure when the data arrives). */
export function rowFromMeasure(m: OverviewMeasure, index: number): MeasureRow {
  return {
    index,
    nr: m.n,
    titel: m.t,
    status: m.s,
    stand: m.d ?? '',
    kosten: typeof m.k === 'number' && Number.isFinite(m.k) ? m.k : null,
    values: filterValues(m),
  };
}

function isMeasureSort(value: string | null): value is MeasureSort {
  return value !== null && (MEASURE_SORTS as readonly string[]).includes(value);
}

/**
 * Reads the state from a URL query. `isKnown` says whether a value exists as an option (a
 * shared link may name a department that is gone); unknown values and sorts are dropped.
 */
export function parseMeasureState(
  params: URLSearchParams,
  isKnown: (key: MeasureFilterKey, value: string) => boolean = () => true,
): MeasureFilterState {
  const filters: Partial<Record<MeasureFilterKey, string>> = {};
  for (const key of MEASURE_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value && isKnown(key, value)) filters[key] = value;
  }
  const sort = params.get(MEASURE_SORT_PARAM);
  return { filters, sort: isMeasureSort(sort) ? sort : 'nr' };
}

/** The URL query of a state in a stable order, defaults left out. */
export function measureStateToParams(state: MeasureFilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of MEASURE_FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'nr') params.set(MEASURE_SORT_PARAM, state.sort);
  return params;
}

/** What the filter yields for the current state. */
export interface FilterResult {
  /** Per row (by `index`): shown or not. */
  readonly visible: readonly boolean[];
  /** Number of rows shown. */
  readonly shown: number;
  /** Per key: rows that pass every other filter (the count of „alle“). */
  readonly totals: Readonly<Record<MeasureFilterKey, number>>;
  /** Per key and value: rows that would show with that value chosen. */
  readonly counts: Readonly<Record<MeasureFilterKey, ReadonlyMap<string, number>>>;
}

/**
 * Filters the rows and counts the options in one pass: a row failing no filter counts for every
 * key; a row failing exactly one key counts only for that key's options (choosing another value
 * there might show it); a row failing two or more counts nowhere.
 */
export function filterRows(rows: readonly MeasureRow[], filters: MeasureFilterState['filters']): FilterResult {
  const active = MEASURE_FILTER_KEYS.filter((key) => filters[key] !== undefined);
  const visible: boolean[] = new Array(rows.length).fill(false);
  const totals = {} as Record<MeasureFilterKey, number>;
  const counts = {} as Record<MeasureFilterKey, Map<string, number>>;
  for (const key of MEASURE_FILTER_KEYS) {
    totals[key] = 0;
    counts[key] = new Map();
  }
  const bump = (key: MeasureFilterKey, row: MeasureRow) => {
    totals[key] += 1;
    const map = counts[key];
    for (const value of row.values[key]) map.set(value, (map.get(value) ?? 0) + 1);
  };

  let shown = 0;
  for (const row of rows) {
    let failed: MeasureFilterKey | null = null;
    let failures = 0;
    for (const key of active) {
      if (!row.values[key].includes(filters[key]!)) {
        failures += 1;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      visible[row.index] = true;
      shown += 1;
      for (const key of MEASURE_FILTER_KEYS) bump(key, row);
    } else if (failures === 1) {
      bump(failed!, row);
    }
  }
  return { visible, shown, totals, counts };
}
