/**
 * Layout in Chromium, on one representative per page type:
 * - reflow: at 320 CSS pixels (and 1280 × 1024 at 400 % zoom, which is 320 × 256) no page scrolls
 *   sideways; only table regions that can be scrolled with the keyboard may scroll inside;
 * - `prefers-reduced-motion: reduce` leaves no transition, animation or smooth scrolling;
 * - no layout shift while a page loads, even when its scripts arrive after the first paint;
 * - print: navigation, search and footer links are hidden, external link targets are shown, and
 *   Chromium renders a PDF.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, type StaticServer, openSite, closeSite } from '../support/browser.ts';
import { htmlFiles, pathOfFile, representativePages } from '../support/pages.ts';
import { buildSite } from '../support/site.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const site = await buildSite({ base: '/' });
const samples = site.outcome.ok ? await representativePages(site.outDir) : [];

/**
 * The first page of a section with a link to another host (so print can show its target), else
 * the section's first page.
 */
async function printSample(folder: string): Promise<string> {
  const files = (await htmlFiles(site.outDir)).filter(
    (f) => f.startsWith(`${folder}/`) && f !== `${folder}/index.html`,
  );
  for (const file of files) {
    if (/<main[\s\S]*href="https?:\/\/[\s\S]*<\/main>/.test(await readFile(path.join(site.outDir, file), 'utf8')))
      return pathOfFile(file);
  }
  return pathOfFile(files[0]!);
}

/** Why a page scrolls sideways: its width against the viewport, and the elements that stick out. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const insideScrollRegion = (e: Element) => e.closest('[role="region"][tabindex="0"]') !== null;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => !insideScrollRegion(e) && e.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`,
      );
    // Elements that scroll inside themselves: allowed only as keyboard-reachable regions.
    const scrollers = [...document.body.querySelectorAll('*')]
      .filter((e) => {
        const overflow = getComputedStyle(e).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth;
      })
      .filter((e) => !(e.getAttribute('role') === 'region' && e.getAttribute('tabindex') === '0'))
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits, scrollers };
  });
}

describe.skipIf(!chromium)('layout (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    ({ browser, server } = await openSite(site));
  });

  afterAll(() => closeSite(browser, server));

  describe.each([
    { name: '320 px width', viewport: { width: 320, height: 640 } },
    { name: '1280 × 1024 at 400 % zoom', viewport: { width: 320, height: 256 } },
  ])('reflow at $name', ({ viewport }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(samples.map((s) => [s.type, s.path] as const))(
      '%s (/%s) needs no horizontal scrolling',
      async (_type, pagePath) => {
        await page.goto(server.url + pagePath);
        const overflow = await horizontalOverflow(page);
        expect(overflow.culprits).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
        expect(overflow.scrollers).toEqual([]);
      },
    );
  });

  describe('with prefers-reduced-motion: reduce', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(samples.map((s) => [s.type, s.path] as const))('%s (/%s) has no motion', async (_type, pagePath) => {
      await page.goto(server.url + pagePath);
      // Hover and focus states often carry the transitions: take one of each into account.
      await page.keyboard.press('Tab');
      const moving = await page.evaluate(() => {
        const seconds = (list: string) =>
          Math.max(
            ...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)) || 0),
          );
        const found: string[] = [];
        for (const e of [document.documentElement, ...document.body.querySelectorAll('*')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(e, pseudo);
            const transition = seconds(style.transitionDuration);
            const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
            if (transition > 0.01 || animation > 0.01)
              found.push(`${e.tagName.toLowerCase()}${pseudo ?? ''}.${[...e.classList].join('.')}`);
          }
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
          found.push('html: scroll-behavior smooth');
        return found;
      });
      expect(moving).toEqual([]);
    });
  });

  describe('layout stability', () => {
    // The page types with scripts or many parts, one page each (the fullest of its type).
    const stabilityTypes = ['start', 'massnahmen/', 'massnahmen/*', 'fachdienste/*', 'suche/'];
    const stabilityPages = samples
      .filter((s) => stabilityTypes.includes(s.type) && s.variant !== 'sparsest')
      .map((s) => s.path);
    it.each(stabilityPages)('/%s does not shift while loading (narrow and wide)', async (pagePath) => {
      for (const viewport of [
        { width: 320, height: 640 },
        { width: 1280, height: 900 },
      ]) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        // Scripts arrive late, as on a slow line: the page paints first, so whatever a script
        // changes afterwards shows up as a shift instead of hiding behind a fast local server.
        await page.route(/\.m?js(\?|$)/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await route.continue();
        });
        await page.addInitScript(() => {
          const w = window as unknown as { __cls: number };
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[]) {
              if (!entry.hadRecentInput) w.__cls += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
        // Scripts have run once the network is idle; layout-shift entries arrive within two frames.
        const cls = await page.evaluate(
          () =>
            new Promise<number>((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve((window as unknown as { __cls: number }).__cls)),
              ),
            ),
        );
        await context.close();
        expect(cls, `${viewport.width} px`).toBeLessThan(0.001);
      }
    });
  });

  describe('print', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
    });
    afterAll(() => context?.close());

    it.each(['massnahmen', 'ziele', 'fachdienste'])(
      'a page of %s prints without navigation and with link targets',
      async (folder) => {
        await page.goto(server.url + (await printSample(folder)));
        const printed = await page.evaluate(() => {
          const shown = (e: Element) => {
            const r = e.getBoundingClientRect();
            return (
              getComputedStyle(e).display !== 'none' &&
              getComputedStyle(e).visibility !== 'hidden' &&
              r.width > 0 &&
              r.height > 0
            );
          };
          const hiddenWanted = [...document.querySelectorAll('nav, form, .isek-skip-link, .isek-back-link')];
          const external = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].filter(shown);
          const targetsMissing = external
            .filter((a) => {
              if ((a.textContent ?? '').includes(a.href) || (a.textContent ?? '').includes(a.getAttribute('href')!))
                return false;
              const after = getComputedStyle(a, '::after').content;
              return !(after.includes('attr(href)') || after.includes(a.getAttribute('href')!));
            })
            .map((a) => a.outerHTML.slice(0, 120));
          return {
            navigationShown: hiddenWanted
              .filter(shown)
              .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
            external: external.length,
            targetsMissing,
            headline: document.querySelector('h1') !== null && shown(document.querySelector('h1')!),
          };
        });
        expect(printed.navigationShown).toEqual([]);
        expect(printed.targetsMissing).toEqual([]);
        expect(printed.headline).toBe(true);
        expect(printed.external, 'the sample has external links here').toBeGreaterThan(0);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      },
    );
  });
});
