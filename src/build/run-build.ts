/**
 * The whole build: validate the data, hand the model to Astro, build into a staging folder and
 * swap it in only when everything succeeded. Each stage reports its counts and time.
 *
 * Nothing here parses workbooks or renders pages: it calls the core, then Astro.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadProject, type ProjectResult } from '../lib/load.ts';
import { MODEL_FILE_ENV, writeModelFile, type ModelFile } from '../lib/model-file.ts';
import { OPEN_DATA_BY_BUILD_SCRIPT_ENV } from '../utils/open-data-source.ts';
import { renderOpenDataFiles, writeRenderedFiles } from './open-data-files.ts';
import { resolveBasePath } from '../lib/input/settings/environment.ts';
import { toCheckJson, type CheckJson } from '../lib/output/check-report/check-result.ts';
import { discardStaging, moveDir, stagingDirFor, swapIntoPlace } from './publish.ts';
import { parseStageLine, type StageEvent } from './stage-protocol.ts';
import { BUILD_INFO_FILE, formatBuildInfo } from './preview-server.ts';
import { preparePublication, recordFile, stageSnapshot, type StagedSnapshot } from './publications.ts';
import { todayIso } from '../lib/common/today.ts';
import { PUBLICATION_TEXT } from '../lib/i18n/de.ts';
import { changedMeasureCount } from '../lib/output/changes/diff.ts';
import { ASTRO_WORKER_NODE_FLAGS, astroWorkerEnv, withoutViteEnv } from './worker-process.ts';
import { countPages } from './count-pages.ts';
import { withMarkdownCache } from './markdown-cache.ts';
import { outputDirProblem, type OutputDirProblem } from './output-dir.ts';
import { buildSearchIndex, SEARCH_INDEX_LATER_ENV } from '../integrations/pagefind.ts';

export type { StageEvent };

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
  /** Called with a line about the publication record (compared with, recorded in, skipped). */
  readonly onNotice?: (line: string) => void;
}

/** How the build ended. */
export type BuildOutcome =
  | {
      readonly ok: true;
      readonly outDir: string;
      readonly base: string;
      readonly check: CheckJson;
      readonly pages: number;
    }
  | { readonly ok: false; readonly reason: 'data'; readonly check: CheckJson }
  | { readonly ok: false; readonly reason: 'output'; readonly problem: OutputDirProblem; readonly check: CheckJson }
  | { readonly ok: false; readonly reason: 'build'; readonly error: unknown; readonly check: CheckJson };

const WORKER = fileURLToPath(new URL('./astro-build-worker.ts', import.meta.url));

/**
 * Runs the Astro build in a child process on this same Node, forwarding stage reports and
 * Astro's own output. Rejects with Astro's exit code when the build fails.
 */
function runAstroWorker(
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  onStage: (e: StageEvent) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ASTRO_WORKER_NODE_FLAGS, WORKER, root, outDir], {
      cwd: root,
      env: astroWorkerEnv(env),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const event = parseStageLine(line);
      if (event) onStage(event);
      else if (line.trim()) process.stdout.write(`${line}\n`);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`))));
  });
}

const elapsed = (start: number) => Math.round(performance.now() - start);

/**
 * Runs the build. With data errors nothing is built and `outDir` is not touched. With a failure
 * inside Astro or Pagefind the staging folder is discarded and `outDir` is not touched either.
 */
export async function runBuild(options: BuildOptions): Promise<BuildOutcome> {
  let start = performance.now();
  const project: ProjectResult = await loadProject({
    dataDir: options.dataDir,
    today: options.today,
    onRead: (counts) => {
      options.onStage?.({ stage: 'read', ms: elapsed(start), counts: { ...counts } });
      start = performance.now();
    },
  });
  const check = toCheckJson(project);
  const { measures, goals, departments, errors, warnings } = check.counts;
  options.onStage?.({ stage: 'check', ms: elapsed(start), counts: { measures, goals, departments, errors, warnings } });
  options.onChecked?.(check);
  if (!project.ok) return { ok: false, reason: 'data', check };
  // Publishing replaces the output folder whole: never one that holds anything else.
  const problem = await outputDirProblem(options.outDir, { root: options.root, dataDir: options.dataDir });
  if (problem) return { ok: false, reason: 'output', problem, check };

  const base = resolveBasePath(options.base, process.env, project.settings.basePath);
  const workDir = await mkdtemp(path.join(tmpdir(), 'isek-build-'));
  const modelFile = path.join(workDir, 'model.json');
  const staging = stagingDirFor(options.outDir);
  let snapshot: StagedSnapshot | undefined;
  try {
    // Cells render their Markdown when their HTML or text is first read (comparing with the last
    // publication, writing the model file): the last build's results are reused.
    const { publication, modelContent } = await withMarkdownCache(options.root, async () => {
      // What changed since the last recorded publication; recorded only once this one is published.
      const prepared = await preparePublication({
        dataDir: options.dataDir,
        model: project.model,
        today: options.today ?? todayIso(),
      });
      const content: ModelFile = {
        model: project.model,
        settings: { ...project.settings, basePath: base },
        changes: prepared.changes,
        pages: project.pages,
      };
      await writeModelFile(modelFile, content);
      return { publication: prepared, modelContent: content };
    });
    for (const skipped of publication.ignored)
      options.onNotice?.(PUBLICATION_TEXT.snapshotIgnored(skipped.file, skipped.reason));
    const { changes } = publication.changes;
    options.onNotice?.(
      changes.first
        ? PUBLICATION_TEXT.first
        : PUBLICATION_TEXT.compared(changes.previous.stand, changedMeasureCount(changes)),
    );
    if (publication.sameStand) options.onNotice?.(PUBLICATION_TEXT.sameStand(publication.snapshot.stand));
    if (publication.comparedWithoutDetails) {
      options.onNotice?.(
        PUBLICATION_TEXT.comparedWithoutDetails(recordFile(publication.dir, publication.comparedWithoutDetails)),
      );
    }
    if (!publication.isNew)
      options.onNotice?.(PUBLICATION_TEXT.alreadyRecorded(recordFile(publication.dir, publication.snapshot)));
    const env: NodeJS.ProcessEnv = {
      ...withoutViteEnv(process.env),
      NODE_ENV: 'production',
      [MODEL_FILE_ENV]: modelFile,
      ISEK_BASE: base,
      // The editable pages (`seiten/*.md`) and the logo are read from the data folder.
      ISEK_DATA_DIR: path.resolve(options.dataDir),
      ISEK_STAGE_PROTOCOL: '1',
      // The search index is built below, once the Astro process has ended and freed its memory.
      [SEARCH_INDEX_LATER_ENV]: '1',
      // The open-data files are made below, in this process, while Astro renders the pages.
      [OPEN_DATA_BY_BUILD_SCRIPT_ENV]: '1',
      // The city's build machine must not phone home.
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    start = performance.now();
    // Astro keeps its intermediate files in the output folder only when that lies inside the
    // project (else in the shared `<root>/.astro/`, where parallel builds collide, and its
    // prerender chunks need the project's node_modules): so build inside, then move to staging.
    const astroOut = path.join(options.root, '.isek', `build-${path.basename(staging)}`);
    env.ISEK_ASTRO_CACHE_DIR = path.join(workDir, 'astro-cache');
    const [astro, openData] = await Promise.allSettled([
      runAstroWorker(options.root, astroOut, env, () => {}),
      renderOpenDataFiles(modelContent, base),
    ]);
    if (astro.status === 'rejected') throw astro.reason;
    if (openData.status === 'rejected') throw openData.reason;
    await moveDir(astroOut, staging);
    await writeRenderedFiles(staging, openData.value);
    const pages = await countPages(staging);
    options.onStage?.({ stage: 'pages', ms: elapsed(start), counts: { pages } });
    // Pagefind runs in a process of its own; any error it reports fails the build.
    const search = await buildSearchIndex(staging, {
      info: () => {},
      error: (message) => process.stderr.write(`${message}\n`),
    });
    options.onStage?.({ stage: 'search', ms: search.ms, counts: { pages: search.pages } });
    // Tells `npm run preview` the base path this site was built for, and `npm run bericht:pdf`
    // where the public site is.
    await writeFile(path.join(staging, BUILD_INFO_FILE), formatBuildInfo(base, project.settings.siteUrl));

    start = performance.now();
    // A rebuild of data already recorded records nothing new.
    snapshot = publication.isNew ? await stageSnapshot(publication.dir, publication.snapshot) : undefined;
    const leftover = await swapIntoPlace(staging, options.outDir);
    // From here the new site is live: what fails now is reported, but the build has succeeded.
    if (leftover) options.onNotice?.(PUBLICATION_TEXT.oldSiteLeft(leftover));
    if (snapshot) {
      const record = recordFile(publication.dir, publication.snapshot);
      try {
        await snapshot.commit();
        options.onNotice?.(PUBLICATION_TEXT.recorded(record));
      } catch (error) {
        await snapshot.discard();
        options.onNotice?.(
          PUBLICATION_TEXT.notRecorded(record, error instanceof Error ? error.message : String(error)),
        );
      }
    }
    options.onStage?.({ stage: 'publish', ms: elapsed(start), counts: { pages } });
    return { ok: true, outDir: path.resolve(options.outDir), base, check, pages };
  } catch (error) {
    await snapshot?.discard();
    await discardStaging(staging);
    await discardStaging(path.join(options.root, '.isek', `build-${path.basename(staging)}`));
    return { ok: false, reason: 'build', error, check };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
