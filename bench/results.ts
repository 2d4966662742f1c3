/**
 * What one benchmark run found: the data the report (`report.ts`) and the target check
 * (`targets.ts`) are made from.
 */
import type { BuildStage } from './build-stages.ts';
import type { MachineInfo } from './machine.ts';
import type { PageWeight } from './site-size.ts';

/** Everything measured for one number of measures. Times are medians over the runs. */
export interface SizeResult {
  /** Number of measures. */
  readonly measures: number;
  /** HTML pages of the built site (the floor builds as many). */
  readonly pages: number;
  /** `npm run check`, wall time in ms: median, and every run. */
  readonly checkMs: number;
  readonly checkRunsMs: readonly number[];
  /** `npm run build`, wall time in ms. */
  readonly buildMs: number;
  readonly buildRunsMs: readonly number[];
  /** The floor site's build, wall time in ms. */
  readonly floorMs: number;
  readonly floorRunsMs: readonly number[];
  /**
   * CPU time (user + system, all processes) in ms, medians. Unlike wall time it does not grow
   * when other work shares the machine.
   */
  readonly checkCpuMs: number;
  readonly buildCpuMs: number;
  readonly floorCpuMs: number;
  /** Median ms per build stage, as the build printed them. */
  readonly stages: Readonly<Partial<Record<BuildStage, number>>>;
  /** Peak resident memory of the largest process, over all runs, in bytes. */
  readonly checkPeakBytes: number | null;
  readonly buildPeakBytes: number | null;
  /** Which process of the build had that peak (`build.ts`, `astro-build-worker.ts`, `pagefind…`). */
  readonly buildPeakProcess: string | null;
  /** Peak per process of the build (largest over the runs), largest first: name and bytes. */
  readonly buildProcessPeaks: readonly { readonly name: string; readonly bytes: number }[];
  /** Sum of the build's per-process peaks: an upper bound for the memory it needs at once. */
  readonly buildPeakSumBytes: number | null;
  readonly floorPeakBytes: number | null;
  /** Size of the built site and of its `pagefind/` folder, in bytes. */
  readonly outputBytes: number;
  readonly indexBytes: number;
  /** The page with the largest first load, of those under the 14 KB budget. */
  readonly heaviestPage: PageWeight | null;
  /** The whole report on one page (`/bericht/gesamt/`), exempt from the budget (`site-size.ts`). */
  readonly wholeReport?: PageWeight | null;
}

/** Client-side filtering of the measure overview in Chromium. */
export interface FilterResult {
  /** Measures in the overview. */
  readonly measures: number;
  /** Interactions timed. */
  readonly interactions: number;
  /** Median, fastest and slowest ms from the change to the updated result, laid out. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Ms from navigation start until a filter could be used (data loaded, selects enabled). */
  readonly readyMs: number | null;
}

/** One complete benchmark run. */
export interface BenchResult {
  /** When it ran (ISO). */
  readonly date: string;
  readonly machine: MachineInfo;
  /** 1-minute load average sampled during the run: lowest, median, highest. */
  readonly load: { readonly min: number; readonly median: number; readonly max: number };
  /** Runs per measurement. */
  readonly runs: number;
  /** One entry per size, ascending. */
  readonly sizes: readonly SizeResult[];
  /** `null` when not measured; then `filteringNote` says why. */
  readonly filtering: FilterResult | null;
  readonly filteringNote: string | null;
  /** Wall time of the whole benchmark, ms. */
  readonly totalMs: number;
}
