/**
 * The stale-report rule, in one place: the check's warning (`measure.report-stale`) and the
 * Stadtentwicklungsbericht's list of stale reports must never disagree about a measure.
 */
import { endOfPartialDate, monthsBetween } from '../input/cells/date.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { Status } from '../schemas/status.ts';

/** How old a stale report is. */
export interface ReportAge {
  /** The report's date as written. */
  readonly date: PartialDate;
  /** Whole months between the end of the report's date and the reference day. */
  readonly months: number;
}

/**
 * The age of a measure's newest report when it is older than `limitMonths`, else `null`. Only
 * measures still to be carried out count (not completed or dropped ones), an undated report is
 * never stale (it has a warning of its own), and a report of a month or year counts from the end
 * of that month or year.
 */
export function staleReportAge(
  status: Status | null,
  newest: { readonly date: PartialDate | null } | null,
  referenceDay: string,
  limitMonths: number,
): ReportAge | null {
  if (status === 'completed' || status === 'dropped') return null;
  if (!newest?.date) return null;
  const months = monthsBetween(endOfPartialDate(newest.date), referenceDay);
  return months > limitMonths ? { date: newest.date, months } : null;
}
