/**
 * The order the site lists records in, for every reader of the model (the pages' lookup maps,
 * the open-data files): `getCollection()`'s order is not guaranteed, and the build script's
 * files must list the records as the pages do.
 *
 * - measures, departments and indicators: by number, naturally (`2` before `10`, German collation);
 * - goals: tree order, product area by product area (the product area's `goalIds`);
 * - product areas: by number.
 */
import type { Department } from '../lib/schemas/department.ts';
import type { Goal } from '../lib/schemas/goal.ts';
import type { Measure } from '../lib/schemas/measure.ts';
import type { ProductArea } from '../lib/schemas/product-area.ts';
import { compareIds } from './sort.ts';

/** The records, each list in the site's order. */
export interface SiteOrder {
  readonly measures: readonly Measure[];
  readonly goals: readonly Goal[];
  readonly departments: readonly Department[];
  readonly productAreas: readonly ProductArea[];
}

/** A copy of `items` sorted by number (`id`). */
export function byNumber<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareIds(a.id, b.id));
}

/** The records in the site's order (new arrays; the records themselves are shared). */
export function inSiteOrder(records: {
  readonly measures: readonly Measure[];
  readonly goals: readonly Goal[];
  readonly departments: readonly Department[];
  readonly productAreas: readonly ProductArea[];
}): SiteOrder {
  const productAreas = [...records.productAreas].sort((a, b) => a.id - b.id);
  const goalById = new Map(records.goals.map((g) => [g.id, g]));
  const goals = productAreas.flatMap((area) =>
    area.goalIds.map((id) => goalById.get(id)).filter((g): g is Goal => g !== undefined),
  );
  // Goals of a product area the model does not list (should not happen) still get a place.
  if (goals.length < goalById.size) {
    const listed = new Set(goals.map((g) => g.id));
    goals.push(...byNumber([...goalById.values()].filter((g) => !listed.has(g.id))));
  }
  return {
    measures: byNumber(records.measures),
    goals,
    departments: byNumber(records.departments),
    productAreas,
  };
}
