/**
 * Which goals and measures of the ISEK are linked to each of the 17 SDGs, for `/sdg/` and
 * `/sdg/<n>/`. A measure's SDGs in the model already include those inherited from its goals,
 * so nothing is inherited here. One pass over goals and measures.
 */
import type { IsekModel } from '../schemas/model.ts';
import { SDG_NUMBERS } from './sdg.ts';

/** The goals and measures linked to one SDG, in the model's order. */
export interface SdgUsage {
  /** SDG 1–17. */
  readonly number: number;
  readonly goalIds: readonly string[];
  readonly measureIds: readonly string[];
}

/** All 17 SDGs in number order, each with its goals and measures (possibly none). */
export function sdgUsage(model: Pick<IsekModel, 'goals' | 'measures'>): SdgUsage[] {
  const goals = new Map<number, string[]>(SDG_NUMBERS.map((n) => [n, []]));
  const measures = new Map<number, string[]>(SDG_NUMBERS.map((n) => [n, []]));
  for (const g of model.goals) for (const n of new Set(g.sdgs)) goals.get(n)?.push(g.id);
  for (const m of model.measures) for (const n of new Set(m.sdgs)) measures.get(n)?.push(m.id);
  return SDG_NUMBERS.map((number) => ({ number, goalIds: goals.get(number)!, measureIds: measures.get(number)! }));
}
