/**
 * The pages of the Stadtentwicklungsbericht and their reading order. The report is split so each
 * page stays small as the data grows: the cover and the three figure parts scale with the number
 * of product areas, top-level goals and departments; the one list that grows with the measures
 * (the stale status reports) is paginated.
 */

/** The parts of the report, in reading order. `uebersicht` is the cover (`/bericht/`). */
export const REPORT_PARTS = ['uebersicht', 'produktbereiche', 'ziele', 'fachdienste', 'veraltete-berichte'] as const;

/** One part of the report. */
export type ReportPart = (typeof REPORT_PARTS)[number];

/** Rows per page of the stale-report list. */
export const STALE_PAGE_SIZE = 50;

/** The folder of the report below the site's base. */
export const REPORT_FOLDER = 'bericht';

/** One built page of the report. */
export interface ReportPageRef {
  readonly part: ReportPart;
  /** 1-based page within its part (only the stale list has more than one). */
  readonly page: number;
  /** Pages of its part. */
  readonly pages: number;
  /** Path segments below the base, for `pageUrl`: `['bericht']`, `['bericht', 'ziele']`, … */
  readonly segments: readonly string[];
}

/** Pages needed for `items` rows at `size` per page: at least one, so an empty list has a page. */
export function pageCount(items: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  return Math.max(1, Math.ceil(items / size));
}

/** The rows of 1-based `page` (empty beyond the last page). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Path segments of a part's page: page 1 is the part's own address, later pages a number below it. */
export function reportSegments(part: ReportPart, page = 1): string[] {
  const own = part === 'uebersicht' ? [REPORT_FOLDER] : [REPORT_FOLDER, part];
  return page > 1 ? [...own, String(page)] : own;
}

/** Every page of the report in reading order, for `staleCount` stale reports. */
export function reportPages(staleCount: number, pageSize: number = STALE_PAGE_SIZE): ReportPageRef[] {
  return REPORT_PARTS.flatMap((part) => {
    const pages = part === 'veraltete-berichte' ? pageCount(staleCount, pageSize) : 1;
    return Array.from({ length: pages }, (_, i) => ({ part, page: i + 1, pages, segments: reportSegments(part, i + 1) }));
  });
}

/** The pages before and after `part`/`page` in reading order (`null` at either end). */
export function neighbours(
  sequence: readonly ReportPageRef[],
  part: ReportPart,
  page = 1,
): { readonly previous: ReportPageRef | null; readonly next: ReportPageRef | null } {
  const i = sequence.findIndex((p) => p.part === part && p.page === page);
  if (i < 0) throw new RangeError(`no report page ${part} ${page}`);
  return { previous: sequence[i - 1] ?? null, next: sequence[i + 1] ?? null };
}

/**
 * The page numbers a pager shows for page `current` of `total`: the first and last page, and
 * `radius` pages either side of the current one; `null` stands for a gap. Bounded by
 * `2 * radius + 5` entries however long the list, so the pager does not grow with the data.
 */
export function pagerWindow(current: number, total: number, radius = 2): (number | null)[] {
  const shown = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    // A gap of exactly one page shows that page instead of a gap marker.
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}
