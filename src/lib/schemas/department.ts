import { z } from 'zod';
import { sourceSchema } from './source.ts';

/** One department (Fachdienst). */
export const departmentSchema = z.object({
  /** Nr. as written, normalised: `61`, never `FD 61`. The unique key. */
  id: z.string().min(1),
  /** URL-safe form: `/fachdienste/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  name: z.string().min(1),
  /** Fachbereich or Dezernat. */
  division: z.string().nullable(),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  website: z.url({ protocol: /^https?$/ }).nullable(),
  /** Measures this department leads. */
  leadMeasureIds: z.array(z.string()),
  /** Measures this department takes part in (without those it leads). */
  participatingMeasureIds: z.array(z.string()),
  source: sourceSchema,
});
export type Department = z.infer<typeof departmentSchema>;
