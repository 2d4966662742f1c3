/**
 * `npm run bench`: generates exports of each size, then per size times `check` and `build` (the
 * office's commands, as child processes of this Node), builds the floor with as many pages,
 * measures memory and sizes, and finally the overview's filtering in Chromium. Returns the
 * result; `scripts/bench.ts` writes the report.
 *
 * Builds and floor builds alternate run by run, so a burst of other work on the machine hits
 * both rather than one of them.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countPages } from '../src/build/count-pages.ts';
import { BUILD_STAGES, parseBuildStages, type BuildStage } from './build-stages.ts';
import { childEnv } from './child-env.ts';
import {
  carryOverPublication,
  forgetNewPublications,
  recordedPublications,
  writeDataset,
  type Dataset,
} from './datasets.ts';
import { buildFloor, PROJECT_ROOT } from './floor.ts';
import { CACHE_DIR_ENV } from '../src/build/markdown-cache.ts';
import { machineInfo } from './machine.ts';
import { npmScriptArgs } from './office-command.ts';
import type { BenchOptions } from './options.ts';
import type { BenchResult, FilterResult, SizeResult } from './results.ts';
import { runTimed, type TimedRun } from './run-timed.ts';
import { BUDGET_EXEMPT_PAGES, folderBytes, heaviestPage, weighPage } from './site-size.ts';
import { maxOrNull, median } from './stats.ts';

/** Node arguments of `npm run check` and `npm run build` (read once per benchmark). */
interface OfficeCommands {
  readonly check: readonly string[];
  readonly build: readonly string[];
}

/** Measures the overview's filtering on a built site; `null` with a reason when it cannot. */
export type FilterMeasure = (
  siteDir: string,
  measures: number,
) => Promise<{ result: FilterResult | null; note: string | null }>;

/** What `runBench` needs besides the options. */
export interface BenchHooks {
  /** Progress lines (default: nowhere). */
  readonly log?: (line: string) => void;
  /** The browser measurement (only called when `options.browser`). */
  readonly measureFiltering?: FilterMeasure;
}

/** Samples the 1-minute load average while the benchmark runs. */
function loadSampler(): { stop: () => { min: number; median: number; max: number } } {
  const samples: number[] = [os.loadavg()[0] ?? 0];
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 5000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(os.loadavg()[0] ?? 0);
      return { min: Math.min(...samples), median: median(samples), max: Math.max(...samples) };
    },
  };
}

function failed(what: string, run: TimedRun): Error {
  return new Error(`${what} failed (exit ${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
}

/** The Markdown cache folder of a size's builds, inside its work folder. */
const MARKDOWN_CACHE = 'markdown-cache';

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Runs `npm run build`'s script on a data folder into `outDir`; throws when it fails. Its
 * Markdown cache lies in `work`, away from the project's own.
 */
async function build(commands: OfficeCommands, dataDir: string, outDir: string, work: string): Promise<TimedRun> {
  const run = await runTimed({
    args: [...commands.build, '--daten', dataDir, '--ausgabe', outDir, '--html', path.join(work, 'pruefbericht.html')],
    cwd: PROJECT_ROOT,
    env: childEnv({ [CACHE_DIR_ENV]: path.join(work, MARKDOWN_CACHE) }),
  });
  if (run.code !== 0) throw failed(`build of ${dataDir}`, run);
  return run;
}

async function measureSize(
  commands: OfficeCommands,
  dataset: Dataset,
  runs: number,
  log: (line: string) => void,
): Promise<{ result: SizeResult; siteDir: string }> {
  const n = dataset.measures;
  const sizeWork = path.dirname(dataset.dataDir);

  const siteDir = path.join(sizeWork, 'site');
  // The office rebuilds over its last published site, and replacing it (removing the old one)
  // is part of the build's time: so meeting 1 is published into the folder every run replaces.
  log(`  warm-up: publishing meeting 1 once`);
  const warm = await build(commands, dataset.firstMeetingDir, siteDir, sizeWork);
  log(`    ${secs(warm.ms)}`);
  await carryOverPublication(dataset);
  const kept = await recordedPublications(dataset);
  // Every measured build starts from the Markdown cache meeting 1's build left, as the office's
  // first build after a meeting does (else runs 2 and 3 would find all of meeting 2 cached).
  // (No cache without a lock file: see build/markdown-cache.ts.)
  const cacheAfterMeeting1 = path.join(sizeWork, `${MARKDOWN_CACHE}-meeting-1`);
  const cached = existsSync(path.join(sizeWork, MARKDOWN_CACHE));
  if (cached) await cp(path.join(sizeWork, MARKDOWN_CACHE), cacheAfterMeeting1, { recursive: true });

  const checks: TimedRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = await runTimed({
      args: [...commands.check, '--daten', dataset.dataDir],
      cwd: PROJECT_ROOT,
      env: childEnv(),
    });
    // Exit code 1 means data errors: the sample data has none, so that would be a bug.
    if (run.code !== 0) throw failed(`check of ${dataset.dataDir}`, run);
    checks.push(run);
    log(`  check ${i + 1}/${runs}: ${secs(run.ms)} (CPU ${secs(run.cpuMs)})`);
  }

  const floorDir = path.join(sizeWork, 'floor');
  const builds: TimedRun[] = [];
  const floors: TimedRun[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i += 1) {
    await rm(path.join(sizeWork, MARKDOWN_CACHE), { recursive: true, force: true });
    if (cached) await cp(cacheAfterMeeting1, path.join(sizeWork, MARKDOWN_CACHE), { recursive: true });
    const run = await build(commands, dataset.dataDir, siteDir, sizeWork);
    await forgetNewPublications(dataset, kept);
    builds.push(run);
    pages = await countPages(siteDir);
    log(`  build ${i + 1}/${runs}: ${secs(run.ms)} (CPU ${secs(run.cpuMs)}, ${pages} pages)`);
    await rm(floorDir, { recursive: true, force: true });
    const floor = await buildFloor(pages, floorDir);
    floors.push(floor);
    log(`  floor ${i + 1}/${runs}: ${secs(floor.ms)} (CPU ${secs(floor.cpuMs)})`);
  }
  await rm(floorDir, { recursive: true, force: true });

  const stageRuns = builds.map((b) => parseBuildStages(b.stdout));
  const stages: Partial<Record<BuildStage, number>> = {};
  for (const st of BUILD_STAGES) {
    const values = stageRuns.map((r) => r[st]).filter((v): v is number => v !== undefined);
    if (values.length > 0) stages[st] = median(values);
  }
  const peakBuild = builds
    .map((b) => b.processes[0])
    .filter((p) => p !== undefined)
    .sort((a, b) => b.peakRssBytes - a.peakRssBytes)[0];
  const byProcess = new Map<string, number>();
  for (const b of builds)
    for (const p of b.processes) byProcess.set(p.name, Math.max(p.peakRssBytes, byProcess.get(p.name) ?? 0));
  const processPeaks = [...byProcess].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  const peakSum = maxOrNull(
    builds.map((b) => (b.processes.length > 0 ? b.processes.reduce((sum, p) => sum + p.peakRssBytes, 0) : null)),
  );

  const result: SizeResult = {
    measures: n,
    pages,
    checkMs: median(checks.map((r) => r.ms)),
    checkRunsMs: checks.map((r) => r.ms),
    buildMs: median(builds.map((r) => r.ms)),
    buildRunsMs: builds.map((r) => r.ms),
    floorMs: median(floors.map((r) => r.ms)),
    floorRunsMs: floors.map((r) => r.ms),
    checkCpuMs: median(checks.map((r) => r.cpuMs)),
    buildCpuMs: median(builds.map((r) => r.cpuMs)),
    floorCpuMs: median(floors.map((r) => r.cpuMs)),
    stages,
    checkPeakBytes: maxOrNull(checks.map((r) => r.peakRssBytes)),
    buildPeakBytes: peakBuild?.peakRssBytes ?? null,
    buildPeakProcess: peakBuild?.name ?? null,
    buildProcessPeaks: processPeaks,
    buildPeakSumBytes: peakSum,
    floorPeakBytes: maxOrNull(floors.map((r) => r.peakRssBytes)),
    outputBytes: await folderBytes(siteDir),
    indexBytes: await folderBytes(path.join(siteDir, 'pagefind')),
    heaviestPage: await heaviestPage(siteDir),
    wholeReport: await weighPage(siteDir, BUDGET_EXEMPT_PAGES[0]!),
  };
  return { result, siteDir };
}

/** Runs the whole benchmark. */
export async function runBench(options: BenchOptions, hooks: BenchHooks = {}): Promise<BenchResult> {
  const log = hooks.log ?? (() => undefined);
  const started = performance.now();
  const load = loadSampler();
  const machine = machineInfo();
  const commands: OfficeCommands = {
    check: await npmScriptArgs(PROJECT_ROOT, 'check'),
    build: await npmScriptArgs(PROJECT_ROOT, 'build'),
  };
  const work = await mkdtemp(path.join(os.tmpdir(), 'isek-bench-'));
  log(`Benchmark in ${work}: sizes ${options.sizes.join(', ')}, ${options.runs} run(s) each`);
  const sizes: SizeResult[] = [];
  // Filtering is measured on the size closest to 3,000 measures (the target's size).
  const filterSize = [...options.sizes].sort((a, b) => Math.abs(a - 3000) - Math.abs(b - 3000))[0];
  let filtering: FilterResult | null = null;
  let filteringNote: string | null = options.browser ? null : 'skipped (--no-browser)';
  try {
    for (const n of options.sizes) {
      log(`\n${n.toLocaleString('en-US')} measures`);
      const t = performance.now();
      const dataset = await writeDataset(work, n);
      log(`  exports written (${secs(performance.now() - t)})`);
      const { result, siteDir } = await measureSize(commands, dataset, options.runs, log);
      sizes.push(result);
      if (options.browser && n === filterSize) {
        if (!hooks.measureFiltering) {
          filteringNote = 'no browser measurement available';
        } else {
          log('  filtering in Chromium …');
          const measured = await hooks.measureFiltering(siteDir, n);
          filtering = measured.result;
          filteringNote = measured.note;
          log(
            filtering
              ? `    median ${filtering.medianMs.toFixed(1)} ms per interaction`
              : `    not measured: ${filteringNote}`,
          );
        }
      }
      if (!options.keep) await rm(path.dirname(dataset.dataDir), { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
    else log(`\nKept: ${work}`);
  }
  return {
    date: new Date().toISOString(),
    machine,
    load: load.stop(),
    runs: options.runs,
    sizes,
    filtering,
    filteringNote,
    totalMs: performance.now() - started,
  };
}
