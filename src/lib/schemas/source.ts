import { z } from 'zod';

/** Where a record came from, so later checks can name the place. */
export const sourceSchema = z.object({
  /** File name in the data folder. */
  file: z.string(),
  /** Sheet name as written. */
  sheet: z.string(),
  /** Row as Excel shows it. */
  row: z.number().int().positive(),
});

export type Source = z.infer<typeof sourceSchema>;
