import { z } from 'zod';

/**
 * A calendar date that may be known only to the month, the quarter or the year. `MM/JJJJ` in a
 * cell stays a month, `Q3/2026` a quarter and `JJJJ` a year: the build never invents a day. No
 * time zone is involved anywhere.
 */
/**
 * ISO 8601 text of a partial date: `2026-11-12`, `2026-11`, `2026` or a quarter `2026-Q3` (the
 * common extension of ISO 8601 for quarters). Shared by every stored or published date field.
 */
export const partialIsoSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$/);

export const partialDateSchema = z.object({
  /** How much of the date is known. */
  precision: z.enum(['day', 'month', 'quarter', 'year']),
  /**
   * ISO 8601 text of exactly that precision: `2026-11-12`, `2026-11` or `2026`; a quarter as
   * `2026-Q3` (the common extension of ISO 8601 for quarters).
   */
  iso: partialIsoSchema,
});

export type PartialDate = z.infer<typeof partialDateSchema>;
