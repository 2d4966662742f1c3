/**
 * Geometry of the report's stacked status bars, so the SVG component only draws. Positions are
 * cumulative, so segments meet without gaps or overlaps whatever the rounding.
 */
import { STATUSES, type Status } from '../../schemas/status.ts';

/** One coloured part of a bar. */
export interface BarSegment {
  readonly status: Status;
  readonly count: number;
  /** Left edge, in the bar's units. */
  readonly x: number;
  readonly width: number;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * The segments of a bar `width` units long, one per status with measures, in the statuses'
 * natural order. An empty group has no segments.
 */
export function stackedSegments(byStatus: Readonly<Record<Status, number>>, width: number): BarSegment[] {
  const total = STATUSES.reduce((n, s) => n + byStatus[s], 0);
  if (total === 0) return [];
  const segments: BarSegment[] = [];
  let before = 0;
  for (const status of STATUSES) {
    const count = byStatus[status];
    if (count === 0) continue;
    const x = round((before / total) * width);
    before += count;
    const end = round((before / total) * width);
    segments.push({ status, count, x, width: round(end - x) });
  }
  return segments;
}

/** Bar length for `total` measures when the largest group fills `width` (for bars side by side). */
export function scaledWidth(total: number, largest: number, width: number): number {
  return largest === 0 ? 0 : round((total / largest) * width);
}
