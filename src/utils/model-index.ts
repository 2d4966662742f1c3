/**
 * Lookup maps over the collections, built once per build and shared by every page, so a page
 * does a few map lookups instead of scanning all measures (10,000 measures must build fast).
 *
 * The lists are in the site's order (`site-order.ts`).
 */
import type { Measure } from '../lib/schemas/measure.ts';
import type { Goal } from '../lib/schemas/goal.ts';
import type { Department } from '../lib/schemas/department.ts';
import type { ProductArea } from '../lib/schemas/product-area.ts';
import type { PublicationInfo, RowCounts } from '../lib/schemas/model.ts';
import type { Settings } from '../lib/schemas/settings.ts';
import type { Status } from '../lib/schemas/status.ts';
import { STATUSES } from '../lib/schemas/status.ts';
import { statusAppearance, type StatusAppearance } from './status.ts';
import { compareIds } from './sort.ts';
import { inSiteOrder } from './site-order.ts';
import { siteTitleOf } from '../lib/input/settings/site-title.ts';
import { oncePerBuild } from './once-per-build.ts';
import { loadModelOnce } from './load-model.ts';

export { compareIds };

/** Everything the pages look up, with maps by id. */
export interface ModelIndex {
  readonly info: PublicationInfo;
  readonly settings: Settings;
  readonly rowCounts: Readonly<Record<string, RowCounts>>;
  /** The site's name: `siteTitle` from the settings, else `ISEK <city>`. */
  readonly siteTitle: string;
  /** All measures, by number. */
  readonly measures: readonly Measure[];
  /** All goals, in tree order. */
  readonly goals: readonly Goal[];
  /** All departments, by number. */
  readonly departments: readonly Department[];
  /** All product areas, by number. */
  readonly productAreas: readonly ProductArea[];
  readonly measureById: ReadonlyMap<string, Measure>;
  readonly goalById: ReadonlyMap<string, Goal>;
  readonly departmentById: ReadonlyMap<string, Department>;
  readonly productAreaById: ReadonlyMap<number, ProductArea>;
  /** Label and colours of each status, settings applied. */
  readonly statuses: Readonly<Record<Status, StatusAppearance>>;
}

/**
 * The index, built on the first call and shared by every later call in the same build. The dev
 * server rebuilds it per request, so edited data shows without a restart.
 */
export const getModelIndex: () => Promise<ModelIndex> = oncePerBuild(buildIndex);

async function buildIndex(): Promise<ModelIndex> {
  const { model, settings } = await loadModelOnce();
  const { info, rowCounts } = model;
  const { measures, goals, departments, productAreas } = inSiteOrder(model);

  return {
    info,
    settings,
    rowCounts,
    siteTitle: siteTitleOf(settings),
    measures,
    goals,
    departments,
    productAreas,
    measureById: new Map(measures.map((m) => [m.id, m])),
    goalById: new Map(goals.map((g) => [g.id, g])),
    departmentById: new Map(departments.map((d) => [d.id, d])),
    productAreaById: new Map(productAreas.map((p) => [p.id, p])),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, statusAppearance(s, settings.statuses)])) as Record<
      Status,
      StatusAppearance
    >,
  };
}

/** The records for a list of ids, in the order given; unknown ids are skipped. */
export function pick<T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const value = map.get(id);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** Measures for a list of ids, sorted by number. */
export function measuresByIds(index: ModelIndex, ids: readonly string[]): Measure[] {
  return pick(index.measureById, ids).sort((a, b) => compareIds(a.id, b.id));
}

/** The goal's ancestors from the top-level goal down to its parent. */
export function ancestorsOf(index: ModelIndex, goal: Goal): Goal[] {
  return pick(index.goalById, goal.ancestorIds);
}

/** True when `goal` is `ancestor` itself or lies below it. */
export function isWithin(goal: Goal, ancestor: Goal): boolean {
  return goal.id === ancestor.id || goal.ancestorIds.includes(ancestor.id);
}
