/**
 * Long measure lists split into pages of their own, so every page's first load stays within the
 * 14 KB budget at any number of measures while every measure stays reachable without
 * JavaScript. Page 1 is the list's own page (`/massnahmen/`, `/fachdienste/61/`); pages 2 … n
 * live below it at `…/seite/<n>/` (a static site needs real paths, not a query).
 *
 * Pure: the pages pass in counts and get numbers, slices and labels back.
 */
import { PAGINATION_TEXT } from '../lib/i18n/de.ts';
import { formatCount } from '../lib/common/format.ts';
import type { Segment } from './base-path.ts';

/** Measures per page of a list: 50 rows keep a page near 11 KB gzip, with room for long titles. */
export const PAGE_SIZE = 50;

/**
 * Measures per page of the overview (`/massnahmen/`): it also carries the filter form, its
 * script and the status summary, so 25 rows keep its first load within the 14 KB budget.
 */
export const OVERVIEW_PAGE_SIZE = 25;

/** The path segment before a page number: `/massnahmen/seite/2/`. */
export const PAGE_SEGMENT = 'seite';

/** Where one page stands in a paginated list. */
export interface PageInfo {
  /** This page, 1-based. */
  readonly page: number;
  /** Number of pages, at least 1 (an empty list is one empty page). */
  readonly pageCount: number;
  /** Items in the whole list. */
  readonly total: number;
  /** Position of this page's first item, 1-based (0 for an empty list). */
  readonly from: number;
  /** Position of this page's last item, 1-based (0 for an empty list). */
  readonly to: number;
}

/** How many pages a list of `total` items needs: at least one. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page numbers that get a path of their own (`…/seite/<n>/`): 2 … pageCount. */
export function subpageNumbers(total: number, size: number = PAGE_SIZE): number[] {
  const count = pageCount(total, size);
  return Array.from({ length: count - 1 }, (_, i) => i + 2);
}

/** One paginated list, as `subpagePaths` needs it. */
export interface PaginatedList<Params, Props> {
  /** The route params naming the list (`{ slug: '61' }`), without `page`. */
  readonly params: Params;
  /** What the sub-page needs of the list (`{ department }`), without `page`. */
  readonly props: Props;
  /** Items in the whole list. */
  readonly total: number;
}

/**
 * `getStaticPaths` entries for the sub-pages (2 … n) of every list, in list order: each list's
 * params and props, plus `page` (a string in the params, the number in the props).
 */
export function subpagePaths<Params extends Record<string, string>, Props extends object>(
  lists: readonly PaginatedList<Params, Props>[],
  size: number = PAGE_SIZE,
): { params: Params & { page: string }; props: Props & { page: number } }[] {
  return lists.flatMap((list) =>
    subpageNumbers(list.total, size).map((page) => ({
      params: { ...list.params, page: String(page) },
      props: { ...list.props, page },
    })),
  );
}

/** Where page `page` stands; throws for a page that does not exist (a routing bug). */
export function pageInfo(total: number, page: number, size: number = PAGE_SIZE): PageInfo {
  const count = pageCount(total, size);
  if (!Number.isInteger(page) || page < 1 || page > count) throw new RangeError(`page ${page} of ${count}`);
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return { page, pageCount: count, total, from, to };
}

/** The items on one page. */
export function pageSlice<T>(items: readonly T[], info: PageInfo): T[] {
  return info.total === 0 ? [] : items.slice(info.from - 1, info.to);
}

/** One entry of the page navigation: a page number, or a gap for the numbers left out. */
export type PageLink = { readonly kind: 'page'; readonly page: number } | { readonly kind: 'gap' };

/**
 * The numbers the page navigation shows: always the first and the last page and the pages next
 * to the current one. A run of left-out numbers becomes one gap („…“); where a gap would stand for
 * a single number, that number is shown instead. 20 pages, page 7: 1 … 6 7 8 … 20.
 */
export function pageLinks(info: Pick<PageInfo, 'page' | 'pageCount'>, around = 1): PageLink[] {
  const { page, pageCount: count } = info;
  const shown = new Set<number>([1, count]);
  for (let n = page - around; n <= page + around; n += 1) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous === 2) links.push({ kind: 'page', page: n - 1 });
    else if (n - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page: n });
    previous = n;
  }
  return links;
}

/** A page's title: the list's title alone on page 1 of 1, else `Maßnahmen – Seite 2 von 5`. */
export function pagedTitle(title: string, info: Pick<PageInfo, 'page' | 'pageCount'>): string {
  return info.pageCount > 1 ? PAGINATION_TEXT.title(title, pageOfText(info)) : title;
}

/** `Seite 2 von 5`. */
export function pageOfText(info: Pick<PageInfo, 'page' | 'pageCount'>): string {
  return PAGINATION_TEXT.pageOf(formatCount(info.page), formatCount(info.pageCount));
}

/**
 * What a caption puts in brackets after the list's name: on one of several pages the rows it
 * shows (`51 bis 100 von 240`), else the number of items (`12`).
 */
export function rangeText(info: PageInfo): string {
  return info.pageCount > 1
    ? PAGINATION_TEXT.range(formatCount(info.from), formatCount(info.to), formatCount(info.total))
    : formatCount(info.total);
}

/**
 * The addresses of a paginated list's pages: page 1 is the owner's page at the list's heading
 * (`/fachdienste/61/#federfuehrend`), page n is `…/<list>/seite/<n>/` below the owner. `url` is
 * the base-aware link helper (`pageUrl`).
 */
export function pagedHref(
  url: (...segments: readonly Segment[]) => string,
  owner: readonly Segment[],
  anchor: string,
  list: readonly Segment[] = [],
): (page: number) => string {
  return (page) => (page === 1 ? `${url(...owner)}#${anchor}` : url(...owner, ...list, PAGE_SEGMENT, page));
}
