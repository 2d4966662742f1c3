/**
 * The district map in Chromium, under the base path `/isek/`: every linked area of the map on
 * `/stadtteile/` is named with its district and count, leads to that district's page, and the
 * page lists that many measures; a point leads to its measure. By keyboard, Tab reaches a map
 * area and Enter follows it. The home page's map links the same way.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, type StaticServer, openSite, closeSite } from '../support/browser.ts';
import { buildSite } from '../support/site.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const BASE = '/isek/';

describe.skipIf(!chromium)('the district map (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    const site = await buildSite({ base: BASE });
    ({ browser, server } = await openSite(site, BASE));
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(() => closeSite(browser, server));

  const url = (path: string) => new URL(path, server.url).href;

  async function areaLinks(p: Page): Promise<{ href: string; label: string }[]> {
    return p.$$eval('svg a.isek-district-map__area', (links) =>
      links.map((a) => ({ href: (a as SVGAElement).href.baseVal, label: a.getAttribute('aria-label') ?? '' })),
    );
  }

  it('draws the names and counts above the points, hidden from screen readers (the links name them)', async () => {
    await page.goto(url(`${BASE}stadtteile/`));
    const order = await page.$eval('svg.isek-district-map__svg', (svg) => {
      const lastPoint = [...svg.querySelectorAll('a.isek-district-map__point')].at(-1)!;
      const labels = svg.querySelectorAll('text.isek-district-map__label');
      const firstLabel = labels[0]!;
      return {
        labelsAfterPoints: Boolean(lastPoint.compareDocumentPosition(firstLabel) & Node.DOCUMENT_POSITION_FOLLOWING),
        hidden: [...labels].every((t) => t.closest('[aria-hidden="true"]') !== null),
        insideLinks: [...labels].some((t) => t.closest('a') !== null),
      };
    });
    expect(order).toEqual({ labelsAfterPoints: true, hidden: true, insideLinks: false });
  });

  it('links every district with measures to its page, named with its count', async () => {
    await page.goto(url(`${BASE}stadtteile/`));
    const links = await areaLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const { href, label } of links) {
      expect(href.startsWith(`${BASE}stadtteile/`)).toBe(true);
      const [, name, count] = /^(.+) (\d+) Maßnahmen?$/.exec(label) ?? [];
      expect(name, label).toBeDefined();
      const response = await page.goto(url(href));
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').innerText()).toContain(name!);
      const rows = await page.locator('#stadtteil-massnahmen tbody tr').count();
      // The first page shows up to 50; the rest follow on sub-pages.
      expect(rows).toBe(Math.min(50, Number(count)));
      await page.goto(url(`${BASE}stadtteile/`));
    }
  });

  it('leads from a point to its measure', async () => {
    await page.goto(url(`${BASE}stadtteile/`));
    const point = page.locator('svg a.isek-district-map__point').first();
    const label = (await point.getAttribute('aria-label'))!;
    await Promise.all([page.waitForNavigation(), point.click()]);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}massnahmen/[^/]+/$`));
    expect(label).toContain(
      await page
        .locator('h1')
        .innerText()
        .then((t) => t.split('\n').at(-1)!.trim()),
    );
  });

  it('reaches a map area with Tab and follows it with Enter', async () => {
    await page.goto(url(`${BASE}stadtteile/`));
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('isek-district-map__area') ?? false))
        break;
    }
    const target = await page.evaluate(() => (document.activeElement as SVGAElement | null)?.href?.baseVal ?? null);
    expect(target).toMatch(new RegExp(`^${BASE}stadtteile/[^/]+/$`));
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(target);
  });

  it('lets a keyboard user skip the map’s links, to what follows the map', async () => {
    await page.goto(url(`${BASE}stadtteile/`));
    const inMap = await page.$$eval('svg.isek-district-map__svg a', (links) => links.length);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('isek-district-map__skip') ?? false))
        break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('isek-district-map__skip'))).toBe(true);
    const skip = page.locator('a.isek-district-map__skip');
    expect(await skip.innerText()).toBe(`Karte überspringen (${inMap} Links)`);
    // Visible while focused (it is clipped to nothing otherwise).
    expect((await skip.boundingBox())!.width).toBeGreaterThan(100);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next Tab stop is the first one after the map (the table's scroll region or a link).
    const next = await page.evaluate(() => {
      const active = document.activeElement!;
      const map = document.querySelector('figure.isek-district-map')!;
      return {
        inMap: map.contains(active),
        afterMap: Boolean(map.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(next).toEqual({ inMap: false, afterMap: true });
  });

  it('shows the map on the home page, linking the same districts', async () => {
    await page.goto(url(BASE));
    const home = await areaLinks(page);
    await page.goto(url(`${BASE}stadtteile/`));
    expect(home).toEqual(await areaLinks(page));
  });
});
