/**
 * Sorting the filtered overview (`/massnahmen/`): the display order for a sort and the rows a
 * step shows. A module of its own because only the filtered view needs it: it is loaded with the
 * rows' markup (`overview-rows.ts`), not with the page.
 */
import { germanCollator } from '../lib/common/collate.ts';
import type { MeasureRow, MeasureSort } from './measure-filter-core.ts';

/** Compares two optional values, missing ones always last (whatever the direction). */
function compareMissingLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return compare(a, b);
}

/**
 * The display order for a sort: row indexes, all rows included (hidden ones keep their place for
 * when a filter changes). Ties keep the order by Nr.; missing dates and costs come last.
 */
export function sortOrder(rows: readonly MeasureRow[], sort: MeasureSort, statusOrder: readonly string[]): number[] {
  const byIndex = [...rows].sort((a, b) => a.index - b.index);
  const rank = new Map(statusOrder.map((status, i) => [status, i]));
  const statusRank = (r: MeasureRow) => rank.get(r.status) ?? statusOrder.length;
  const stand = (r: MeasureRow) => (r.stand === '' ? null : r.stand);
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  let compare: (a: MeasureRow, b: MeasureRow) => number;
  switch (sort) {
    case 'nr':
      return byIndex.map((r) => r.index);
    case 'titel':
      compare = (a, b) => germanCollator.compare(a.titel, b.titel);
      break;
    case 'status':
      compare = (a, b) => statusRank(a) - statusRank(b);
      break;
    case 'stand-neu':
      compare = (a, b) => compareMissingLast(stand(a), stand(b), (x, y) => byText(y, x));
      break;
    case 'stand-alt':
      compare = (a, b) => compareMissingLast(stand(a), stand(b), byText);
      break;
    case 'kosten-hoch':
      compare = (a, b) => compareMissingLast(a.kosten, b.kosten, (x, y) => y - x);
      break;
    case 'kosten-niedrig':
      compare = (a, b) => compareMissingLast(a.kosten, b.kosten, (x, y) => x - y);
      break;
  }
  // Array.prototype.sort is stable, and byIndex is in Nr. order: ties stay by Nr.
  return byIndex.sort(compare).map((r) => r.index);
}

/**
 * The rows to show, in display order: the first `limit` rows of `order` that pass the filter.
 * The table shows a limited number at a time, because laying out thousands of rows costs the
 * browser far more than filtering them; more are shown on request.
 */
export function rowsToShow(order: readonly number[], visible: readonly boolean[], limit: number): number[] {
  const out: number[] = [];
  for (const i of order) {
    if (out.length >= limit) break;
    if (visible[i]) out.push(i);
  }
  return out;
}
