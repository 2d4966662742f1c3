/**
 * Keyboard only, in Chromium: the skip link is the first stop and moves focus to the main
 * content; with Tab and Enter alone a visitor gets from the home page to a department, to one of
 * its measures, to the search (through the header form) and back. Every element Tab reaches
 * shows a visible focus indicator.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, type StaticServer, openSite, closeSite } from '../support/browser.ts';
import { buildSite } from '../support/site.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

/** How many Tab presses may lead to a target before the test gives up (a long page has many). */
const MAX_TABS = 400;

/** The focused element: a short description, its link target, and whether its focus shows. */
interface Focused {
  readonly description: string;
  readonly href: string | null;
  readonly visible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { description: 'body', href: null, visible: false };
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const inView = rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0;
    return {
      description: el.outerHTML.slice(0, 120),
      href: el instanceof HTMLAnchorElement ? el.href : null,
      visible: (outline || shadow) && inView,
    };
  });
}

describe.skipIf(!chromium)('keyboard-only use (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  /** Every focus stop without a visible indicator, over the whole journey. */
  const invisible: string[] = [];

  /** Presses Tab until the focused element is a link whose address matches `href`. */
  async function tabToLink(href: RegExp): Promise<string> {
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now.visible) invisible.push(`${page.url()}: ${now.description}`);
      if (now.href && href.test(new URL(now.href).pathname)) return now.href;
    }
    throw new Error(`Kein Link auf ${href} per Tab erreichbar auf ${page.url()}`);
  }

  /** Presses Tab until the given element has focus. */
  async function tabToSelector(selector: string): Promise<void> {
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now.visible) invisible.push(`${page.url()}: ${now.description}`);
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`${selector} per Tab nicht erreichbar auf ${page.url()}`);
  }

  async function pressEnterAndWait(): Promise<void> {
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  }

  const pathOf = () => new URL(page.url()).pathname;

  beforeAll(async () => {
    const site = await buildSite({ base: '/' });
    ({ browser, server } = await openSite(site));
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(() => closeSite(browser, server));

  it('makes the skip link the first focus stop, visible, and moves focus to the main content', async () => {
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.description).toContain('isek-skip-link');
    expect(first.visible).toBe(true);
    expect(new URL(first.href!).hash).toBe('#inhalt');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });

  it('leads from the home page to a department, a measure, the search and back', async () => {
    await page.goto(server.url);

    // Home → department list (main navigation) → one department.
    await tabToLink(/^\/fachdienste\/$/);
    await pressEnterAndWait();
    expect(pathOf()).toBe('/fachdienste/');
    await tabToLink(/^\/fachdienste\/[^/]+\/$/);
    await pressEnterAndWait();
    expect(pathOf()).toMatch(/^\/fachdienste\/[^/]+\/$/);
    const departmentPath = pathOf();

    // Department → one of its measures.
    await tabToLink(/^\/massnahmen\/[^/]+\/$/);
    await pressEnterAndWait();
    expect(pathOf()).toMatch(/^\/massnahmen\/[^/]+\/$/);
    const measurePath = pathOf();
    expect(await page.locator('h1').count()).toBe(1);

    // Measure → search through the header form.
    await tabToSelector('input[name="q"]');
    await page.keyboard.type('Schule');
    const searchResponse = page.waitForNavigation();
    await page.keyboard.press('Enter');
    const response = await searchResponse;
    expect(response?.status()).toBe(200);
    expect(pathOf()).toBe('/suche/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Schule');

    // Back with the browser, then with the measure's back-link to the overview.
    await page.goBack();
    expect(pathOf()).toBe(measurePath);
    await tabToSelector('.isek-back-link a');
    await pressEnterAndWait();
    expect(pathOf()).toBe('/massnahmen/');
    await page.goBack();
    await page.goBack();
    expect(pathOf()).toBe(departmentPath);
  });

  it('shows a visible focus indicator on every element Tab reached', () => {
    expect(invisible).toEqual([]);
  });
});
