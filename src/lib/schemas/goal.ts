import { z } from 'zod';
import { richTextSchema } from './measure.ts';
import { sourceSchema } from './source.ts';
import { assessmentCountsSchema } from './indicator.ts';

/** One goal of the goal system (Zielsystem), linked into its tree. */
export const goalSchema = z.object({
  /** Ziel-Nr. as written: the unique key. */
  id: z.string().min(1),
  /** URL-safe form of the id: `/ziele/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  title: z.string().min(1),
  description: richTextSchema.nullable(),
  /** Parent goal id, or `null` for a top-level goal. */
  parentId: z.string().nullable(),
  /** Child goal ids, in file order. */
  childIds: z.array(z.string()),
  /** Ids from the root down to this goal's parent. */
  ancestorIds: z.array(z.string()),
  /** Depth in the tree: 0 for a top-level goal. */
  depth: z.number().int().nonnegative(),
  /** Product area 1–6: given for top-level goals, inherited by sub-goals. */
  productAreaId: z.number().int().min(1),
  productGroup: z.string().nullable(),
  /** SDGs 1–17: as given, or when the row names none, those of the nearest ancestor goal. */
  sdgs: z.array(z.number().int().min(1).max(17)),
  /** Whether `sdgs` came from an ancestor goal rather than the goal's own row. */
  sdgsInherited: z.boolean().default(false),
  /** Where the goal comes from, e.g. `ISEK 2020`. */
  sources: z.array(z.string()),
  /** Whether the goal is currently in focus (shown first). */
  focus: z.boolean(),
  /** Ids of the measures that name this goal directly. */
  measureIds: z.array(z.string()),
  /** Ids of the measures of this goal and all its sub-goals, without duplicates. */
  allMeasureIds: z.array(z.string()),
  /** Ids of the indicators that name this goal directly, in display order. */
  indicatorIds: z.array(z.string()),
  /** Ids of the indicators of this goal and all its sub-goals, without duplicates. */
  allIndicatorIds: z.array(z.string()),
  /** Count by assessment category over `allIndicatorIds`. */
  indicatorAssessments: assessmentCountsSchema,
  source: sourceSchema,
});
export type Goal = z.infer<typeof goalSchema>;
