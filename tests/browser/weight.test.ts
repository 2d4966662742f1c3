/**
 * Weight of the first load, in Chromium, for one representative per page type: the HTML plus
 * every stylesheet and script the page loads before it is idle, gzip-compressed as a server would
 * send them, must fit in 14 KB (the first round trip of a new connection). Pagefind's code and
 * index load on the search page only (there they are the content, not counted here), never on
 * any other page. Long measure lists are split into pages of 50 (`utils/pagination.ts`), so this
 * holds at any number of measures; the overview's data for filtering is fetched after the first
 * load (a `fetch`, not counted).
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, type StaticServer, openSite, closeSite } from '../support/browser.ts';
import { representativePages } from '../support/pages.ts';
import { buildSite, fileForUrl } from '../support/site.ts';
import { WHOLE_REPORT_PATH } from '../../src/lib/output/development-report/pages.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

/** 14 KiB: about ten TCP segments, what a new connection delivers in its first round trip. */
const BUDGET = 14 * 1024;

const site = await buildSite({ base: '/' });
/**
 * Every page type but one: the whole report on one page (`/bericht/gesamt/`) grows with the
 * measures by design and is exempt. Nobody lands on it; it is opened from the report to be
 * printed in one go, and kept out of search engines and the site search (see
 * `WHOLE_REPORT_PATH`). Its own test below checks that it is exactly that page.
 */
const allSamples = site.outcome.ok ? await representativePages(site.outDir) : [];
const samples = allSamples.filter((s) => s.path !== WHOLE_REPORT_PATH);

/** One page's first load. */
interface Load {
  readonly page: string;
  /** Gzip bytes per loaded file (HTML, CSS, JS), by URL path. */
  readonly files: ReadonlyMap<string, number>;
  readonly total: number;
  /** Requests for the search index or Pagefind's code. */
  readonly pagefind: readonly string[];
}

const gzipCache = new Map<string, number>();
async function gzipSize(urlPath: string): Promise<number> {
  let size = gzipCache.get(urlPath);
  if (size === undefined) {
    const file = await fileForUrl(site.outDir, '/', urlPath);
    if (!file) throw new Error(`Nicht gebaut: ${urlPath}`);
    size = gzipSync(await readFile(file)).length;
    gzipCache.set(urlPath, size);
  }
  return size;
}

async function firstLoad(page: Page, origin: string, pagePath: string): Promise<Load> {
  const requested: { path: string; type: string }[] = [];
  const listener = (r: { url(): string; resourceType(): string }) => {
    const url = new URL(r.url());
    if (url.origin === origin) requested.push({ path: url.pathname, type: r.resourceType() });
  };
  page.on('request', listener);
  await page.goto(`${origin}/${pagePath}`, { waitUntil: 'networkidle' });
  page.off('request', listener);
  const files = new Map<string, number>();
  for (const r of requested) {
    if (r.path.includes('/pagefind/')) continue;
    if (['document', 'stylesheet', 'script'].includes(r.type)) files.set(r.path, await gzipSize(r.path));
  }
  return {
    page: `/${pagePath}`,
    files,
    total: [...files.values()].reduce((a, b) => a + b, 0),
    pagefind: requested.filter((r) => r.path.includes('/pagefind/')).map((r) => r.path),
  };
}

describe.skipIf(!chromium)('first-load weight (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const loads: Load[] = [];

  beforeAll(async () => {
    ({ browser, server } = await openSite(site));
    page = await browser.newPage();
  });

  afterAll(async () => {
    if (loads.length > 0) {
      const rows = loads.map(
        (l) =>
          `${(l.total / 1024).toFixed(1).padStart(6)} KB  ${l.page}  (${[...l.files].map(([p, s]) => `${p.split('/').pop() || 'html'} ${(s / 1024).toFixed(1)}`).join(', ')})`,
      );
      console.log(`First load, gzip (budget ${BUDGET / 1024} KB):\n${rows.join('\n')}`);
    }
    await closeSite(browser, server);
  });

  it.each(samples.map((s) => [s.type, s.path] as const))('%s (/%s) fits in 14 KB', async (type, pagePath) => {
    const load = await firstLoad(page, server.origin, pagePath);
    loads.push(load);
    expect(load.files.size, 'at least the HTML').toBeGreaterThan(0);
    if (type !== 'suche/') expect(load.pagefind, 'search code on a page that does not search').toEqual([]);
    expect(load.total, `${load.page}: ${load.total} bytes gzip`).toBeLessThanOrEqual(BUDGET);
  });

  it('exempts only the whole report, which is noindex and outside the site search', async () => {
    expect(allSamples.filter((s) => !samples.includes(s)).map((s) => s.path)).toEqual([WHOLE_REPORT_PATH]);
    const html = await readFile((await fileForUrl(site.outDir, '/', `/${WHOLE_REPORT_PATH}`))!, 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('measures the measure overview and its further pages (the longest lists of the site)', () => {
    const types = samples.map((s) => s.type);
    expect(types).toContain('massnahmen/');
    expect(types).toContain('massnahmen/seite/*');
  });

  it('loads the search code on the search page (so the rule above can tell it apart)', async () => {
    const searching = await firstLoad(page, server.origin, 'suche/?q=Schule');
    expect(searching.pagefind.length).toBeGreaterThan(0);
  });
});
