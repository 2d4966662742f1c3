import { describe, expect, it } from 'vitest';
import { scaledWidth, stackedSegments } from './chart.ts';
import { STATUSES, type Status } from '../../schemas/status.ts';

const counts = (given: Partial<Record<Status, number>>): Record<Status, number> =>
  Object.fromEntries(STATUSES.map((s) => [s, given[s] ?? 0])) as Record<Status, number>;

describe('stackedSegments', () => {
  it('has one segment per status with measures, in status order, filling the bar without gaps', () => {
    const segments = stackedSegments(counts({ completed: 1, planned: 1, 'in-progress': 1 }), 100);
    expect(segments.map((s) => s.status)).toEqual(['planned', 'in-progress', 'completed']);
    expect(segments[0]).toEqual({ status: 'planned', count: 1, x: 0, width: 33.333 });
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.x).toBeCloseTo(segments[i - 1]!.x + segments[i - 1]!.width, 3);
    }
    const last = segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(100, 3);
  });

  it('has no segments for an empty group', () => {
    expect(stackedSegments(counts({}), 100)).toEqual([]);
  });
});

describe('scaledWidth', () => {
  it('scales bars to the largest group', () => {
    expect(scaledWidth(5, 10, 300)).toBe(150);
    expect(scaledWidth(0, 0, 300)).toBe(0);
  });
});
