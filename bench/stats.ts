/**
 * Small statistics for benchmark runs: medians, so one run disturbed by another process on the
 * machine does not decide the result.
 */

/** The median of the values (the mean of the middle two for an even count). Throws on none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The largest value, or `null` when no run reported one. */
export function maxOrNull(values: readonly (number | null)[]): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v > best)) best = v;
  return best;
}
