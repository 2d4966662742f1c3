/**
 * The options of the search page's facets. One definition of an option's markup for both places
 * that make options: the server renders the facets whose values are few or fixed (page kind,
 * status, assessment), the search page adds the options of the long facets whose values come from
 * the data (goals, departments, SDGs, Stadtteile) from the index once it has loaded, so the page's
 * first load does not grow with the city's goals and departments.
 */
import { escapeHtml } from '../lib/common/escape-html.ts';
import { germanCollator } from '../lib/common/collate.ts';
import { UNSPECIFIED_LABEL } from '../lib/i18n/de/filter-ui.ts';

/**
 * Facets with at most this many options are open from the start and rendered by the server;
 * longer ones start closed, and unless their order is fixed their options come from the index.
 */
export const OPEN_UP_TO = 8;

/** Whether a facet's options come from the index rather than the server. */
export function optionsFromIndex(optionCount: number, fixedOrder: boolean): boolean {
  return !fixedOrder && optionCount > OPEN_UP_TO;
}

/** One option: a labelled checkbox with the page count (`count`, already formatted) after it. */
export function facetOptionHtml(name: string, value: string, count: string): string {
  return (
    `<label class="isek-search-facet__option"><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}">` +
    `${escapeHtml(value)} <span class="isek-search-facet__count">(<span data-count>${escapeHtml(count)}</span>)</span></label>`
  );
}

/** The order of a facet's values: natural German order, „ohne Angabe“ last (as on `/massnahmen/`). */
export function compareFacetValues(a: string, b: string): number {
  if (a === UNSPECIFIED_LABEL || b === UNSPECIFIED_LABEL)
    return Number(a === UNSPECIFIED_LABEL) - Number(b === UNSPECIFIED_LABEL);
  return germanCollator.compare(a, b);
}

/** A facet's values from the index in display order, the same as on the server. */
export function facetValuesInOrder(counts: Readonly<Record<string, number>>): string[] {
  return Object.keys(counts).sort(compareFacetValues);
}
