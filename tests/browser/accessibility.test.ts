/**
 * Accessibility of every page type in Chromium: axe-core finds no WCAG 2.1 AA (and 2.2 AA)
 * violation, colour contrast is really checked on status badges and SDG tiles, and the document
 * structure carries its meaning: language, one `<h1>`, heading levels in order, tables with a
 * caption and header cells, status written out, not shown by colour alone.
 *
 * The pages are one representative per page type, found in the built site (see
 * `tests/support/pages.ts`), so page types added later are checked too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import {
  findChromium,
  NO_CHROMIUM,
  type StaticServer,
  searchSettled,
  openSite,
  closeSite,
  overviewSettled,
} from '../support/browser.ts';
import { representativePages } from '../support/pages.ts';
import { buildSite } from '../support/site.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const site = await buildSite({ base: '/' });
const samples = site.outcome.ok ? await representativePages(site.outDir) : [];

/** What the page's structure says, read in the browser. */
interface Structure {
  readonly lang: string | null;
  readonly h1: number;
  readonly headingJumps: string[];
  readonly tablesWithoutCaption: number;
  readonly tablesWithoutHeaders: number;
  readonly silentBadges: string[];
  readonly silentTiles: string[];
}

function readStructure(page: Page): Promise<Structure> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const headingJumps: string[] = [];
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName[1]);
      if (level > previous + 1) headingJumps.push(`h${previous} → h${level} „${h.textContent?.trim()}“`);
      previous = level;
    }
    const tables = [...document.querySelectorAll('table')];
    const textOf = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      lang: document.documentElement.getAttribute('lang'),
      h1: document.querySelectorAll('h1').length,
      headingJumps,
      tablesWithoutCaption: tables.filter((t) => !t.caption || textOf(t.caption) === '').length,
      tablesWithoutHeaders: tables.filter((t) => t.querySelector('th') === null).length,
      silentBadges: [...document.querySelectorAll('.isek-status')]
        .filter((e) => textOf(e) === '')
        .map((e) => e.outerHTML),
      silentTiles: [...document.querySelectorAll('.isek-sdg')]
        .filter((e) => !/\d/.test(textOf(e)) || !/\p{L}{3}/u.test(textOf(e)))
        .map((e) => e.outerHTML),
    };
  });
}

describe.skipIf(!chromium)('accessibility of every page type (axe-core in Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let badgesSeen = 0;
  let tilesSeen = 0;

  beforeAll(async () => {
    ({ browser, server } = await openSite(site));
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(() => closeSite(browser, server));

  it('finds the page types of the site', () => {
    const types = new Set(samples.map((s) => s.type));
    for (const type of [
      'start',
      'massnahmen/',
      'massnahmen/*',
      'ziele/',
      'ziele/*',
      'fachdienste/',
      'fachdienste/*',
      'produktbereiche/',
      'produktbereiche/*',
      '404.html',
    ]) {
      expect(types, type).toContain(type);
    }
  });

  it.each(samples.map((s) => [s.type, s.path] as const))(
    '%s (/%s): no axe violation, meaningful structure',
    async (_type, pagePath) => {
      const response = await page.goto(server.url + pagePath);
      expect(response?.status()).toBe(200);

      const findings = await runAxe(page);
      expect(findings.violations).toEqual([]);
      // Colour contrast must really have been measured on every badge and tile, not skipped.
      expect(findings.contrast.badgesPassed).toBe(findings.contrast.badges);
      expect(findings.contrast.tilesPassed).toBe(findings.contrast.tiles);
      badgesSeen += findings.contrast.badges;
      tilesSeen += findings.contrast.tiles;

      const structure = await readStructure(page);
      expect(structure.lang).toBe('de');
      expect(structure.h1).toBe(1);
      expect(structure.headingJumps).toEqual([]);
      expect(structure.tablesWithoutCaption).toBe(0);
      expect(structure.tablesWithoutHeaders).toBe(0);
      expect(structure.silentBadges).toEqual([]);
      expect(structure.silentTiles).toEqual([]);
    },
  );

  it('search with results and a filter chosen: no axe violation', async () => {
    await page.goto(`${server.url}suche/?q=Schule`);
    await searchSettled(page, { announced: true });
    expect(await page.locator('[data-search-results] a').count(), 'the search finds something').toBeGreaterThan(0);
    const statusFilter = page.locator('input[name="status"]').first();
    await statusFilter.check();
    await searchSettled(page, { announced: true });
    expect((await runAxe(page)).violations).toEqual([]);
  });

  it('measure overview after filtering: no axe violation, contrast measured', async () => {
    await page.goto(`${server.url}massnahmen/`, { waitUntil: 'networkidle' });
    // Any filter of the overview (not its sort order): the first choice that is not „alle“.
    const select = page.locator('main form select:not([name="sortierung"]):visible').first();
    const value = await select.locator('option:not([value=""])').first().getAttribute('value');
    await select.selectOption(value!);
    await overviewSettled(page);
    const findings = await runAxe(page);
    expect(findings.violations).toEqual([]);
    expect(findings.contrast.badgesPassed).toBe(findings.contrast.badges);
  });

  it('measured the contrast of status badges and SDG tiles somewhere', () => {
    expect(badgesSeen).toBeGreaterThan(0);
    expect(tilesSeen).toBeGreaterThan(0);
  });
});
