/**
 * Test support: build the site from a data folder into a temporary folder (once per data folder,
 * base and day within a whole test run, shared by all workers), and inspect the built files.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { runBuild, type BuildOutcome } from '../../src/build/run-build.ts';
import { dataWithPublicationHistory } from './publication-history.ts';

declare module 'vitest' {
  /** Values the global setup (`tests/support/global-setup.ts`) hands to every test file. */
  export interface ProvidedContext {
    /** A folder that lives as long as the test run; builds shared across workers go here. */
    siteCacheDir: string;
  }
}

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed sample data. */
export const SAMPLE_DATA = path.join(ROOT, 'data');

const builds = new Map<string, Promise<{ outcome: BuildOutcome; outDir: string }>>();

/**
 * Builds the site, once per data folder, base, day and settings in the whole test run: the first
 * test file (in any worker) that asks builds it, the others wait for that build and reuse it.
 * Without the global setup (a single file run some other way) it builds once per worker.
 *
 * `settings`: entries that replace those of the data folder's `einstellungen.json`; the build
 * then reads a copy of the data folder next to its output, so the original stays untouched.
 */
export function buildSite(
  options: { dataDir?: string; base?: string; today?: string; settings?: Readonly<Record<string, unknown>> } = {},
) {
  const dataDir = options.dataDir ?? SAMPLE_DATA;
  const base = options.base ?? '/';
  const today = options.today ?? '2026-11-25';
  const settings = options.settings;
  const key = `${dataDir}\u0000${base}\u0000${today}${settings ? `\u0000${JSON.stringify(settings)}` : ''}`;
  let pending = builds.get(key);
  if (!pending) {
    pending = sharedBuild(key, () => ({ dataDir, base, today, settings }));
    builds.set(key, pending);
  }
  return pending;
}

/** A copy of a data folder (without its publication record) with some settings replaced. */
async function dataWithSettings(
  dataDir: string,
  settings: Readonly<Record<string, unknown>>,
  copy: string,
): Promise<string> {
  await cp(dataDir, copy, { recursive: true, filter: (source) => path.basename(source) !== 'veroeffentlichungen' });
  const file = path.join(copy, 'einstellungen.json');
  const own = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...own, ...settings }, null, 2));
  return copy;
}

/** The outcome file a finished shared build leaves next to its `dist`. */
const OUTCOME_FILE = 'outcome.json';

async function sharedBuild(
  key: string,
  what: () => { dataDir: string; base: string; today: string; settings?: Readonly<Record<string, unknown>> },
) {
  const build = async (outDir: string) => {
    const { base, today, settings } = what();
    let dataDir = settings
      ? await dataWithSettings(what().dataDir, settings, path.join(path.dirname(outDir), 'daten'))
      : what().dataDir;
    // The sample data gets earlier publications (in a copy), so the site has the archive pages
    // and measure histories, and no run depends on what an earlier run recorded in `data/`.
    if (what().dataDir === SAMPLE_DATA)
      dataDir = await dataWithPublicationHistory(dataDir, path.join(path.dirname(outDir), 'daten-mit-archiv'), today);
    const outcome = await runBuild({ dataDir, outDir, base, root: ROOT, today });
    return { outcome, outDir };
  };
  const cacheDir = providedCacheDir();
  if (!cacheDir) return build(path.join(await mkdtemp(path.join(tmpdir(), 'isek-site-')), 'dist'));

  const slot = path.join(cacheDir, createHash('sha256').update(key).digest('hex').slice(0, 16));
  const outDir = path.join(slot, 'dist');
  const outcomeFile = path.join(slot, OUTCOME_FILE);
  // mkdir is atomic: exactly one worker wins the slot and builds; the others wait for its outcome.
  const won = await mkdir(slot).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (won) {
    let record: SharedOutcome;
    try {
      record = { outcome: (await build(outDir)).outcome };
    } catch (error) {
      record = { thrown: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    // Written under another name and renamed, so a waiting worker never reads half a file.
    const json = JSON.stringify(record, (_k, v: unknown) => (v instanceof Error ? String(v) : v));
    await writeFile(`${outcomeFile}.tmp`, json);
    await rename(`${outcomeFile}.tmp`, outcomeFile);
  }
  for (;;) {
    const text = await readFile(outcomeFile, 'utf8').catch(() => null);
    if (text !== null) {
      const record = JSON.parse(text) as SharedOutcome;
      if ('thrown' in record) throw new Error(`Build failed in another worker: ${record.thrown}`);
      return { outcome: record.outcome, outDir };
    }
    await sleep(250);
  }
}

/** What the building worker leaves for the others. */
type SharedOutcome = { readonly outcome: BuildOutcome } | { readonly thrown: string };

/** The run-wide cache folder from the global setup, or `undefined` when there is none. */
function providedCacheDir(): string | undefined {
  try {
    return inject('siteCacheDir');
  } catch {
    return undefined;
  }
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The file a URL path maps to on a plain static server, or `null` when there is none. */
export async function fileForUrl(outDir: string, base: string, urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(base)) return null;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidate = path.join(outDir, rest);
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    const index = path.join(candidate, 'index.html');
    await stat(index);
    return index;
  } catch {
    return null;
  }
}

/** `href` and `src` values of a page (attribute values only, entities for & decoded). */
export function linksOf(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) found.push(m[1]!.replace(/&amp;/g, '&'));
  return found;
}

/** Reads a built page by its URL path. */
export async function readPage(outDir: string, base: string, urlPath: string): Promise<string> {
  const file = await fileForUrl(outDir, base, urlPath);
  if (!file) throw new Error(`Keine Seite für ${urlPath}`);
  return readFile(file, 'utf8');
}
