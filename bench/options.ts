/**
 * Options of `npm run bench` (a developer tool: messages are English, like the docs it writes).
 */
import { parseArgs } from 'node:util';

/** What the benchmark runs. */
export interface BenchOptions {
  /** Numbers of measures to generate and build, ascending. */
  readonly sizes: readonly number[];
  /** Runs per measurement; each result is the median. */
  readonly runs: number;
  /** Whether to measure the overview's filtering in Chromium. */
  readonly browser: boolean;
  /** Where the Markdown report goes (relative to the project root unless absolute). */
  readonly out: string;
  /** Keep the generated exports and builds (their folder is printed). */
  readonly keep: boolean;
}

/** The defaults: the sizes and runs the targets are stated for. */
export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  sizes: [300, 3000, 10_000],
  runs: 3,
  browser: true,
  out: 'docs/benchmarks.md',
  keep: false,
};

/** How to call it. */
export const BENCH_USAGE =
  'Usage: npm run bench -- [--sizes 300,3000,10000] [--runs 3] [--no-browser] [--out docs/benchmarks.md] [--keep]';

function positiveInteger(name: string, text: string): number {
  const n = Number(text.replace(/[_.]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive whole number, got "${text}"`);
  return n;
}

/** Parses the command line; throws an `Error` with a readable message on a mistake. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      browser: { type: 'boolean' },
      'no-browser': { type: 'boolean' },
      out: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const sizes =
    values.sizes === undefined
      ? DEFAULT_BENCH_OPTIONS.sizes
      : [...new Set(values.sizes.split(',').map((s) => positiveInteger('sizes', s.trim())))].sort((a, b) => a - b);
  return {
    sizes,
    runs: values.runs === undefined ? DEFAULT_BENCH_OPTIONS.runs : positiveInteger('runs', values.runs),
    browser: values['no-browser'] ? false : (values.browser ?? DEFAULT_BENCH_OPTIONS.browser),
    out: values.out ?? DEFAULT_BENCH_OPTIONS.out,
    keep: values.keep ?? DEFAULT_BENCH_OPTIONS.keep,
  };
}
