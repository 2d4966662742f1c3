import { describe, expect, it } from 'vitest';
import { summariseMeasures } from './rollup.ts';

describe('summariseMeasures', () => {
  it('counts every status, zero included', () => {
    const s = summariseMeasures([
      { status: 'planned', progress: null },
      { status: 'planned', progress: 10 },
      { status: 'completed', progress: null },
    ]);
    expect(s.total).toBe(3);
    expect(s.byStatus).toEqual({
      planned: 2,
      preparing: 0,
      'in-progress': 0,
      ongoing: 0,
      completed: 1,
      deferred: 0,
      dropped: 0,
    });
  });

  it('never reads a missing progress value as 0', () => {
    const s = summariseMeasures([
      { status: 'in-progress', progress: 40 },
      { status: 'in-progress', progress: null },
      { status: 'planned', progress: null },
    ]);
    expect(s.progress).toEqual({ average: 40, counted: 1, withoutValue: 2, notCounted: 0 });
  });

  it('counts completed measures as 100 % unless they say otherwise', () => {
    const s = summariseMeasures([
      { status: 'completed', progress: null },
      { status: 'in-progress', progress: 50 },
      { status: 'completed', progress: 90 },
    ]);
    expect(s.progress.average).toBeCloseTo(80);
    expect(s.progress.counted).toBe(3);
  });

  it('leaves dropped and deferred measures out of the average', () => {
    const s = summariseMeasures([
      { status: 'dropped', progress: 0 },
      { status: 'deferred', progress: 20 },
      { status: 'ongoing', progress: 60 },
    ]);
    expect(s.progress).toEqual({ average: 60, counted: 1, withoutValue: 0, notCounted: 2 });
  });

  it('has no average when nothing counts', () => {
    expect(summariseMeasures([]).progress.average).toBeNull();
    expect(summariseMeasures([{ status: 'planned', progress: null }]).progress.average).toBeNull();
  });

  it('counts the delayed measures, whatever their status', () => {
    const s = summariseMeasures([
      { status: 'in-progress', progress: 40, delayed: true },
      { status: 'deferred', progress: null, delayed: true },
      { status: 'planned', progress: null, delayed: false },
      { status: 'planned', progress: null },
    ]);
    expect(s.delayed).toBe(2);
    expect(summariseMeasures([]).delayed).toBe(0);
  });
});
