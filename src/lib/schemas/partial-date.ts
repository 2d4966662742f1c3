import { z } from 'zod';

/**
 * A calendar date that may be known only to the month or the year. `MM/JJJJ` in a cell stays a
 * month and `JJJJ` a year: the build never invents a day. No time zone is involved anywhere.
 */
export const partialDateSchema = z.object({
  /** How much of the date is known. */
  precision: z.enum(['day', 'month', 'year']),
  /** ISO 8601 text of exactly that precision: `2026-11-12`, `2026-11` or `2026`. */
  iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
});

export type PartialDate = z.infer<typeof partialDateSchema>;
