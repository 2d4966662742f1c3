/**
 * The targets of issue 7, checked against a benchmark result. A target whose size was not
 * measured is reported as such, never as met.
 */
import type { BenchResult, SizeResult } from './results.ts';

/** The limits. */
export const TARGETS = {
  /** `npm run check` of 10,000 measures, ms. */
  checkMs: { measures: 10_000, limit: 2000 },
  /** Full build of 3,000 measures, as a multiple of the floor. */
  floorRatio: { measures: 3000, limit: 2 },
  /** Peak memory at 10,000 measures, bytes (1 GB). */
  peakBytes: { measures: 10_000, limit: 1024 ** 3 },
  /** Filtering 3,000 measures in the overview, ms per interaction. */
  filterMs: { measures: 3000, limit: 50 },
  /**
   * Linear growth: the marginal CPU time per measure between the two largest sizes may exceed
   * the one between the two smallest by at most this factor. CPU time, because wall time on a
   * shared machine changes with the other work between sizes.
   */
  linearFactor: 1.5,
} as const;

/** One target's verdict. */
export interface TargetVerdict {
  /** What is promised, in words. */
  readonly target: string;
  /** What was measured, in words (or why nothing was). */
  readonly measured: string;
  /** `null` when it could not be judged (size not in this run). */
  readonly met: boolean | null;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Marginal ms per additional measure between two sizes. */
export function marginalMs(a: SizeResult, b: SizeResult, pick: (s: SizeResult) => number): number {
  return (pick(b) - pick(a)) / (b.measures - a.measures);
}

function linearity(sizes: readonly SizeResult[], label: string, pick: (s: SizeResult) => number): TargetVerdict {
  const target = `${label}: CPU time per added measure does not grow with size (at most ×${TARGETS.linearFactor})`;
  if (sizes.length < 3) return { target, measured: 'needs three sizes', met: null };
  const [a, b] = sizes as [SizeResult, SizeResult];
  const [y, z] = sizes.slice(-2) as [SizeResult, SizeResult];
  const first = marginalMs(a, b, pick);
  const last = marginalMs(y, z, pick);
  const measured = `${first.toFixed(2)} ms/measure (${a.measures}→${b.measures}), ${last.toFixed(2)} ms/measure (${y.measures}→${z.measures})`;
  return { target, measured, met: last <= Math.max(first, 0) * TARGETS.linearFactor + 0.05 };
}

/** Every target with its verdict, in the order the issue lists them. */
export function judgeTargets(result: BenchResult): TargetVerdict[] {
  const at = (n: number) => result.sizes.find((s) => s.measures === n);
  const notMeasured = (n: number) => `not measured (no run with ${n.toLocaleString('en-US')} measures)`;
  const verdicts: TargetVerdict[] = [];

  const c = TARGETS.checkMs;
  const check = at(c.measures);
  verdicts.push({
    target: `check of ${c.measures.toLocaleString('en-US')} measures ≤ ${seconds(c.limit)}`,
    measured: check ? seconds(check.checkMs) : notMeasured(c.measures),
    met: check ? check.checkMs <= c.limit : null,
  });

  const f = TARGETS.floorRatio;
  const build = at(f.measures);
  verdicts.push({
    target: `build of ${f.measures.toLocaleString('en-US')} measures ≤ ${f.limit} × floor`,
    measured: build
      ? `${(build.buildMs / build.floorMs).toFixed(2)} × (${seconds(build.buildMs)} vs ${seconds(build.floorMs)}; CPU time ${(build.buildCpuMs / build.floorCpuMs).toFixed(2)} ×)`
      : notMeasured(f.measures),
    met: build ? build.buildMs <= f.limit * build.floorMs : null,
  });

  const p = TARGETS.peakBytes;
  const peak = at(p.measures);
  const peakBytes = peak ? Math.max(peak.buildPeakBytes ?? 0, peak.checkPeakBytes ?? 0) : 0;
  verdicts.push({
    target: `peak memory at ${p.measures.toLocaleString('en-US')} measures ≤ 1 GB`,
    measured: peak
      ? `${Math.round(peakBytes / 1024 ** 2)} MB (${peak.buildPeakProcess ?? 'unknown process'})`
      : notMeasured(p.measures),
    met: peak ? peakBytes > 0 && peakBytes <= p.limit : null,
  });

  verdicts.push(linearity(result.sizes, 'check', (s) => s.checkCpuMs));
  verdicts.push(linearity(result.sizes, 'build', (s) => s.buildCpuMs));

  const fl = TARGETS.filterMs;
  const filtering = result.filtering;
  verdicts.push({
    target: `filtering ${fl.measures.toLocaleString('en-US')} measures ≤ ${fl.limit} ms per interaction`,
    measured: filtering
      ? `${filtering.medianMs.toFixed(1)} ms median at ${filtering.measures.toLocaleString('en-US')} measures`
      : (result.filteringNote ?? 'not measured'),
    met: filtering && filtering.measures === fl.measures ? filtering.medianMs <= fl.limit : null,
  });
  return verdicts;
}
