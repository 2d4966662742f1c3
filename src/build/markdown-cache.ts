/**
 * The build's Markdown cache: what the last build rendered from the cells' light Markdown, kept in
 * `<project>/.isek/cache/markdown.json` (or `ISEK_CACHE_DIR`), so the next build renders only new
 * and edited texts. After a council meeting most status reports and descriptions are unchanged;
 * rendering them through unified/remark/rehype was most of the build script's own time
 * (about 1 s at 3,000 measures).
 *
 * Safe by construction:
 * - the file is keyed by a fingerprint of the pipeline: the source of the modules that make up
 *   the pipeline and the lock file of the installed packages. Any change to either and the file
 *   is ignored, so a result is only reused from the very same pipeline;
 * - a missing, unreadable or foreign file is an empty cache, never an error: the cache only saves
 *   time, the build renders whatever it does not find;
 * - it holds exactly what the last build used (no growth over the years) and is replaced
 *   atomically, so parallel builds never read half a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderedSoFar, reuseRendered, type RenderedMarkdown } from '../lib/markdown/render.ts';

/** Environment variable for another cache folder (the benchmark isolates its runs with it). */
export const CACHE_DIR_ENV = 'ISEK_CACHE_DIR';

/** The cache file of the project at `root`, in `env`'s cache folder if it names one. */
export function markdownCacheFile(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env[CACHE_DIR_ENV] ? path.resolve(env[CACHE_DIR_ENV]) : path.join(root, '.isek', 'cache'), 'markdown.json');
}

/** The modules whose code decides what the pipeline makes of a source. */
const PIPELINE_MODULES = ['render.ts', 'tame.ts', 'hast-text.ts'].map((name) => new URL(`../lib/markdown/${name}`, import.meta.url));

/**
 * A fingerprint of the Markdown pipeline: its modules' code and the project's lock file (which
 * pins unified, remark, rehype and everything below them). `null` without a lock file: the
 * installed versions are then unknown and nothing is cached.
 */
export async function pipelineFingerprint(root: string): Promise<string | null> {
  const lock = await readFile(path.join(root, 'package-lock.json')).catch(() => null);
  if (!lock) return null;
  const hash = createHash('sha256').update(lock);
  for (const file of PIPELINE_MODULES) hash.update(await readFile(file));
  return hash.digest('hex');
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
export async function readMarkdownCache(file: string, fingerprint: string | null): Promise<Map<string, RenderedMarkdown>> {
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
  const content: CacheFile = { fingerprint, entries: [...results].map(([source, r]) => [source, r.html, r.text] as const) };
  const partial = `${file}.${process.pid}.tmp`;
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
 * project at `root` kept, then keeps this run's results for the next build.
 */
export async function withMarkdownCache<T>(root: string, work: () => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const file = markdownCacheFile(root, env);
  const fingerprint = await pipelineFingerprint(root);
  reuseRendered(await readMarkdownCache(file, fingerprint));
  const result = await work();
  await writeMarkdownCache(file, fingerprint, renderedSoFar());
  return result;
}
