/**
 * Privacy and security:
 * - every built HTML file: no inline event handler, no inline script (JSON-LD data excepted), no
 *   `style` attribute or `<style>` element, and no resource loaded from another host;
 * - in Chromium, over every page type plus a search and the overview's filters: every request goes
 *   to the site's own server, no cookie is set;
 * - served with the strict Content-Security-Policy the README recommends, the same visit causes no
 *   violation and no error, and search and filters still work.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findChromium,
  launchChromium,
  NO_CHROMIUM,
  serveStatic,
  type StaticServer,
  overviewSettled,
} from '../support/browser.ts';
import { htmlFiles, representativePages } from '../support/pages.ts';
import { inlineCodeFindings, STRICT_CSP } from '../support/security.ts';
import { buildSite, listFiles, ROOT } from '../support/site.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const site = await buildSite({ base: '/' });
const samples = site.outcome.ok ? await representativePages(site.outDir) : [];

describe('built files', () => {
  it('recognises what it looks for (the scan itself can fail)', () => {
    expect(inlineCodeFindings('<button type="button" onclick="x()">a</button>')).toEqual([
      'event handler onclick= on <button>',
    ]);
    expect(inlineCodeFindings('<p title="a > b" style="color:red">x</p>')).toEqual(['style= on <p>']);
    expect(
      inlineCodeFindings(
        '<script>alert(1)</script><script type="application/ld+json">{}</script><script src="/a.js"></script>',
      ),
    ).toEqual(['inline <script>']);
    expect(
      inlineCodeFindings(
        '<link rel="stylesheet" href="https://cdn.example/x.css"><img src="//cdn.example/a.png" alt="">',
      ),
    ).toHaveLength(2);
    expect(inlineCodeFindings('<a href="https://example.org/">extern</a><p data-titel="online = ja">x</p>')).toEqual(
      [],
    );
  });

  it('have no inline script, style or event handler and load nothing from other hosts', async () => {
    expect(site.outcome.ok).toBe(true);
    const problems: string[] = [];
    for (const file of await htmlFiles(site.outDir)) {
      for (const finding of inlineCodeFindings(await readFile(path.join(site.outDir, file), 'utf8')))
        problems.push(`${file}: ${finding}`);
    }
    expect(problems).toEqual([]);
  });

  it('stylesheets load nothing from other hosts', async () => {
    const problems: string[] = [];
    for (const file of (await listFiles(site.outDir)).filter((f) => f.endsWith('.css'))) {
      const css = await readFile(path.join(site.outDir, file), 'utf8');
      for (const m of css.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/gi)) problems.push(`${file}: ${m[1]}`);
      for (const m of css.matchAll(/@import\s+(?:url\()?\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi))
        problems.push(`${file}: ${m[1]}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the README', () => {
  it('recommends exactly the policy tested here, for nginx and Apache', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme.split(STRICT_CSP).length - 1, 'plain, nginx and Apache').toBeGreaterThanOrEqual(3);
    for (const header of ['X-Content-Type-Options', 'Referrer-Policy', 'application/wasm', 'immutable'])
      expect(readme).toContain(header);
  });
});

describe.skipIf(!chromium)('in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    expect(site.outcome.ok, 'the sample site builds').toBe(true);
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  /**
   * Visits every page type, runs a search with a filter and filters the overview; returns what
   * the search and the filter showed, so a caller can check they really worked.
   */
  async function visitEverything(
    page: Page,
    url: string,
  ): Promise<{ hits: number; rowsBefore: number; rowsAfter: number }> {
    for (const sample of samples) await page.goto(url + sample.path);

    await page.goto(`${url}suche/?q=Schule`);
    const settled = () =>
      page.waitForFunction(() => {
        const list = document.querySelector('[data-search-results]');
        const text = (document.querySelector('[data-search-status]')?.textContent ?? '').trim();
        return list !== null && !list.hasAttribute('aria-busy') && text !== '' && !/wird geladen/.test(text);
      });
    await settled();
    await page.locator('input[name="status"]').first().check();
    await settled();
    const hits = await page.locator('[data-search-results] a').count();

    await page.goto(`${url}massnahmen/`, { waitUntil: 'networkidle' });
    const visibleRows = () => page.locator('main table tbody tr:visible').count();
    const rowsBefore = await visibleRows();
    // Any filter of the overview (not its sort order): the first choice that is not „alle“.
    const select = page.locator('main form select:not([name="sortierung"]):visible').first();
    await select.selectOption((await select.locator('option:not([value=""])').first().getAttribute('value'))!);
    await overviewSettled(page);
    const rowsAfter = await visibleRows();
    return { hits, rowsBefore, rowsAfter };
  }

  describe('without a policy', () => {
    let server: StaticServer;
    let context: BrowserContext;
    const requests: string[] = [];
    const documentCookies: string[] = [];

    beforeAll(async () => {
      server = await serveStatic(site.outDir, '/');
      context = await browser.newContext();
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      page.on('load', () => {
        page
          .evaluate(() => document.cookie)
          .then(
            (c) => c && documentCookies.push(`${page.url()}: ${c}`),
            () => undefined,
          );
      });
      const outcome = await visitEverything(page, server.url);
      expect(outcome.hits).toBeGreaterThan(0);
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    it('requests nothing from any other host', () => {
      expect(requests.length).toBeGreaterThan(samples.length);
      const foreign = requests.filter(
        (u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('data:') && !u.startsWith(`blob:${server.origin}/`),
      );
      expect(foreign).toEqual([]);
    });

    it('sets no cookie', async () => {
      expect(await context.cookies()).toEqual([]);
      expect(documentCookies).toEqual([]);
    });
  });

  describe('under a strict Content-Security-Policy', () => {
    let server: StaticServer;
    let context: BrowserContext;
    const violations: string[] = [];
    const errors: string[] = [];
    let outcome: { hits: number; rowsBefore: number; rowsAfter: number };

    beforeAll(async () => {
      server = await serveStatic(site.outDir, '/', { headers: { 'Content-Security-Policy': STRICT_CSP } });
      context = await browser.newContext();
      const page = await context.newPage();
      await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
            `${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
          errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      outcome = await visitEverything(page, server.url);
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    it('causes no violation and no error', () => {
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('still searches and filters', () => {
      expect(outcome.hits).toBeGreaterThan(0);
      expect(outcome.rowsAfter).toBeGreaterThan(0);
      expect(outcome.rowsAfter).toBeLessThan(outcome.rowsBefore);
    });
  });
});
