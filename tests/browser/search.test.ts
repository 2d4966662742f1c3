/**
 * Search and the interactive measure overview in real Chromium, on the sample site built for `/`
 * and for `/isek/`:
 * - a word from a measure's title finds that measure (also through the header's plain form);
 * - a filter narrows the results, with the counts the data predicts;
 * - reloading the URL restores query, filters and sort, and the back button steps back;
 * - the overview filters and sorts the table and restores its state from the URL;
 * - both work under a strict Content-Security-Policy;
 * - without JavaScript the table stays complete and the search page offers the ways in.
 *
 * Expected values come from the built overview table (its rows' `data-*` attributes), not from
 * the browser's own answers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium, NO_CHROMIUM, serveStatic, type StaticServer } from '../support/browser.ts';
import { buildSite, readPage } from '../support/site.ts';
import { STRICT_CSP } from '../support/security.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

/** One measure as the built overview table lists it. */
interface Row {
  readonly nr: string;
  readonly title: string;
  readonly status: string;
  readonly fachdienst: string;
  readonly stadtteile: readonly string[];
  readonly href: string;
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The rows of the built overview table (server-rendered, so independent of any script). */
function tableRows(html: string): Row[] {
  const rows: Row[] = [];
  for (const match of html.matchAll(/<tr\b([^>]*class="[^"]*measure-row[^"]*"[^>]*)>([\s\S]*?)<\/tr>/g)) {
    const attrs = match[1]!;
    const attr = (name: string) => decode(new RegExp(`\\sdata-${name}="([^"]*)"`).exec(attrs)?.[1] ?? '');
    rows.push({
      nr: attr('nr'),
      title: attr('titel'),
      status: attr('status'),
      fachdienst: attr('fachdienst'),
      stadtteile: attr('stadtteil').split('|').filter(Boolean),
      href: decode(/<a href="([^"]*)"/.exec(match[2]!)![1]!),
    });
  }
  return rows;
}

/** A word of at least 6 letters that occurs in exactly one measure title. */
function distinctiveWord(rows: readonly Row[]): { word: string; row: Row } {
  const seen = new Map<string, Row[]>();
  for (const row of rows) {
    for (const word of new Set(row.title.toLowerCase().match(/\p{L}{6,}/gu) ?? [])) {
      seen.set(word, [...(seen.get(word) ?? []), row]);
    }
  }
  for (const [word, found] of seen) if (found.length === 1) return { word, row: found[0]! };
  throw new Error('Kein Titelwort kommt in genau einer Maßnahme vor');
}

/** Waits until the search page has finished its current search. */
async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]');
      const list = document.querySelector('[data-search-results]');
      return status !== null && list !== null && !list.hasAttribute('aria-busy') && !/wird geladen/.test(status.textContent ?? '');
    },
    null,
    { timeout: 20_000 },
  );
}

function resultLinks(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] .search-result__title a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

function statusText(page: Page): Promise<string> {
  return page.locator('[data-search-status]').innerText();
}

/** The number at the start of the search status („12 Treffer …“), 0 for „Keine Treffer“. */
async function hitCount(page: Page): Promise<number> {
  const text = await statusText(page);
  const match = /^([\d.]+) Treffer/.exec(text);
  if (match) return Number(match[1]!.replace(/\./g, ''));
  if (text.startsWith('Keine Treffer')) return 0;
  throw new Error(`Unerwarteter Status: ${text}`);
}

/** Rows the overview shows at a time (`scripts/measure-filter.ts`). */
const STEP = 100;

/** Titles of the visible overview rows, in display order. */
function visibleTitles(page: Page): Promise<string[]> {
  return page.locator('tr.measure-row:not([hidden]) th[scope="row"]').allInnerTexts();
}

describe.skipIf(!chromium)('search and measure overview in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(['/', '/isek/'])('built for %s', (base) => {
    let server: StaticServer;
    let outDir: string;
    let rows: Row[];
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      const built = await buildSite({ base });
      expect(built.outcome.ok, JSON.stringify(built.outcome.ok ? '' : built.outcome)).toBe(true);
      outDir = built.outDir;
      rows = tableRows(await readPage(outDir, base, `${base}massnahmen/`));
      expect(rows.length).toBeGreaterThan(50);
      server = await serveStatic(outDir, base);
      page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    });

    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    it('finds a measure by a word from its title, through the header form', async () => {
      const { word, row } = distinctiveWord(rows);
      await page.goto(server.url);
      await page.locator('#site-search-q').fill(word);
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL((url) => url.pathname === `${base}suche/`);
      await searchSettled(page);
      expect(new URL(page.url()).searchParams.get('q')).toBe(word);
      expect(await page.locator('#suche-q').inputValue()).toBe(word);
      expect(await resultLinks(page)).toContain(row.href);
      expect(await statusText(page)).toMatch(/Treffer für „/);
      expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
      // Every result link stays below the base path.
      for (const link of await resultLinks(page)) expect(link.startsWith(base)).toBe(true);
      expect(errors).toEqual([]);
    });

    it('narrows the results with filters and restores them from the URL, back button included', async () => {
      const measures = rows.length;
      await page.goto(`${server.url}suche/?typ=Ma%C3%9Fnahme`);
      await searchSettled(page);
      expect(await hitCount(page)).toBe(measures);

      const inProgress = rows.filter((r) => r.status === 'in-progress').length;
      expect(inProgress).toBeGreaterThan(0);
      expect(inProgress).toBeLessThan(measures);
      const box = page.locator('input[name="status"][value="in Umsetzung"]');
      // Its count says what choosing it will give.
      expect(await box.locator('xpath=ancestor::label').innerText()).toContain(`(${inProgress})`);
      await box.check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(inProgress);
      expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['in Umsetzung']);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

      // A second value of the same filter widens (OR), a second filter narrows (AND).
      const planned = rows.filter((r) => r.status === 'planned').length;
      await page.locator('input[name="status"][value="geplant"]').check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(inProgress + planned);

      const district = rows.find((r) => r.stadtteile.length > 0 && ['in-progress', 'planned'].includes(r.status))!.stadtteile[0]!;
      const expected = rows.filter((r) => ['in-progress', 'planned'].includes(r.status) && r.stadtteile.includes(district)).length;
      const facet = page.locator('details[data-facet="stadtteil"]');
      if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open))) await facet.locator('summary').click();
      await facet.locator(`input[value="${district}"]`).check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(expected);

      // Sorted by title: the index's title key puts them in German order.
      await page.locator('#suche-sortierung').selectOption('titel');
      await searchSettled(page);
      const titles = await page.locator('[data-search-results] .search-result__title a').allInnerTexts();
      const collator = new Intl.Collator('de', { sensitivity: 'base' });
      expect(titles).toEqual([...titles].sort((a, b) => collator.compare(a, b)));

      const url = page.url();
      await page.reload();
      await searchSettled(page);
      expect(page.url()).toBe(url);
      expect(await hitCount(page)).toBe(expected);
      expect(await page.locator('input[name="status"][value="in Umsetzung"]').isChecked()).toBe(true);
      expect(await page.locator(`details[data-facet="stadtteil"] input[value="${district}"]`).isChecked()).toBe(true);
      expect(await page.locator('#suche-sortierung').inputValue()).toBe('titel');

      await page.goBack(); // before the sort
      await page.goBack(); // before the district
      await searchSettled(page);
      expect(await hitCount(page)).toBe(inProgress + planned);
      expect(await page.locator(`details[data-facet="stadtteil"] input[value="${district}"]`).isChecked()).toBe(false);
      expect(errors).toEqual([]);
    });

    it('filters and sorts the overview and restores it from the URL', async () => {
      const fachdienst = rows[0]!.fachdienst;
      const ofDepartment = rows.filter((r) => r.fachdienst === fachdienst);
      await page.goto(`${server.url}massnahmen/`);
      const form = page.locator('form[data-measure-filter]');
      await form.waitFor({ state: 'visible' });
      // The table shows 100 rows at a time; the rest is one click away.
      expect(rows.length).toBeGreaterThan(STEP);
      expect(await visibleTitles(page)).toEqual(rows.slice(0, STEP).map((r) => r.title));
      expect(await page.locator('[data-filter-status]').innerText()).toContain(`die ersten ${STEP}`);
      const showAll = page.locator('button[data-all]');
      expect(await showAll.innerText()).toBe(`Alle ${rows.length} anzeigen`);
      await showAll.click();
      expect(await visibleTitles(page)).toEqual(rows.map((r) => r.title));
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(rows[STEP]!.title);
      expect(await showAll.isVisible()).toBe(false);

      expect(ofDepartment.length).toBeLessThanOrEqual(STEP);
      await page.locator('select[name="fachdienst"]').selectOption(fachdienst);
      expect(await visibleTitles(page)).toHaveLength(ofDepartment.length);
      expect(await page.locator('[data-filter-status]').innerText()).toContain(`${ofDepartment.length} von`);
      expect(new URL(page.url()).searchParams.get('fachdienst')).toBe(fachdienst);

      await page.locator('select[name="sortierung"]').selectOption('titel');
      const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
      const expectedTitles = ofDepartment.map((r) => r.title).sort((a, b) => collator.compare(a, b));
      expect(await visibleTitles(page)).toEqual(expectedTitles);

      // A status that occurs for this department narrows further; its count predicted it.
      const status = ofDepartment[0]!.status;
      const both = ofDepartment.filter((r) => r.status === status).length;
      const option = page.locator(`select[name="status"] option[value="${status}"]`);
      expect(await option.innerText()).toContain(`(${both})`);
      await page.locator('select[name="status"]').selectOption(status);
      expect(await visibleTitles(page)).toHaveLength(both);

      const url = page.url();
      await page.reload();
      await form.waitFor({ state: 'visible' });
      expect(page.url()).toBe(url);
      expect(await page.locator('select[name="fachdienst"]').inputValue()).toBe(fachdienst);
      expect(await page.locator('select[name="status"]').inputValue()).toBe(status);
      expect(await visibleTitles(page)).toEqual(expectedTitles.filter((t) => ofDepartment.find((r) => r.title === t)!.status === status));

      await page.goBack();
      expect(await page.locator('select[name="status"]').inputValue()).toBe('');
      expect(await visibleTitles(page)).toEqual(expectedTitles);

      await page.locator('[data-reset]').click();
      expect(await visibleTitles(page)).toHaveLength(STEP);
      expect(new URL(page.url()).searchParams.get('fachdienst')).toBeNull();
      expect(errors).toEqual([]);
    });

    it('works under the strict Content-Security-Policy the README recommends', async () => {
      const strict = await serveStatic(outDir, base, { headers: { 'content-security-policy': STRICT_CSP } });
      const csp = await browser.newPage();
      const problems: string[] = [];
      csp.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      csp.on('pageerror', (e) => problems.push(e.message));
      try {
        const { word, row } = distinctiveWord(rows);
        await csp.goto(`${strict.url}suche/?q=${encodeURIComponent(word)}`);
        await searchSettled(csp);
        expect(await resultLinks(csp)).toContain(row.href);
        await csp.goto(`${strict.url}massnahmen/?status=planned`);
        await csp.locator('form[data-measure-filter]').waitFor({ state: 'visible' });
        expect(await csp.locator('[data-filter-status]').innerText()).toContain('von');
        expect(problems).toEqual([]);
      } finally {
        await csp.close();
        await strict.close();
      }
    });

    it('keeps the complete table and offers the ways in without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const noJs = await context.newPage();
        await noJs.goto(`${server.url}massnahmen/?status=planned`);
        expect(await visibleTitles(noJs)).toHaveLength(rows.length);
        expect(await noJs.locator('form[data-measure-filter]').isVisible()).toBe(false);

        await noJs.goto(`${server.url}suche/?q=test`);
        expect(await noJs.locator('[data-search-app]').isVisible()).toBe(false);
        const links = await noJs.locator('[data-search-noscript] a').evaluateAll((as) =>
          as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        );
        expect(links).toEqual(expect.arrayContaining([`${base}massnahmen/`, `${base}fachdienste/`, `${base}produktbereiche/`]));
      } finally {
        await context.close();
      }
    });
  });
});
