/**
 * The Stadtentwicklungsbericht as a multi-page report, built from the sample data with a short
 * `staleReportMonths` (so the stale list runs over several pages) under the base `/isek/`:
 * - every page is reached from the cover along the previous/next links, and together the stale
 *   pages list exactly the stale reports, oldest first;
 * - in Chromium every page fits the 14 KB first-load budget and axe finds no violation;
 * - printed, the report's navigation is hidden, and every table fits an A4 sheet (as at 1280 px);
 * - the whole report on one page (`bericht/gesamt/`) holds every part and every stale report,
 *   is linked from each page of the report and kept out of search engines;
 * - `npm run bericht:pdf` writes ONE PDF holding every page of the report (a bookmark for each
 *   part's heading, at least a sheet per page).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { findChromium, NO_CHROMIUM, type StaticServer, openSite, closeSite } from '../support/browser.ts';
import { FIRST_LOAD_BUDGET, firstLoad } from '../support/first-load.ts';
import { pdfOutlineTitles, pdfPageCount } from '../support/pdf.ts';
import { builtReportUrls, reportPagesInOrder, type ReportPage } from '../support/report.ts';
import { buildSite, readPage, ROOT } from '../support/site.ts';
import { loadProject } from '../../src/lib/load.ts';
import { BUILD_INFO_FILE, formatBuildInfo } from '../../src/build/preview-server.ts';
import { developmentReport } from '../../src/lib/output/development-report/aggregate.ts';
import { WHOLE_REPORT_PATH } from '../../src/lib/output/development-report/pages.ts';
import { REPORT_PAGE_TEXT } from '../../src/lib/i18n/de.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const BASE = '/isek/';
const TODAY = '2026-11-25';
const site = await buildSite({ base: BASE, today: TODAY, settings: { staleReportMonths: 1 } });
const pages: ReportPage[] = site.outcome.ok ? await reportPagesInOrder(site.outDir, BASE) : [];
const staleUrls = pages.map((p) => p.url).filter((u) => u.startsWith(`${BASE}bericht/veraltete-berichte/`));
const wholeUrl = `${BASE}${WHOLE_REPORT_PATH}`;

/**
 * The width an A4 sheet leaves for the content between the PDF's margins (`report-pdf.ts`:
 * 16 mm left and right), in CSS pixels (96 per inch).
 */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** How many lines the open page's `<h1>` takes. */
function headingLines(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1')!;
    const range = document.createRange();
    range.selectNodeContents(h1);
    // Boxes of one line differ in their top by a pixel or so; a new line starts a font size lower.
    const half = parseFloat(getComputedStyle(h1).fontSize) / 2;
    const tops = [...range.getClientRects()].map((r) => r.top).sort((a, b) => a - b);
    return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > half).length;
  });
}

/** Tables of the open page wider than their scroll container or than `<main>`. */
function overflowingTables(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    return [...document.querySelectorAll('main table')]
      .map((table) => {
        const box = table.getBoundingClientRect();
        const container = table.parentElement!;
        return {
          caption: (table.querySelector('caption')?.textContent ?? '').trim(),
          width: Math.ceil(table.scrollWidth),
          room: Math.min(container.clientWidth, Math.floor(main.width)),
          right: box.right - main.right,
        };
      })
      .filter((t) => t.width > t.room || t.right > 1);
  });
}

describe('the report’s pages', () => {
  it('builds', () => {
    expect(site.outcome.ok).toBe(true);
  });

  it('are all reached from the cover in reading order, the stale list over several pages', async () => {
    expect(pages.map((p) => p.url).sort()).toEqual((await builtReportUrls(site.outDir, BASE)).sort());
    expect(staleUrls.length, 'the sample with a one-month limit has a long stale list').toBeGreaterThan(2);
    expect(staleUrls.slice(0, 2)).toEqual([
      `${BASE}bericht/veraltete-berichte/`,
      `${BASE}bericht/veraltete-berichte/seite/2/`,
    ]);
  });

  it('list exactly the stale reports, oldest first, 50 a page', async () => {
    // The build read a copy of the sample data with the changed setting, next to its output.
    const project = await loadProject({ dataDir: path.join(path.dirname(site.outDir), 'daten'), today: TODAY });
    expect(project.settings.staleReportMonths).toBe(1);
    const expected = developmentReport(project.model, { staleReportMonths: 1, today: TODAY }).overall.stale.map(
      (s) => s.slug,
    );
    const perPage = pages
      .filter((p) => staleUrls.includes(p.url))
      .map((p) => [...p.html.matchAll(/<th scope="row"><a href="\/isek\/massnahmen\/([^/]+)\/">/g)].map((m) => m[1]));
    expect(perPage.flat()).toEqual(expected);
    expect(perPage.slice(0, -1).every((rows) => rows.length === 50)).toBe(true);
  });
});

describe.skipIf(!chromium)('the report’s pages in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const weights: string[] = [];

  beforeAll(async () => {
    ({ browser, server } = await openSite(site, BASE));
    page = await browser.newPage();
  });

  afterAll(async () => {
    if (weights.length > 0)
      console.log(`Bericht, first load gzip (budget ${FIRST_LOAD_BUDGET / 1024} KB):\n${weights.join('\n')}`);
    await closeSite(browser, server);
  });

  it.each(pages.map((p) => [p.url] as const))('%s fits in 14 KB and has no axe violation', async (url) => {
    const load = await firstLoad(page, site.outDir, BASE, server.origin + url);
    weights.push(`${(load.total / 1024).toFixed(1).padStart(6)} KB  ${url}`);
    expect(load.total, `${url}: ${load.total} bytes gzip`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    const { violations } = await runAxe(page);
    expect(violations).toEqual([]);
  });

  it('prints without the report’s navigation, and each page’s part starts a new sheet', async () => {
    const context = await browser.newContext();
    const printing = await context.newPage();
    await printing.emulateMedia({ media: 'print' });
    await printing.goto(server.origin + staleUrls[1]!);
    const printed = await printing.evaluate(() => {
      const shown = (e: Element) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
      // Two parts in one document, as the PDF script joins them.
      const part = document.querySelector('.isek-report-part')!;
      part.after(part.cloneNode(true));
      return {
        navigation: [...document.querySelectorAll('nav')]
          .filter(shown)
          .map((e) => e.className || e.getAttribute('aria-label')),
        heading: shown(document.querySelector('h1')!),
        breaks: [...document.querySelectorAll('.isek-report-part')].map((e) => getComputedStyle(e).breakBefore),
      };
    });
    await context.close();
    expect(printed.navigation).toEqual([]);
    expect(printed.heading).toBe(true);
    expect(printed.breaks).toEqual(['auto', 'page']);
  });
});

describe('the whole report on one page', () => {
  it('is linked from every page of the report', () => {
    for (const p of pages) expect(p.html, p.url).toContain(`<a href="${wholeUrl}">${REPORT_PAGE_TEXT.printAll}</a>`);
  });

  it('holds every part in reading order and every stale report in one table, noindex', async () => {
    const html = await readPage(site.outDir, BASE, wholeUrl);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const parts = [...html.matchAll(/<h2 id="teil-([^"]+)">([^<]+)<\/h2>/g)].map((m) => m[2]);
    expect(parts).toEqual([
      REPORT_PAGE_TEXT.parts.produktbereiche,
      REPORT_PAGE_TEXT.parts.ziele,
      REPORT_PAGE_TEXT.parts.zielerreichung,
      REPORT_PAGE_TEXT.parts.fachdienste,
      REPORT_PAGE_TEXT.parts['veraltete-berichte'],
    ]);
    // The same groups as the parts' own pages, by their ids.
    const ids = (h: string) => [...h.matchAll(/<h[23] id="((?:pb|ziel|fd|ze-pb)-[^"]+)"/g)].map((m) => m[1]);
    const partIds = pages.filter((p) => !p.url.includes('veraltete-berichte')).flatMap((p) => ids(p.html));
    // (The goal-achievement overview and its pages per product area share their areas' ids.)
    expect(ids(html)).toEqual([...new Set(partIds)]);
    const staleOnPages = pages
      .filter((p) => staleUrls.includes(p.url))
      .flatMap((p) =>
        [...p.html.matchAll(/<th scope="row"><a href="\/isek\/massnahmen\/([^/]+)\/">/g)].map((m) => m[1]),
      );
    const staleTable = /<caption id="vb-alle">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const staleHere = [...staleTable.matchAll(/<th scope="row"><a href="\/isek\/massnahmen\/([^/]+)\/">/g)].map(
      (m) => m[1],
    );
    expect(staleHere.length).toBeGreaterThan(50);
    expect(staleHere).toEqual(staleOnPages);
    // The contents jump within the page.
    expect(html).toContain('<a href="#teil-ziele">');
  });
});

describe.skipIf(!chromium)('the report in print (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    ({ browser, server } = await openSite(site, BASE));
  });

  afterAll(() => closeSite(browser, server));

  it('fits every table of every page, and of the whole report, on an A4 sheet and at 1280 px', async () => {
    const urls = [...pages.map((p) => p.url), wholeUrl];
    let tables = 0;
    for (const [media, width] of [
      ['print', A4_CONTENT_PX],
      ['screen', 1280],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      await page.emulateMedia({ media });
      for (const url of urls) {
        await page.goto(server.origin + url);
        tables += await page.locator('main table').count();
        expect(await overflowingTables(page), `${media} ${width} px: ${url}`).toEqual([]);
        // Chromium builds the PDF's bookmarks from the printed lines: a wrapped heading loses a space.
        if (media === 'print') expect(await headingLines(page), url).toBe(1);
      }
      await page.close();
    }
    expect(tables, 'tables were measured').toBeGreaterThan(20);
  });

  it('starts each part of the whole report on a new sheet, without the report’s own links', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(server.origin + wholeUrl);
    const printed = await page.evaluate(() => ({
      breaks: [...document.querySelectorAll('main > .isek-report-part')].map((e) => getComputedStyle(e).breakBefore),
      hint: getComputedStyle(document.querySelector('.isek-report-print-hint')!).display,
    }));
    await page.close();
    expect(printed.breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page']);
    expect(printed.hint).toBe('none');
  });
});

describe.skipIf(!chromium)('npm run bericht:pdf', () => {
  it('points the links into the site at the public address the build noted', async () => {
    const copy = path.join(await mkdtemp(path.join(tmpdir(), 'isek-report-site-')), 'site');
    await cp(site.outDir, copy, { recursive: true });
    await writeFile(path.join(copy, BUILD_INFO_FILE), formatBuildInfo(BASE, 'https://www.stadt.example'));
    const file = path.join(path.dirname(copy), 'bericht.pdf');
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'report-pdf.ts'), '--ausgabe', copy, '--datei', file],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const uris = [...(await readFile(file)).toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris.length).toBeGreaterThan(0);
    expect(
      uris.filter((u) => !u.startsWith('https://www.stadt.example/') && !/^https?:\/\/(?!127\.|localhost)/.test(u)),
    ).toEqual([]);
    expect(uris.some((u) => u.startsWith(`https://www.stadt.example${BASE}ziele/`))).toBe(true);
  });

  it('writes one PDF with every page of the report', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'isek-report-pdf-')), 'bericht.pdf');
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'report-pdf.ts'), '--ausgabe', site.outDir, '--datei', file],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`(${pages.length} Seiten der Website in einem Dokument)`);
    const pdf = await readFile(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The sample settings name no public address: links into the site are plain text, never
    // links to the temporary local server.
    expect(result.stdout).toContain('Verweise auf Seiten der Website stehen im PDF als Text');
    expect(pdf.includes('/URI (http://127.0.0.1')).toBe(false);
    expect(pdf.includes('/URI (http://localhost')).toBe(false);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(pages.length);
    const bookmarks = pdfOutlineTitles(pdf);
    for (const heading of [
      'Stadtentwicklungsbericht',
      'Stadtentwicklungsbericht Nach Produktbereich',
      'Stadtentwicklungsbericht Nach Oberziel',
      'Stadtentwicklungsbericht Nach federführendem Fachdienst',
      `Stadtentwicklungsbericht Veraltete Statusberichte – Seite 1 von ${staleUrls.length}`,
      `Stadtentwicklungsbericht Veraltete Statusberichte – Seite ${staleUrls.length} von ${staleUrls.length}`,
    ]) {
      expect(bookmarks).toContain(heading);
    }
  });
});
