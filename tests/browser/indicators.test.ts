/**
 * The indicator pages of the sample site in Chromium:
 * - every chart is an image with a title and a description that states the trend;
 * - the table holds exactly the values the chart draws, as the chart draws them;
 * - links to goals, measures, the method and the CSV file lead to built files, and the CSV holds
 *   the table's values;
 * - at 320 px no page scrolls sideways and the chart's text stays at 12 px or more;
 * - the pages need no script.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, type StaticServer, openSite, closeSite } from '../support/browser.ts';
import { htmlFiles, pathOfFile } from '../support/pages.ts';
import { buildSite, fileForUrl } from '../support/site.ts';
import { formatDecimal } from '../../src/lib/common/format.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const site = await buildSite({ base: '/' });
const files = site.outcome.ok ? await htmlFiles(site.outDir) : [];
/** `kennzahlen/<slug>/`, without the list's later pages. */
const indicatorPages = files
  .filter((f) => /^kennzahlen\/[^/]+\/index\.html$/.test(f) && !f.startsWith('kennzahlen/seite/'))
  .map(pathOfFile);
const otherPages = ['kennzahlen/', 'so-bewerten-wir/', 'bericht/zielerreichung/'];

describe.skipIf(!chromium)('indicator pages (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    ({ browser, server } = await openSite(site));
    page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  });

  afterAll(() => closeSite(browser, server));

  it('the sample site has indicator pages', () => {
    expect(indicatorPages.length).toBeGreaterThan(0);
  });

  it.each(indicatorPages)('/%s: the chart has a title and a description stating the trend', async (pagePath) => {
    await page.goto(`${server.origin}/${pagePath}`);
    const chart = await page.locator('.isek-chart svg[role="img"]').evaluate((svg) => {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
      return {
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        labelledBy: ids.map((id) => document.getElementById(id)?.textContent ?? null),
      };
    });
    expect(chart.title.length).toBeGreaterThan(0);
    expect(chart.desc).toMatch(/Bewertung: /);
    expect(chart.desc).toMatch(/\d{4}/);
    expect(chart.labelledBy).toEqual([chart.title, chart.desc]);
  });

  it.each(indicatorPages)('/%s: the table holds exactly the values the chart draws', async (pagePath) => {
    await page.goto(`${server.origin}/${pagePath}`);
    const drawn = await page
      .locator('.isek-chart svg [data-year]')
      .evaluateAll((marks) =>
        marks.map((m) => [Number(m.getAttribute('data-year')), Number(m.getAttribute('data-value'))]),
      );
    const rows = await page
      .locator('#werte-tabelle tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [
              Number(tr.querySelector('th')!.textContent),
              Number(tr.getAttribute('data-value')),
              tr.querySelector('td')!.textContent!.trim(),
            ] as const,
        ),
      );
    expect(rows.map(([year, value]) => [year, value])).toEqual(drawn);
    // Each value as given, all to one precision (27,0 beside 27,9).
    const decimals = (shown: string) => shown.split(',')[1]?.length ?? 0;
    for (const [, value, shown] of rows) {
      expect(Number(shown.replaceAll('.', '').replace(',', '.'))).toBe(value);
      expect(shown).toBe(formatDecimal(value, decimals(rows[0]![2])));
    }
    expect(new Set(rows.map(([, , shown]) => decimals(shown))).size).toBeLessThanOrEqual(1);
  });

  it.each(indicatorPages)('/%s: links to goals, measures, the method and the CSV file work', async (pagePath) => {
    await page.goto(`${server.origin}/${pagePath}`);
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    const goals = hrefs.filter((h) => h.startsWith('/ziele/'));
    const measures = hrefs.filter((h) => h.startsWith('/massnahmen/'));
    expect(hrefs).toContain('/so-bewerten-wir/');
    const method = await page.locator('main a[href^="/so-bewerten-wir/#bewertung-"]').getAttribute('href');
    expect(
      await page.evaluate(async (href) => {
        const html = await (await fetch(href)).text();
        return new DOMParser().parseFromString(html, 'text/html').getElementById(href.split('#')[1]!) !== null;
      }, method!),
      'the method page explains this assessment',
    ).toBe(true);
    const csv = hrefs.find((h) => h.endsWith('/werte.csv'));
    expect(csv, 'a CSV download').toBeDefined();
    for (const href of [
      ...goals,
      ...measures,
      ...hrefs.filter((h) => h.startsWith('/kennzahlen/') || h === '/so-bewerten-wir/'),
    ]) {
      expect(await fileForUrl(site.outDir, '/', href), href).not.toBeNull();
    }
    const hasGoals = await page.locator('#ziele + .isek-link-list a').count();
    expect(goals.length >= hasGoals).toBe(true);

    // The CSV holds the table's city-wide values.
    const text = await readFile((await fileForUrl(site.outDir, '/', csv!))!, 'utf8');
    const cityRows = text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => line.split(','))
      .filter((fields) => fields[2] === '')
      .map((fields) => [Number(fields[1]), Number(fields[3])]);
    const table = await page
      .locator('#werte-tabelle tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [Number(tr.getAttribute('data-year')), Number(tr.getAttribute('data-value'))]),
      );
    expect(cityRows).toEqual(table);
  });

  it.each([...indicatorPages, ...otherPages])(
    '/%s: no horizontal scroll at 320 px, chart text at 12 px or more',
    async (pagePath) => {
      await page.goto(`${server.origin}/${pagePath}`);
      const { scrollWidth, clientWidth, fontPx } = await page.evaluate(() => {
        const svg = document.querySelector('.isek-chart svg');
        const viewBox = svg?.getAttribute('viewBox')?.split(' ').map(Number);
        const text = svg?.querySelector('text');
        const size = text ? parseFloat(getComputedStyle(text).fontSize) : null;
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          fontPx: svg && viewBox && size ? (size * svg.getBoundingClientRect().width) / viewBox[2]! : null,
        };
      });
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      if (fontPx !== null) expect(fontPx).toBeGreaterThanOrEqual(11.9);
    },
  );

  it.each([...indicatorPages, ...otherPages])('/%s needs no script', async (pagePath) => {
    const html = await readFile(path.join(site.outDir, pagePath, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script\b/);
  });
});
