/**
 * When a measure is late (verzögert): its planned end (Ende) lies before the Stand while it is
 * still to be done, i.e. neither abgeschlossen nor entfallen nor a Daueraufgabe (which has no
 * end to miss). An end known only to the month or the year counts from the last day of that
 * period (`endOfPartialDate`, the one place that knows what a period's end is), so `2026` is
 * late only once 2026 is over. An end on the Stand itself is not late yet.
 */
import { endOfPartialDate } from '../input/cells/date.ts';
import type { Measure } from '../schemas/measure.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { Status } from '../schemas/status.ts';

/** Statuses that cannot be late: done, given up, or without an end by their nature. */
export const NEVER_DELAYED_STATUSES: readonly Status[] = ['completed', 'dropped', 'ongoing'];

/**
 * Whether a measure is late on `referenceDay` (ISO day: the end of the Stand, else today).
 * Without a planned end it is never late.
 */
export function isDelayed(measure: Pick<Measure, 'status' | 'end'>, referenceDay: string): boolean {
  if (measure.end === null || NEVER_DELAYED_STATUSES.includes(measure.status)) return false;
  return endOfPartialDate(measure.end) < referenceDay;
}

/**
 * The day delays are judged against: the last day of the Stand (a Stand of `2026-11` means the
 * end of November), else today.
 */
export function delayReferenceDay(publicationDate: PartialDate | null, today: string): string {
  return publicationDate ? endOfPartialDate(publicationDate) : today;
}

/** The measures with the delayed ones first, each group in the order given (for district pages). */
export function delayedFirst<M extends Pick<Measure, 'delayed'>>(measures: readonly M[]): M[] {
  return [...measures.filter((m) => m.delayed), ...measures.filter((m) => !m.delayed)];
}
