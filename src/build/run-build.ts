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
import { MODEL_HANDOFF_ENV, MODEL_READY_MESSAGE } from './model-handoff.ts';
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

/** The Astro build, running in a child process on this same Node. */
interface AstroWorker {
  /** Resolves when Astro has written the site; rejects with its exit code when it failed. */
  readonly done: Promise<void>;
  /** Tells the process that the model file is complete: its pages may now be rendered. */
  handOver(): void;
  /** Ends the process (the data had errors) and resolves once it has ended. */
  stop(): Promise<void>;
}

/**
 * Starts the Astro build in a child process, forwarding stage reports and Astro's own output.
 * It loads and bundles at once, but renders no page before {@link AstroWorker.handOver}.
 */
function startAstroWorker(
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  onStage: (e: StageEvent) => void,
): AstroWorker {
  const child = spawn(process.execPath, [...ASTRO_WORKER_NODE_FLAGS, WORKER, root, outDir], {
    cwd: root,
    env: astroWorkerEnv({ ...env, [MODEL_HANDOFF_ENV]: '1' }),
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    const event = parseStageLine(line);
    if (event) onStage(event);
    else if (line.trim()) process.stdout.write(`${line}\n`);
  });
  const closed = new Promise<number | null>((resolve) => {
    child.on('close', resolve);
    child.on('error', () => resolve(null));
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    void closed.then((code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`))));
  });
  // Awaited only when the data was fine; a process ended for data errors must not raise.
  done.catch(() => {});
  return {
    done,
    handOver() {
      // A process that already failed has no channel; its exit code tells why.
      if (child.connected) child.send(MODEL_READY_MESSAGE, () => {});
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await closed;
    },
  };
}

const elapsed = (start: number) => Math.round(performance.now() - start);

/** The environment of the Astro process. */
function astroEnv(options: BuildOptions, base: string, modelFile: string, workDir: string): NodeJS.ProcessEnv {
  return {
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
    ISEK_ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'),
  };
}

/**
 * Runs the build. With data errors nothing is built and `outDir` is not touched. With a failure
 * inside Astro or Pagefind the staging folder is discarded and `outDir` is not touched either.
 */
export async function runBuild(options: BuildOptions): Promise<BuildOutcome> {
  let start = performance.now();
  const workDir = await mkdtemp(path.join(tmpdir(), 'isek-build-'));
  const modelFile = path.join(workDir, 'model.json');
  const staging = stagingDirFor(options.outDir);
  // Astro keeps its intermediate files in the output folder only when that lies inside the
  // project (else in the shared `<root>/.astro/`, where parallel builds collide, and its
  // prerender chunks need the project's node_modules): so build inside, then move to staging.
  const astroOut = path.join(options.root, '.isek', `build-${path.basename(staging)}`);
  let astro: AstroWorker | undefined;
  let base = '/';
  let snapshot: StagedSnapshot | undefined;
  let built = false;
  let check: CheckJson | undefined;
  try {
    const project: ProjectResult = await loadProject({
      dataDir: options.dataDir,
      today: options.today,
      // Astro starts as soon as the base path is known: it loads and bundles while the data is
      // read and checked here, on the other core.
      onSettings: (settings) => {
        base = resolveBasePath(options.base, process.env, settings.basePath);
        astro = startAstroWorker(options.root, astroOut, astroEnv(options, base, modelFile, workDir), () => {});
      },
      onRead: (counts) => {
        options.onStage?.({ stage: 'read', ms: elapsed(start), counts: { ...counts } });
        start = performance.now();
      },
    });
    check = toCheckJson(project);
    const { measures, goals, departments, errors, warnings } = check.counts;
    options.onStage?.({
      stage: 'check',
      ms: elapsed(start),
      counts: { measures, goals, departments, errors, warnings },
    });
    options.onChecked?.(check);
    if (!project.ok) return { ok: false, reason: 'data', check };
    // Publishing replaces the output folder whole: never one that holds anything else.
    const problem = await outputDirProblem(options.outDir, { root: options.root, dataDir: options.dataDir });
    if (problem) return { ok: false, reason: 'output', problem, check };
    if (!astro) throw new Error('Astro was not started');

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
    astro.handOver();
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
    start = performance.now();
    const [astroRun, openData] = await Promise.allSettled([astro.done, renderOpenDataFiles(modelContent, base)]);
    if (astroRun.status === 'rejected') throw astroRun.reason;
    if (openData.status === 'rejected') throw openData.reason;
    await moveDir(astroOut, staging);
    await writeRenderedFiles(staging, openData.value);
    const pageCount = await countPages(staging);
    options.onStage?.({ stage: 'pages', ms: elapsed(start), counts: { pages: pageCount } });
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
    options.onStage?.({ stage: 'publish', ms: elapsed(start), counts: { pages: pageCount } });
    built = true;
    return { ok: true, outDir: path.resolve(options.outDir), base, check, pages: pageCount };
  } catch (error) {
    await snapshot?.discard();
    await discardStaging(staging);
    // Without a check result the data could not even be read: a fault, not a build failure.
    if (!check) throw error;
    return { ok: false, reason: 'build', error, check };
  } finally {
    // Data errors, a bad output folder or a failure: the Astro process must not go on.
    if (!built) {
      await astro?.stop();
      await discardStaging(astroOut);
    }
    await rm(workDir, { recursive: true, force: true });
  }
}
