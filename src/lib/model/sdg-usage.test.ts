import { describe, expect, it } from 'vitest';
import { sdgUsage } from './sdg-usage.ts';
import { makeMeasure } from '../output/changes/testing.ts';
import type { Goal } from '../schemas/goal.ts';

const goal = (id: string, sdgs: number[]) => ({ id, sdgs }) as unknown as Goal;

describe('sdgUsage', () => {
  it('lists all 17 SDGs with their goals and measures, also those without any', () => {
    const usage = sdgUsage({
      goals: [goal('5', [11, 13]), goal('5.1', [11]), goal('2', [4, 4])],
      measures: [
        makeMeasure({ id: '1', sdgs: [11] }),
        makeMeasure({ id: '2', sdgs: [13, 11] }),
        makeMeasure({ id: '3', sdgs: [] }),
      ],
    });
    expect(usage.map((u) => u.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(usage[10]).toEqual({ number: 11, goalIds: ['5', '5.1'], measureIds: ['1', '2'] });
    expect(usage[12]).toEqual({ number: 13, goalIds: ['5'], measureIds: ['2'] });
    expect(usage[3]).toEqual({ number: 4, goalIds: ['2'], measureIds: [] });
    expect(usage[0]).toEqual({ number: 1, goalIds: [], measureIds: [] });
  });
});
