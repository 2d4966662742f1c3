/**
 * The site on a phone, in Chromium (issue 15):
 * - at 320 px no page type scrolls sideways, and the lists of measures and departments are cards,
 *   not a table region that scrolls inside;
 * - at 390 × 844 the first result is visible without scrolling on `/massnahmen/` (on load) and
 *   on `/suche/` (after a search), and a keyboard user reaches it in a fixed number of Tabs;
 * - at 1280 px the overview's filters stand beside its seven-column table, which fits;
 * - the filters sit behind „Filter (n aktiv)“ on narrow screens, chosen filters are removable
 *   tags, and without JavaScript the overview still shows its complete page of measures;
 * - „Diese Auswahl herunterladen“ gives a CSV of the filtered list for German Excel.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findChromium,
  NO_CHROMIUM,
  type StaticServer,
  openSite,
  closeSite,
  searchSettled,
  overviewSettled,
} from '../support/browser.ts';
import { representativePages } from '../support/pages.ts';
import { buildSite } from '../support/site.ts';
import { OVERVIEW_PAGE_SIZE as PAGE_SIZE } from '../../src/utils/pagination.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const site = await buildSite({ base: '/' });
const samples = site.outcome.ok ? await representativePages(site.outDir) : [];

/** The page types the issue names, by their type in `representativePages` (fullest variant). */
const PAGE_TYPES = [
  'start',
  'massnahmen/',
  'massnahmen/*',
  'ziele/*',
  'fachdienste/*',
  'produktbereiche/*',
  'sdg/*',
  'stadtteile/*',
  'kennzahlen/',
  'kennzahlen/*',
  'aenderungen/',
  'daten/',
  'suche/',
  'bericht/',
];

function pathsOfTypes(): string[] {
  return PAGE_TYPES.map((type) => {
    const sample = samples.find((s) => s.type === type && s.variant !== 'sparsest');
    if (!sample) throw new Error(`Kein Beispiel für ${type}`);
    return type === 'suche/' ? `${sample.path}?q=Schule` : sample.path;
  });
}

/** Tab presses from the top of the page until `selector` has focus; throws after `max`. */
async function tabsTo(page: Page, selector: string, max = 60): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  throw new Error(`${selector} nach ${max} Tabs nicht erreicht`);
}

/** Whether the element lies entirely inside the viewport, without scrolling. */
function inViewport(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, visible: r.top >= 0 && r.bottom <= innerHeight };
    });
}

const FIRST_MEASURE = '.isek-measure-table tbody th a';
const FIRST_RESULT = '[data-search-results] .isek-search-result__title a';

describe.skipIf(!chromium)('phones (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    ({ browser, server } = await openSite(site));
  });

  afterAll(() => closeSite(browser, server));

  describe('at 320 px', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(pathsOfTypes())('/%s does not scroll sideways and cuts no table caption', async (pagePath) => {
      await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // A data table may scroll inside its region, but its caption stays within the screen.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('caption')]
          .filter((c) => c.getBoundingClientRect().right > innerWidth + 0.5)
          .map((c) => c.textContent),
      );
      expect(cut).toEqual([]);
      // A table marked as cards (`ScrollTable` with `stack`) has its card rules on this page.
      const stacked = await page.evaluate(() =>
        [...document.querySelectorAll('table.isek-stack tbody tr')].map((tr) => getComputedStyle(tr).display),
      );
      expect(stacked.filter((display) => display !== 'flex')).toEqual([]);
    });

    it.each(['massnahmen/', pathsOfTypes()[6]!, pathsOfTypes()[5]!, 'fachdienste/'])(
      '/%s shows its list as cards that need no scrolling inside',
      async (pagePath) => {
        await page.goto(server.url + pagePath);
        const cards = await page.evaluate(() => {
          const table = document.querySelector('table.isek-stack')!;
          const region = table.closest('.isek-table-scroll')!;
          const row = table.querySelector('tbody tr')!;
          const caption = table.querySelector('caption')!;
          const label = getComputedStyle(row.querySelector('td')!, '::before').content;
          return {
            scrolls: region.scrollWidth > region.clientWidth,
            rowDisplay: getComputedStyle(row).display,
            headHidden: table.querySelector('thead')!.getBoundingClientRect().height <= 1,
            label,
            captionCut: caption.scrollWidth > caption.clientWidth,
          };
        });
        // The cards keep the table's semantics: the browser still exposes rows and cells.
        const rowsExposed = await page.locator('table.isek-stack tbody').first().getByRole('row').count();
        expect(cards.scrolls).toBe(false);
        expect(cards.rowDisplay).toBe('flex');
        expect(cards.headHidden).toBe(true);
        expect(cards.label).toContain('Nr.');
        expect(cards.captionCut).toBe(false);
        expect(rowsExposed).toBeGreaterThan(0);
      },
    );

    it.each(['daten/', 'stadtteile/stoer/'])(
      '/%s shows its record tables as cards, none scrolls inside',
      async (pagePath) => {
        await page.goto(server.url + pagePath);
        const tables = await page.evaluate(() =>
          [...document.querySelectorAll('table.isek-stack')].map((table) => ({
            id: table.id || table.querySelector('caption')?.textContent,
            scrolls:
              table.closest('.isek-table-scroll')!.scrollWidth > table.closest('.isek-table-scroll')!.clientWidth,
            label: getComputedStyle(table.querySelector('tbody td')!, '::before').content,
          })),
        );
        expect(tables.length).toBeGreaterThan(0);
        for (const t of tables)
          expect(t).toMatchObject({ scrolls: false, label: expect.stringMatching(/^".+" \/ ""$/) });
      },
    );
  });

  describe('at 1280 px', () => {
    it('the measure overview is a table with seven visible columns', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}massnahmen/`);
      const shown = await page.evaluate(() => ({
        row: getComputedStyle(document.querySelector('.isek-measure-table tbody tr')!).display,
        headers: [...document.querySelectorAll('.isek-measure-table thead th')].filter(
          (th) => th.getBoundingClientRect().width > 0,
        ).length,
      }));
      await context.close();
      expect(shown).toEqual({ row: 'table-row', headers: 7 });
    });

    /** Where the overview's filters stand, whether its table scrolls sideways, and whether the first measure shows. */
    async function overviewLayout(width: number) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}massnahmen/`);
      await page.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'attached' });
      const layout = await page.evaluate(() => {
        const filters = document.querySelector('.isek-measure-filter')!.getBoundingClientRect();
        const region = document.querySelector('.isek-measure-table')!.closest('.isek-table-scroll')!;
        const table = region.getBoundingClientRect();
        return {
          beside: filters.right <= table.left && Math.abs(filters.top - table.top) < 2,
          above: filters.bottom <= table.top,
          scrollsSideways: region.scrollWidth > region.clientWidth,
        };
      });
      const first = await inViewport(page, FIRST_MEASURE);
      await context.close();
      return { ...layout, firstVisible: first.visible };
    }

    it('/massnahmen/: the filters stand beside the table, which fits, and the first measure shows', async () => {
      expect(await overviewLayout(1280)).toEqual({
        beside: true,
        above: false,
        scrollsSideways: false,
        firstVisible: true,
      });
    });

    it('/massnahmen/ below 80em: the filters stand above the table, which fits', async () => {
      const layout = await overviewLayout(1100);
      expect(layout).toMatchObject({ beside: false, above: true, scrollsSideways: false });
    });

    it('/suche/: a keyboard user skips the filters beside the results with one link', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}suche/?q=Schule`);
      await searchSettled(page, { announced: true });
      await page.locator('#suche-q').focus();
      // The search button, then the link past the filters.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const link = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement;
        return { text: a.textContent, href: a.getAttribute('href'), visible: a.getBoundingClientRect().width > 1 };
      });
      expect(link).toEqual({ text: 'Zu den Ergebnissen springen', href: '#suche-ergebnisse-titel', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('suche-ergebnisse-titel');
      // The sort order, then the first result.
      expect(await tabsTo(page, FIRST_RESULT, 5)).toBeLessThanOrEqual(3);
      await context.close();
    });

    it('/massnahmen/ without JavaScript: no empty filter column, the table starts at the left edge', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}massnahmen/`);
      const left = await page.evaluate(() => ({
        table: document.querySelector('.isek-measure-table')!.closest('.isek-table-scroll')!.getBoundingClientRect()
          .left,
        heading: document.querySelector('h1')!.getBoundingClientRect().left,
      }));
      await context.close();
      expect(left.table).toBe(left.heading);
    });
  });

  describe('at 390 × 844', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('/massnahmen/: the first measure is visible on load', async () => {
      await page.goto(`${server.url}massnahmen/`);
      await page.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'attached' });
      const first = await inViewport(page, FIRST_MEASURE);
      expect(first.visible, JSON.stringify(first)).toBe(true);
    });

    it('/bericht/: the status charts show their labels above the bars, at a readable size', async () => {
      await page.goto(`${server.url}bericht/`);
      const charts = await page.$$eval('svg.isek-status-chart', (svgs) =>
        svgs.map((svg) => {
          const shown = getComputedStyle(svg).display !== 'none';
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const text = svg.querySelector('text');
          return {
            wide: svg.classList.contains('isek-status-chart--wide'),
            shown,
            px: Number(text?.getAttribute('font-size')) * scale,
          };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      // A chart of several bars is drawn twice; on a phone the narrow drawing shows, the wide one not.
      expect(charts.some((c) => c.wide)).toBe(true);
      for (const c of charts) expect(c.shown, JSON.stringify(c)).toBe(!c.wide);
      for (const c of charts.filter((x) => x.shown)) expect(c.px, JSON.stringify(c)).toBeGreaterThanOrEqual(12);
    });

    it('/suche/: the first result is visible after a search', async () => {
      await page.goto(`${server.url}suche/`);
      await page.locator('#suche-q').fill('Schule');
      await page.locator('#suche-q').press('Enter');
      await page.locator(FIRST_RESULT).first().waitFor();
      const first = await inViewport(page, FIRST_RESULT);
      expect(first.visible, JSON.stringify(first)).toBe(true);
    });

    it('a keyboard user reaches the first measure in 3 Tabs after the skip link', async () => {
      await page.goto(`${server.url}massnahmen/`);
      await page.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'attached' });
      expect(await tabsTo(page, '.isek-skip-link')).toBe(1);
      await page.keyboard.press('Enter');
      // „Filter“, the table's region (focusable for scrolling on wide screens), the first link.
      expect(await tabsTo(page, FIRST_MEASURE)).toBe(3);
    });

    it('a keyboard user reaches the first search result in 5 Tabs after the skip link', async () => {
      await page.goto(`${server.url}suche/?q=Schule`);
      await searchSettled(page, { announced: true });
      expect(await tabsTo(page, '.isek-skip-link')).toBe(1);
      await page.keyboard.press('Enter');
      // Query, „Suchen“, „Filter“, sort order, first result.
      expect(await tabsTo(page, FIRST_RESULT)).toBe(5);
    });

    it('/massnahmen/: the filters open in place; a chosen filter is a removable tag', async () => {
      await page.goto(`${server.url}massnahmen/`);
      await page.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'attached' });
      const toggle = page.locator('[data-filter-toggle]');
      const status = page.locator('#massnahmen-tabelle-filter-status');
      const pageTitle = await page.title();
      expect(pageTitle).toMatch(/^Maßnahmen – Seite 1 von \d+ – /);
      expect(await toggle.innerText()).toBe('Filter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await status.isVisible()).toBe(false);

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await status.isVisible()).toBe(true);
      await status.selectOption('in-progress');
      await page.waitForURL(/status=in-progress/);
      await overviewSettled(page);
      expect(await toggle.innerText()).toBe('Filter (1 aktiv)');
      // The document title names the filtered list, not page 1 of the complete one.
      expect(await page.title()).toMatch(/^Gefilterte Maßnahmen \(\d+ von 240\) – /);
      const tag = page.getByRole('button', { name: 'Status: in Umsetzung entfernen' });
      expect(await tag.count()).toBe(1);

      // Options without results come last in their select, with their count.
      const options = await page
        .locator('#massnahmen-tabelle-filter-fachdienst option')
        .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).text));
      const counts = options.slice(1).map((t) => Number(/\((\d+)\)$/.exec(t)![1]));
      const firstEmpty = counts.indexOf(0);
      if (firstEmpty >= 0) expect(counts.slice(firstEmpty).every((c) => c === 0)).toBe(true);

      await tag.click();
      await page.waitForURL((url) => !url.search.includes('status='));
      expect(await toggle.innerText()).toBe('Filter');
      expect(await page.title()).toBe(pageTitle);
      expect(await page.locator('[data-chosen]').isHidden()).toBe(true);
      // Focus is not lost: it goes to the toggle.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filter-toggle'))).toBe(true);
    });

    it('/suche/: chosen facets are tags, the toggle counts them', async () => {
      await page.goto(`${server.url}suche/?q=Schule&typ=Ma%C3%9Fnahme`);
      await page.locator(FIRST_RESULT).first().waitFor();
      const toggle = page.locator('[data-filter-toggle]');
      expect(await toggle.innerText()).toBe('Filter (1 aktiv)');
      expect(await page.locator('.isek-search-facet').first().isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Seitentyp: Maßnahme entfernen' }).click();
      await page.waitForURL((url) => !url.search.includes('typ='));
      expect(await toggle.innerText()).toBe('Filter');
      await toggle.click();
      expect(await page.locator('.isek-search-facet').first().isVisible()).toBe(true);
    });
  });

  it('without JavaScript the overview shows its whole page of measures, no toggle, no form', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}massnahmen/`);
    const seen = {
      cards: await page.locator('.isek-measure-table tbody tr').count(),
      visibleCards: await page.locator('.isek-measure-table tbody tr:visible').count(),
      toggle: await page.locator('[data-filter-toggle]').isVisible(),
      form: await page.locator('form[data-measure-filter]').isVisible(),
      pagination: await page.locator('nav[data-pagination]').isVisible(),
    };
    await context.close();
    expect(seen).toEqual({ cards: PAGE_SIZE, visibleCards: PAGE_SIZE, toggle: false, form: false, pagination: true });
  });

  it('„Diese Auswahl herunterladen“ gives the filtered list as CSV for German Excel', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}massnahmen/?status=in-progress`);
    await page.locator('form[data-measure-filter][data-ready]').waitFor();
    const matching = Number(/(\d+) von/.exec(await page.locator('[data-filter-status]').innerText())![1]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Diese Auswahl herunterladen' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    await context.close();
    expect(download.suggestedFilename()).toBe('massnahmen-auswahl.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('nr;titel;art;status;')).toBe(true);
    const records = text.split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records.length - 2).toBe(matching);
    expect(records.slice(1, -1).every((r) => r.includes(';in Umsetzung;'))).toBe(true);
  });
});
