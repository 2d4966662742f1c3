/**
 * The report's achievement of goals (`/bericht/zielerreichung/`), grouped once per build: per
 * product area its own indicators and its top-level goals with theirs. Its overview page counts
 * the assessments per product area; every product area with indicators has a page of its own
 * with the goals' tables, so no page grows with the number of product areas
 * (`lib/output/development-report/pages.ts`).
 */
import type { Goal } from '../lib/schemas/goal.ts';
import type { ProductArea } from '../lib/schemas/product-area.ts';
import type { Indicator } from '../lib/schemas/indicator.ts';
import { getIndicatorIndex } from './indicators.ts';
import { getModelIndex, pick } from './model-index.ts';
import { oncePerBuild } from './once-per-build.ts';

/** One product area of the achievement of goals. */
export interface AchievementArea {
  readonly area: ProductArea;
  /** Its indicators (its goals' and their sub-goals'). */
  readonly indicators: readonly Indicator[];
  /** Its top-level goals that have indicators, each with its own and its sub-goals'. */
  readonly goals: readonly { readonly goal: Goal; readonly indicators: readonly Indicator[] }[];
  /** Its page within the part (2, 3 …; the overview is page 1), `null` without indicators. */
  readonly page: number | null;
}

/** The achievement of goals: every product area, and whether any indicator exists at all. */
export interface AchievementReport {
  readonly areas: readonly AchievementArea[];
  readonly anyIndicator: boolean;
  /** Pages of the part: the overview plus one per product area with indicators. */
  readonly pageCount: number;
}

/** The achievement of goals, computed on the first call. */
export const getAchievementReport: () => Promise<AchievementReport> = oncePerBuild(async () => {
  const index = await getModelIndex();
  const indicators = await getIndicatorIndex();
  let page = 1;
  const areas = index.productAreas.map((area): AchievementArea => {
    const own = pick(indicators.byId, area.indicatorIds ?? []);
    return {
      area,
      indicators: own,
      goals: pick(index.goalById, area.rootGoalIds)
        .map((goal) => ({ goal, indicators: indicators.allByGoal.get(goal.id) ?? [] }))
        .filter((g) => g.indicators.length > 0),
      page: own.length > 0 ? ++page : null,
    };
  });
  return { areas, anyIndicator: indicators.indicators.length > 0, pageCount: page };
});
