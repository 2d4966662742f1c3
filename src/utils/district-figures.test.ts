import { describe, expect, it } from 'vitest';
import { classOf, districtOrder, mapClasses } from './district-figures.ts';
import type { Measure } from '../lib/schemas/measure.ts';

const m = (id: string, extra: Partial<Measure> = {}) => ({ id, delayed: false, ...extra }) as Measure;

describe('mapClasses', () => {
  it('splits 1 … max into up to four ranges that never overlap', () => {
    const classes = mapClasses([5, 70, 13, 0]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 18],
      [19, 35],
      [36, 53],
      [54, 70],
    ]);
    expect(classOf(classes, 0)).toBeNull();
    expect(classOf(classes, 18)!.from).toBe(1);
    expect(classOf(classes, 70)!.to).toBe(70);
  });

  it('uses fewer classes for small counts, from light to dark', () => {
    const classes = mapClasses([1, 2]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(classes[0]!.fill).not.toBe(classes[1]!.fill);
    expect(mapClasses([0, 0])).toEqual([]);
  });
});

describe('districtOrder', () => {
  it('puts delayed measures first, then by Nr.', () => {
    const order = districtOrder([m('2024-10'), m('2024-2'), m('2024-3', { delayed: true })]);
    expect(order.map((x) => x.id)).toEqual(['2024-3', '2024-2', '2024-10']);
  });
});
