/**
 * Sizes of a built site: the whole output, the search index, and the heaviest page's first load
 * (HTML plus the CSS and JS it loads up front, each gzip-compressed as a web server would send it).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssImports, pageAssets, staticImports } from './first-load.ts';
import { WHOLE_REPORT_PATH } from '../src/lib/output/development-report/pages.ts';

/**
 * Pages exempt from the 14 KB first-load budget, weighed apart: the whole report on one page
 * (`/bericht/gesamt/`) grows with the measures by design. Nobody lands on it; it is opened from
 * the report to be printed in one go, and kept out of search engines and the site search (see
 * `WHOLE_REPORT_PATH`).
 */
export const BUDGET_EXEMPT_PAGES: readonly string[] = [`/${WHOLE_REPORT_PATH}`];

/** Total bytes of the files below `dir` (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  let total = 0;
  for (const e of entries) if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}

/** The first-load weight of one page. */
export interface PageWeight {
  /** URL path of the page, e.g. `/massnahmen/`. */
  readonly page: string;
  /** Gzip bytes of the HTML. */
  readonly html: number;
  /** Gzip bytes of its stylesheets. */
  readonly css: number;
  /** Gzip bytes of its scripts and their static imports. */
  readonly js: number;
  /** The sum. */
  readonly total: number;
}

/**
 * Reads assets of a site once each and remembers their gzip size and the assets they import,
 * so weighing 10,000 pages that share one stylesheet reads it once.
 */
class AssetSizes {
  readonly #root: string;
  readonly #cache = new Map<string, Promise<{ bytes: number; imports: string[] }>>();

  constructor(root: string) {
    this.#root = root;
  }

  /** The file for a URL path of the site (served at `/`), or `null` outside the site. */
  file(urlPath: string): string | null {
    const file = path.join(this.#root, decodeURIComponent(urlPath));
    return file.startsWith(this.#root + path.sep) ? file : null;
  }

  /** Gzip bytes of an asset plus, recursively, those of what it imports (each counted once). */
  async weigh(urls: readonly string[], kind: 'css' | 'js', seen: Set<string>): Promise<number> {
    let total = 0;
    for (const url of urls) {
      if (seen.has(url)) continue;
      seen.add(url);
      const asset = await this.#read(url, kind);
      total += asset.bytes + (await this.weigh(asset.imports, kind, seen));
    }
    return total;
  }

  #read(url: string, kind: 'css' | 'js'): Promise<{ bytes: number; imports: string[] }> {
    let pending = this.#cache.get(url);
    if (!pending) {
      pending = (async () => {
        const file = this.file(new URL(url).pathname);
        if (!file) return { bytes: 0, imports: [] };
        const content = await readFile(file).catch(() => null);
        if (!content) return { bytes: 0, imports: [] };
        const text = content.toString('utf8');
        const found = kind === 'css' ? cssImports(text) : staticImports(text);
        return { bytes: gzipSync(content).length, imports: found.map((i) => new URL(i, url).href) };
      })();
      this.#cache.set(url, pending);
    }
    return pending;
  }
}

const ORIGIN = 'http://site.invalid';

/** The URL path a built HTML file is served under (site at `/`, directory format). */
export function pagePathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Weighs every HTML page of a site built for base `/` and returns the heaviest (or `null`) of
 * those under the budget, i.e. all but `exempt` (default {@link BUDGET_EXEMPT_PAGES}).
 */
export async function heaviestPage(
  outDir: string,
  exempt: readonly string[] = BUDGET_EXEMPT_PAGES,
): Promise<PageWeight | null> {
  return (await pageWeights(outDir))
    .filter((w) => !exempt.includes(w.page))
    .reduce<PageWeight | null>((heaviest, w) => (!heaviest || w.total > heaviest.total ? w : heaviest), null);
}

/** The first-load weight of one page by its URL path (`/bericht/gesamt/`), `null` if not built. */
export async function weighPage(outDir: string, page: string): Promise<PageWeight | null> {
  return (await pageWeights(outDir, (p) => p === page))[0] ?? null;
}

/** The first-load weight of every HTML page (or those `wanted`) of a site built for base `/`. */
async function pageWeights(outDir: string, wanted: (page: string) => boolean = () => true): Promise<PageWeight[]> {
  const root = path.resolve(outDir);
  const assets = new AssetSizes(root);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const weights: PageWeight[] = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = path.join(e.parentPath, e.name);
    const page = pagePathOf(path.relative(root, file));
    if (!wanted(page)) continue;
    const content = await readFile(file);
    const found = pageAssets(content.toString('utf8'));
    const pageUrl = `${ORIGIN}${page}`;
    const resolve = (list: readonly string[]) =>
      list
        .map((u) => new URL(u, pageUrl))
        .filter((u) => u.origin === ORIGIN)
        .map((u) => u.href);
    const html = gzipSync(content).length;
    const css = await assets.weigh(resolve(found.stylesheets), 'css', new Set());
    const js = await assets.weigh(resolve(found.scripts), 'js', new Set());
    const total = html + css + js;
    weights.push({ page, html, css, js, total });
  }
  return weights;
}
