/**
 * The build's Markdown cache: what the last build rendered from the cells' light Markdown, kept in
 * `<project>/.isek/cache/markdown.json` (or `ISEK_CACHE_DIR`), so the next build renders only new
 * and edited texts. After a council meeting most status reports and descriptions are unchanged;
 * rendering them through unified/remark/rehype was most of the build script's own time.
 *
 * Safe by construction:
 * - the file is keyed by a fingerprint of the pipeline: the code of the modules that make up the
 *   pipeline, the packages as installed (npm's record of the installed tree, so a lock file that
 *   arrived before `npm ci` ran does not count) and the Node version (whose Unicode tables the
 *   Markdown parser uses). Any change and the file is ignored, so a result is only reused from
 *   the very same pipeline;
 * - cached HTML goes into the pages as it is, like freshly sanitised HTML: the cache folder must
 *   be writable only by whoever may change the project itself (the default, `.isek/cache/`
 *   inside the project folder, is);
 * - a missing, unreadable or foreign file is an empty cache, never an error: the cache only saves
 *   time, the build renders whatever it does not find;
 * - it holds exactly what the last build used (no growth over the years) and is replaced
 *   atomically, so parallel builds never read half a file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { endReuse, renderedSoFar, reuseRendered, type RenderedMarkdown } from '../lib/input/markdown/render.ts';

/** Environment variable for another cache folder (the benchmark isolates its runs with it). */
export const CACHE_DIR_ENV = 'ISEK_CACHE_DIR';

/** The cache file of the project at `root`, in `env`'s cache folder if it names one. */
export function markdownCacheFile(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(
    env[CACHE_DIR_ENV] ? path.resolve(env[CACHE_DIR_ENV]) : path.join(root, '.isek', 'cache'),
    'markdown.json',
  );
}

/**
 * The modules whose code decides what the pipeline makes of a source (`plain.ts` and
 * `normaliseText` only decide which sources reach it, and under which key).
 */
const PIPELINE_MODULES = ['render.ts', 'tame.ts', 'hast-text.ts'].map(
  (name) => new URL(`../lib/input/markdown/${name}`, import.meta.url),
);

/**
 * npm's record of what is installed in the project's `node_modules` (rewritten by every
 * `npm ci`/`npm install`): unified, remark, rehype and everything below them, as they are.
 */
const INSTALLED_TREE = new URL('../../node_modules/.package-lock.json', import.meta.url);

/**
 * A fingerprint of the Markdown pipeline: its modules' code, the installed packages and the Node
 * version. `null` when any of it cannot be read (e.g. packages installed by another tool than
 * npm): nothing is cached then, and the build renders everything, as it would without a cache.
 */
export async function pipelineFingerprint(installedTree: URL | string = INSTALLED_TREE): Promise<string | null> {
  try {
    const hash = createHash('sha256')
      .update(process.versions.node)
      .update(await readFile(installedTree));
    for (const file of PIPELINE_MODULES) hash.update(await readFile(file));
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/** The file's content. */
interface CacheFile {
  readonly fingerprint: string;
  /** `[source, html, text]` per rendered source. */
  readonly entries: readonly (readonly [string, string, string])[];
}

function isCacheFile(value: unknown): value is CacheFile {
  const file = value as CacheFile | null;
  return (
    typeof file?.fingerprint === 'string' &&
    Array.isArray(file.entries) &&
    file.entries.every((e) => Array.isArray(e) && e.length === 3 && e.every((part) => typeof part === 'string'))
  );
}

/**
 * The results kept in `file` for the pipeline `fingerprint`; empty when there are none for it
 * (no file, another pipeline, a damaged file).
 */
export async function readMarkdownCache(
  file: string,
  fingerprint: string | null,
): Promise<Map<string, RenderedMarkdown>> {
  const results = new Map<string, RenderedMarkdown>();
  if (!fingerprint) return results;
  try {
    const content: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!isCacheFile(content) || content.fingerprint !== fingerprint) return results;
    for (const [source, html, text] of content.entries) results.set(source, { html, text });
  } catch {
    // Missing or damaged: start empty (see the module comment).
  }
  return results;
}

/**
 * Replaces `file` with `results` for the pipeline `fingerprint` (nothing without one). Written
 * next to it first and renamed, so no reader ever sees half a file. Failing to write costs the
 * next build time only, so it is not an error.
 */
export async function writeMarkdownCache(
  file: string,
  fingerprint: string | null,
  results: ReadonlyMap<string, RenderedMarkdown>,
): Promise<void> {
  if (!fingerprint) return;
  const content: CacheFile = {
    fingerprint,
    entries: [...results].map(([source, r]) => [source, r.html, r.text] as const),
  };
  // Unique also across machines sharing the folder (a pid alone is not).
  const partial = `${file}.${randomUUID()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(partial, JSON.stringify(content));
    await rename(partial, file);
  } catch {
    // A read-only project folder, a full disk, a file held open on Windows: the next build
    // renders again (module comment). No half-written file stays behind.
    await rm(partial, { force: true }).catch(() => undefined);
  }
}

/**
 * Runs `work` (whatever reads the cells' HTML or text) with the results the last build of the
 * project at `root` kept, then keeps this run's results for the next build and lets go of both.
 */
export async function withMarkdownCache<T>(
  root: string,
  work: () => Promise<T>,
  options: { readonly env?: NodeJS.ProcessEnv; readonly installedTree?: URL | string } = {},
): Promise<T> {
  const file = markdownCacheFile(root, options.env);
  const fingerprint = await pipelineFingerprint(options.installedTree);
  reuseRendered(await readMarkdownCache(file, fingerprint));
  try {
    const result = await work();
    await writeMarkdownCache(file, fingerprint, renderedSoFar());
    return result;
  } finally {
    endReuse();
  }
}
