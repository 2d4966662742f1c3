/**
 * A `PartialDate` from its ISO text. Free of imports beyond a type, so the client scripts (the
 * measure overview's rows) can use it without pulling zod or the strings module into the page.
 */
import type { PartialDate } from '../schemas/partial-date.ts';

/**
 * An ISO date of year, quarter, month or day precision (`2026`, `2026-Q3`, `2026-11`,
 * `2026-11-12`) as a `PartialDate`.
 */
export function partialDateOf(iso: string): PartialDate {
  const precision = iso.length === 4 ? 'year' : iso.includes('Q') ? 'quarter' : iso.length === 7 ? 'month' : 'day';
  return { precision, iso };
}
