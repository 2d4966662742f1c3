/**
 * `npm run bench`: measures check, build, memory, sizes and the overview's filtering at 300, 3,000
 * and 10,000 measures, next to a bare Astro "floor" site, and writes `docs/benchmarks.md`.
 * Takes a while (the 10,000-measure builds dominate). See `bench/run-bench.ts`.
 *
 * Options: --sizes 300,3000 --runs 3 --no-browser --out docs/benchmarks.md --keep
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from '../bench/options.ts';
import { runBench } from '../bench/run-bench.ts';
import { formatBenchReport } from '../bench/report.ts';
import { measureFiltering } from '../bench/filtering.ts';
import { PROJECT_ROOT } from '../bench/floor.ts';

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${BENCH_USAGE}\n`);
  process.exit(2);
}

const result = await runBench(options, { log: (line) => process.stdout.write(`${line}\n`), measureFiltering });
const out = path.resolve(PROJECT_ROOT, options.out);
const previous = await readFile(out, 'utf8').catch(() => null);
const report = formatBenchReport(result, previous);
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, report);
process.stdout.write(`\n${report}\nWritten: ${out}\n`);
