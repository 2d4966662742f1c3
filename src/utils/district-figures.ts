/**
 * Pure figures of the Stadtteil pages and the map: colour classes, the order of a Stadtteil's
 * measures (delayed first). Unit-tested in `district-figures.test.ts`.
 */
import type { Measure } from '../lib/schemas/measure.ts';
import { compareIds } from './sort.ts';

/** One colour class of the map: the counts it covers and its fill and text colours. */
export interface MapClass {
  readonly from: number;
  readonly to: number;
  readonly fill: string;
  /** Text colour on that fill, chosen for at least 4.5:1. */
  readonly text: string;
}

/** Sequential blues, light to dark; white text from the third on. */
const FILLS: readonly { fill: string; text: string }[] = [
  { fill: '#deebf7', text: '#1a1a1a' },
  { fill: '#9ecae1', text: '#1a1a1a' },
  { fill: '#3f7fb8', text: '#ffffff' },
  { fill: '#1c4f82', text: '#ffffff' },
];

/**
 * Up to four classes of equal width from 1 to the largest count (fewer when the counts are
 * few), so the legend's ranges are whole numbers that never overlap.
 */
export function mapClasses(counts: readonly number[]): MapClass[] {
  const max = Math.max(0, ...counts);
  if (max === 0) return [];
  const n = Math.min(FILLS.length, max);
  const classes: MapClass[] = [];
  let from = 1;
  for (let i = 0; i < n; i += 1) {
    const to = i === n - 1 ? max : Math.round(((i + 1) * max) / n);
    if (to < from) continue;
    const colour = FILLS[Math.round((i * (FILLS.length - 1)) / Math.max(1, n - 1))]!;
    classes.push({ from, to, ...colour });
    from = to + 1;
  }
  return classes;
}

/** The class a count falls in (`null` for 0: drawn as „keine Maßnahme“). */
export function classOf(classes: readonly MapClass[], count: number): MapClass | null {
  return classes.find((c) => count >= c.from && count <= c.to) ?? null;
}

/** Whether a measure is verzögert: the core's flag (planned end before the Stand, `model/delay.ts`). */
export function isDelayed(measure: Pick<Measure, 'delayed'>): boolean {
  return measure.delayed;
}

/** A Stadtteil's measures in display order: delayed ones first, then by Nr. */
export function districtOrder(measures: readonly Measure[], delayed: (m: Measure) => boolean = isDelayed): Measure[] {
  return [...measures].sort((a, b) => Number(delayed(b)) - Number(delayed(a)) || compareIds(a.id, b.id));
}
