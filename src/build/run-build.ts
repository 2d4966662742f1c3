/**
 * The whole build: validate the data, hand the model to Astro, build into a staging folder and
 * swap it in only when everything succeeded. Each stage reports its counts and time.
 *
 * Nothing here parses workbooks or renders pages: it calls the core, then Astro.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadProject, type ProjectResult } from '../lib/load.ts';
import { MODEL_FILE_ENV, writeModelFile } from '../lib/model-file.ts';
import { resolveBasePath } from '../lib/settings/environment.ts';
import { toCheckJson, type CheckJson } from '../lib/report/check-result.ts';
import { discardStaging, stagingDirFor, swapIntoPlace } from './publish.ts';

/** One finished stage of the build, for the progress display. */
export interface StageEvent {
  readonly stage: 'read' | 'pages' | 'publish';
  /** Milliseconds the stage took. */
  readonly ms: number;
  /** What the stage produced, e.g. `{ measures: 210 }`. */
  readonly counts: Readonly<Record<string, number>>;
}

/** What the build needs. */
export interface BuildOptions {
  /** The data folder. */
  readonly dataDir: string;
  /** Where the published site goes (default `dist`). */
  readonly outDir: string;
  /** Base path override (`--base`); else `ISEK_BASE`, the settings, `/`. */
  readonly base?: string;
  /** Project root (where `astro.config.ts` lies). */
  readonly root: string;
  /** Today as ISO day, injectable for tests. */
  readonly today?: string;
  /** Called after each stage. */
  readonly onStage?: (event: StageEvent) => void;
  /** Called with the validation result before anything is built (to print it). */
  readonly onChecked?: (result: CheckJson) => void;
}

/** How the build ended. */
export type BuildOutcome =
  | { readonly ok: true; readonly outDir: string; readonly base: string; readonly check: CheckJson; readonly pages: number }
  | { readonly ok: false; readonly reason: 'data'; readonly check: CheckJson }
  | { readonly ok: false; readonly reason: 'build'; readonly error: unknown; readonly check: CheckJson };

const elapsed = (start: number) => Math.round(performance.now() - start);

/** Counts the HTML pages of a built site (for the summary). */
async function countPages(dir: string): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).length;
}

/**
 * Runs the build. With data errors nothing is built and `outDir` is not touched. With a failure
 * inside Astro or Pagefind the staging folder is discarded and `outDir` is not touched either.
 */
export async function runBuild(options: BuildOptions): Promise<BuildOutcome> {
  let start = performance.now();
  const project: ProjectResult = await loadProject({ dataDir: options.dataDir, today: options.today });
  const check = toCheckJson(project);
  options.onStage?.({
    stage: 'read',
    ms: elapsed(start),
    counts: { measures: check.counts.measures, goals: check.counts.goals, departments: check.counts.departments },
  });
  options.onChecked?.(check);
  if (!project.ok) return { ok: false, reason: 'data', check };

  const base = resolveBasePath(options.base, process.env, project.settings.basePath);
  const workDir = await mkdtemp(path.join(tmpdir(), 'isek-build-'));
  const modelFile = path.join(workDir, 'model.json');
  const staging = stagingDirFor(options.outDir);
  const previous = { modelFile: process.env[MODEL_FILE_ENV], base: process.env.ISEK_BASE, telemetry: process.env.ASTRO_TELEMETRY_DISABLED };
  try {
    await writeModelFile(modelFile, { model: project.model, settings: { ...project.settings, basePath: base } });
    process.env[MODEL_FILE_ENV] = modelFile;
    process.env.ISEK_BASE = base;
    // The city's build machine must not phone home.
    process.env.ASTRO_TELEMETRY_DISABLED = '1';

    start = performance.now();
    const { build } = await import('astro');
    await build({ root: options.root, outDir: staging, base, logLevel: 'warn' });
    const pages = await countPages(staging);
    options.onStage?.({ stage: 'pages', ms: elapsed(start), counts: { pages } });

    start = performance.now();
    await swapIntoPlace(staging, options.outDir);
    options.onStage?.({ stage: 'publish', ms: elapsed(start), counts: { pages } });
    return { ok: true, outDir: path.resolve(options.outDir), base, check, pages };
  } catch (error) {
    await discardStaging(staging);
    return { ok: false, reason: 'build', error, check };
  } finally {
    restoreEnv(MODEL_FILE_ENV, previous.modelFile);
    restoreEnv('ISEK_BASE', previous.base);
    restoreEnv('ASTRO_TELEMETRY_DISABLED', previous.telemetry);
    await rm(workDir, { recursive: true, force: true });
  }
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
