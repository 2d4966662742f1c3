/**
 * The pages of the Stadtentwicklungsbericht and their reading order. The report is split so each
 * page stays small as the data grows: the cover and the figure parts scale with the number
 * of product areas, top-level goals, departments and indicators; the one list that grows with the measures
 * (the stale status reports) is paginated, and the achievement of goals has an overview page
 * and one page per product area with indicators (its tables, with a sparkline a row, would
 * otherwise pass the 14 KB a first load may weigh). Addresses are the site's business (`utils/`); here
 * only the order.
 */

/** The parts of the report, in reading order. `uebersicht` is the cover (`/bericht/`). */
export const REPORT_PARTS = [
  'uebersicht',
  'produktbereiche',
  'ziele',
  'zielerreichung',
  'fachdienste',
  'veraltete-berichte',
] as const;

/** One part of the report. */
export type ReportPart = (typeof REPORT_PARTS)[number];

/**
 * The whole report on one page (below the site's base), for printing from the browser in one go.
 * It grows with the measures (every stale report), so it is the one page exempt from the 14 KB
 * first-load budget: nobody lands on it, it is reached from the report's own pages ("Ganzen
 * Bericht drucken") to be printed, and it is kept out of search engines (`noindex`) and the
 * site search. The budget checks (`tests/browser/weight.test.ts`, `bench/site-size.ts`) name
 * this reason and weigh it apart.
 */
export const WHOLE_REPORT_PATH = 'bericht/gesamt/';

/** The part whose list grows with the measures and is split into pages. */
export const PAGED_PART: ReportPart = 'veraltete-berichte';

/** The part with an overview page and then a page per product area. */
export const ACHIEVEMENT_PART: ReportPart = 'zielerreichung';

/** One page of the report. */
export interface ReportPageRef {
  readonly part: ReportPart;
  /** 1-based page within its part (only the stale list and the achievement of goals have more than one). */
  readonly page: number;
  /** Pages of its part. */
  readonly pages: number;
}

/**
 * Every page of the report in reading order, when the stale list needs `stalePages` pages and
 * the achievement of goals `achievementPages` (its overview and a page per product area).
 */
export function reportPages(stalePages: number, achievementPages = 1): ReportPageRef[] {
  if (!Number.isInteger(stalePages) || stalePages < 1)
    throw new RangeError(`the stale list has at least one page, got ${stalePages}`);
  if (!Number.isInteger(achievementPages) || achievementPages < 1)
    throw new RangeError(`the achievement of goals has at least one page, got ${achievementPages}`);
  return REPORT_PARTS.flatMap((part) => {
    const pages = part === PAGED_PART ? stalePages : part === ACHIEVEMENT_PART ? achievementPages : 1;
    return Array.from({ length: pages }, (_, i) => ({ part, page: i + 1, pages }));
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
