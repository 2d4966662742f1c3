/**
 * Test support: build the site from a data folder into a temporary folder (once per data folder
 * and base within a test run), and inspect the built files.
 */
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild, type BuildOutcome } from '../../src/build/run-build.ts';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed sample data. */
export const SAMPLE_DATA = path.join(ROOT, 'data');

const builds = new Map<string, Promise<{ outcome: BuildOutcome; outDir: string }>>();

/**
 * Builds the site (memoised per data folder and base, so several test files share one build when
 * they run in the same worker).
 */
export function buildSite(options: { dataDir?: string; base?: string; today?: string } = {}) {
  const dataDir = options.dataDir ?? SAMPLE_DATA;
  const base = options.base ?? '/';
  const key = `${dataDir}\u0000${base}`;
  let pending = builds.get(key);
  if (!pending) {
    pending = (async () => {
      const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'isek-site-')), 'dist');
      const outcome = await runBuild({ dataDir, outDir, base, root: ROOT, today: options.today ?? '2026-11-25' });
      return { outcome, outDir };
    })();
    builds.set(key, pending);
  }
  return pending;
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
