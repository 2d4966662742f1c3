import { z } from 'zod';
import { richTextSchema } from './measure.ts';
import { assessmentCountsSchema } from './indicator.ts';

/** One product area (Produktbereich) of the municipal budget, 1–6. */
export const productAreaSchema = z.object({
  id: z.number().int().min(1).max(6),
  name: z.string().min(1),
  description: richTextSchema.nullable(),
  /** Top-level goal ids of this area. */
  rootGoalIds: z.array(z.string()),
  /** All goal ids of this area, tree order. */
  goalIds: z.array(z.string()),
  /** Measures of this area (given or inherited). */
  measureIds: z.array(z.string()),
  /** Indicators whose goals lie in this area, in display order, without duplicates. */
  indicatorIds: z.array(z.string()),
  /** Count by assessment category over `indicatorIds`. */
  indicatorAssessments: assessmentCountsSchema,
});
export type ProductArea = z.infer<typeof productAreaSchema>;
