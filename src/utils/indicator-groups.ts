/**
 * The pure part of the indicator lookups (`indicators.ts` builds them once per build from the
 * collections): maps by id, goal and SDG, counts by assessment and the groups of `/kennzahlen/`.
 */
import type { Assessment, Indicator } from '../lib/schemas/indicator.ts';
import { ASSESSMENTS } from '../lib/schemas/indicator.ts';
import type { Goal } from '../lib/schemas/goal.ts';
import { byNumber } from './site-order.ts';

/** The values of `map` for `ids`, in the order given; unknown ids are skipped. */
function pick<T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  return ids.map((id) => map.get(id)).filter((v): v is T => v !== undefined);
}

/** Lookups over the indicators. */
export interface IndicatorIndex {
  /** All indicators, by number. */
  readonly indicators: readonly Indicator[];
  readonly byId: ReadonlyMap<string, Indicator>;
  /** Indicators naming a goal directly, by goal id. */
  readonly byGoal: ReadonlyMap<string, readonly Indicator[]>;
  /** Indicators of a goal and all its sub-goals, without duplicates, by goal id. */
  readonly allByGoal: ReadonlyMap<string, readonly Indicator[]>;
  /** Indicators by SDG number. */
  readonly bySdg: ReadonlyMap<number, readonly Indicator[]>;
}

/**
 * Builds the lookups (pure; exported for tests). Which indicators belong to a goal is the core's
 * roll-up (`indicatorIds`, `allIndicatorIds`); here it only becomes maps.
 */
export function indexIndicators(
  indicators: readonly Indicator[],
  goals: readonly Pick<Goal, 'id' | 'indicatorIds' | 'allIndicatorIds'>[],
): IndicatorIndex {
  const sorted = byNumber(indicators);
  const byId = new Map(sorted.map((i) => [i.id, i]));
  const bySdg = new Map<number, Indicator[]>();
  for (const indicator of sorted) {
    for (const n of indicator.sdgs) bySdg.set(n, [...(bySdg.get(n) ?? []), indicator]);
  }
  return {
    indicators: sorted,
    byId,
    byGoal: new Map(goals.map((g) => [g.id, pick(byId, g.indicatorIds)])),
    allByGoal: new Map(goals.map((g) => [g.id, pick(byId, g.allIndicatorIds)])),
    bySdg,
  };
}

/** How many indicators have each assessment, in the method's order; categories without any left out. */
export function countByAssessment(indicators: readonly Indicator[]): { category: Assessment; count: number }[] {
  const counts = new Map<Assessment, number>();
  for (const i of indicators) counts.set(i.assessment.category, (counts.get(i.assessment.category) ?? 0) + 1);
  return ASSESSMENTS.filter((c) => counts.has(c)).map((category) => ({ category, count: counts.get(category)! }));
}

/** One group of `/kennzahlen/`: a goal (with the product area it belongs to) and its indicators. */
export interface IndicatorGroup {
  /** The product area, or `null` for indicators without goal. */
  readonly areaId: number | null;
  /** The goal, or `null` for indicators without goal. */
  readonly goal: Goal | null;
  readonly indicators: readonly Indicator[];
}

/**
 * The rows of `/kennzahlen/` in reading order: product area by product area, goal by goal in
 * tree order, each indicator under every goal it names directly; indicators without goal last.
 * An indicator measuring two goals appears under both (it counts for both).
 */
export function indicatorGroups(
  indicators: IndicatorIndex,
  index: { readonly goals: readonly Goal[] },
): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const goal of index.goals) {
    const own = indicators.byGoal.get(goal.id);
    if (own && own.length > 0) groups.push({ areaId: goal.productAreaId, goal, indicators: own });
  }
  const known = new Set(index.goals.map((g) => g.id));
  const orphans = indicators.indicators.filter((i) => !i.goalIds.some((id) => known.has(id)));
  if (orphans.length > 0) groups.push({ areaId: null, goal: null, indicators: orphans });
  return groups;
}

/** One row of `/kennzahlen/`: an indicator under a group. */
export interface IndicatorRow {
  readonly group: IndicatorGroup;
  readonly indicator: Indicator;
}

/** The rows of `/kennzahlen/` in order (for pagination). */
export function indicatorRows(groups: readonly IndicatorGroup[]): IndicatorRow[] {
  return groups.flatMap((group) => group.indicators.map((indicator) => ({ group, indicator })));
}

/**
 * How many indicators a list on another page (goal, SDG, report) shows before it points to the
 * overview, where they are paged: the page stays within its weight budget at any size.
 */
export const INDICATORS_SHOWN = 50;

/** How many indicators a goal's table in the report shows before it points to the goal's page. */
export const REPORT_INDICATORS_SHOWN = 12;
