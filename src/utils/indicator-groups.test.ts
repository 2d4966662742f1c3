import { describe, expect, it } from 'vitest';
import { countByAssessment, indexIndicators, indicatorGroups, indicatorRows } from './indicator-groups.ts';
import { assessment, makeIndicator } from '../lib/testing/make-indicator.ts';
import { smallModel } from '../../tests/fixtures/model-small.ts';
import type { Goal } from '../lib/schemas/goal.ts';

const goalsWith = (ids: Record<string, { own: string[]; all: string[] }>): Goal[] =>
  smallModel().goals.map((g) => ({ ...g, indicatorIds: ids[g.id]?.own ?? [], allIndicatorIds: ids[g.id]?.all ?? [] }));

describe('indexIndicators', () => {
  const k10 = makeIndicator({ id: 'K10', goalIds: ['5.1.2'], sdgs: [11] });
  const k2 = makeIndicator({ id: 'K2', goalIds: ['5.1', '3.1'], sdgs: [11, 13] });
  const goals = goalsWith({
    '5.1': { own: ['K2'], all: ['K2', 'K10'] },
    '5.1.2': { own: ['K10'], all: ['K10'] },
    '3.1': { own: ['K2'], all: ['K2'] },
  });
  const index = indexIndicators([k10, k2], goals);

  it('sorts by number, naturally', () => {
    expect(index.indicators.map((i) => i.id)).toEqual(['K2', 'K10']);
  });

  it('takes each goal’s own and all indicators from the core’s roll-up', () => {
    expect(index.byGoal.get('5.1')!.map((i) => i.id)).toEqual(['K2']);
    expect(index.allByGoal.get('5.1')!.map((i) => i.id)).toEqual(['K2', 'K10']);
    expect(index.allByGoal.get('2.1')).toEqual([]);
  });

  it('lists indicators by SDG', () => {
    expect(index.bySdg.get(11)!.map((i) => i.id)).toEqual(['K2', 'K10']);
    expect(index.bySdg.get(13)!.map((i) => i.id)).toEqual(['K2']);
  });
});

describe('indicatorGroups and indicatorRows', () => {
  it('groups by goal in tree order, an indicator under each goal it names, those without goal last', () => {
    const k1 = makeIndicator({ id: 'K1', goalIds: ['5.1', '3.1'] });
    const k2 = makeIndicator({ id: 'K2', goalIds: ['2.1'] });
    const k3 = makeIndicator({ id: 'K3', goalIds: [] });
    const goals = goalsWith({
      '5.1': { own: ['K1'], all: ['K1'] },
      '3.1': { own: ['K1'], all: ['K1'] },
      '2.1': { own: ['K2'], all: ['K2'] },
    });
    const groups = indicatorGroups(indexIndicators([k1, k2, k3], goals), { goals });
    expect(groups.map((g) => [g.areaId, g.goal?.id ?? null, g.indicators.map((i) => i.id)])).toEqual([
      [2, '2.1', ['K2']],
      [3, '3.1', ['K1']],
      [5, '5.1', ['K1']],
      [null, null, ['K3']],
    ]);
    expect(indicatorRows(groups).map((r) => r.indicator.id)).toEqual(['K2', 'K1', 'K1', 'K3']);
  });
});

describe('countByAssessment', () => {
  it('counts in the method’s order and leaves out categories without indicators', () => {
    const of = (category: Parameters<typeof assessment>[0]) => makeIndicator({ assessment: assessment(category) });
    const counts = countByAssessment([
      of({ category: 'not-assessable' }),
      of({ category: 'on-track' }),
      of({ category: 'on-track' }),
      of({ category: 'target-reached' }),
    ]);
    expect(counts).toEqual([
      { category: 'target-reached', count: 1 },
      { category: 'on-track', count: 2 },
      { category: 'not-assessable', count: 1 },
    ]);
  });
});
