/**
 * The state of the search page (`/suche/`) and its URL form, plus the translation into
 * Pagefind's search options. Pure: no DOM, no Pagefind; `search-page.ts` does the rest.
 *
 * URL: `?q=radweg&status=in+Umsetzung&fachdienst=61+Stadtplanung&sortierung=titel`. A filter key
 * may repeat; within one key any value matches (OR), across keys all must match (AND).
 */

/** The sort orders the search page offers; `relevanz` is Pagefind's own ranking. */
export const SEARCH_SORTS = ['relevanz', 'stand-neu', 'stand-alt', 'titel'] as const;
/** One sort order of the search page. */
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** URL parameter of the query. */
export const QUERY_PARAM = 'q';
/** URL parameter of the sort order. */
export const SORT_PARAM = 'sortierung';

/** Everything that decides what the search page shows. */
export interface SearchState {
  /** The query as typed (trimmed); empty: filter only. */
  readonly q: string;
  /** Chosen values per filter key; keys without values are absent. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: SearchSort;
}

/** The state of a fresh page: nothing asked yet. */
export const EMPTY_SEARCH_STATE: SearchState = { q: '', filters: {}, sort: 'relevanz' };

function isSearchSort(value: string | null): value is SearchSort {
  return value !== null && (SEARCH_SORTS as readonly string[]).includes(value);
}

/**
 * Reads the state from a URL query. Only the given filter keys are read; empty and repeated
 * values are dropped; an unknown sort falls back to relevance.
 */
export function parseSearchState(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM);
  return {
    q: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    sort: isSearchSort(sort) ? sort : 'relevanz',
  };
}

/**
 * The URL query of a state, in a stable order (query, filters in key order, sort), leaving out
 * everything at its default, so equal states give equal URLs.
 */
export function searchStateToParams(state: SearchState, filterKeys: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set(QUERY_PARAM, state.q);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevanz') params.set(SORT_PARAM, state.sort);
  return params;
}

/** `search` part of a URL for the state: `?q=…` or `''` for the empty state. */
export function searchStateToSearch(state: SearchState, filterKeys: readonly string[]): string {
  const query = searchStateToParams(state, filterKeys).toString();
  return query === '' ? '' : `?${query}`;
}

/** Number of chosen filter values. */
export function activeFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}

/** True when there is something to search for: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || activeFilterCount(state) > 0;
}

/** The state with one filter value switched on or off (the other values keep their order). */
export function withFilterValue(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters: Record<string, readonly string[]> = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/** A Pagefind filter object. Values of one key match if any of them does. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind's `filters` option for a state: `{ key: { any: [values] } }` per chosen key. With
 * `except`, that key is left out: the counts of its own options must not be narrowed by itself.
 */
export function toPagefindFilters(filters: SearchState['filters'], except?: string): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [key, values] of Object.entries(filters)) {
    if (key !== except && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** Pagefind's `sort` option for a sort order; `undefined` for relevance. */
export function toPagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> | undefined {
  switch (sort) {
    case 'stand-neu':
      return { stand: 'desc' };
    case 'stand-alt':
      return { stand: 'asc' };
    case 'titel':
      return { titel: 'asc' };
    case 'relevanz':
      return undefined;
  }
}

/** Pagefind's counts: matches per value, per filter key. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * The count to show next to each option: for a key with chosen values, the counts of a search
 * without that key (`countsWithout[key]`); for any other key, the counts of the full search.
 * So an option's count is always the number of results choosing it would give.
 */
export function facetCounts(
  state: SearchState,
  fullCounts: FilterCounts,
  countsWithout: Readonly<Record<string, FilterCounts>>,
): FilterCounts {
  const out: Record<string, Readonly<Record<string, number>>> = {};
  for (const key of Object.keys(fullCounts)) {
    const own = (state.filters[key]?.length ?? 0) > 0 ? countsWithout[key]?.[key] : undefined;
    out[key] = own ?? fullCounts[key] ?? {};
  }
  return out;
}
