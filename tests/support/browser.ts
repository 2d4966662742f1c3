/**
 * Test support for browser tests: an installed Chromium (no downloaded browsers work here) driven
 * by playwright-core, and the preview server for a built site under its base path.
 *
 * Usage:
 * ```ts
 * const chromium = findChromium();
 * describe.skipIf(!chromium)('…', () => {
 *   let browser: Browser; let server: StaticServer;
 *   beforeAll(async () => { browser = await launchChromium(); server = await serveStatic(outDir, '/isek/'); });
 *   afterAll(async () => { await browser?.close(); await server?.close(); });
 * });
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  ChromePathError,
  chromiumCandidates,
  launchChromium as launchSystemChromium,
  type ChromiumSource,
} from '../../src/build/chromium.ts';
import { CHROMIUM_TEXT } from '../../src/lib/i18n/de.ts';
import { serveLocally } from '../../src/build/preview-server.ts';

/**
 * The first browser the report PDF and the benchmark would try (`chromiumCandidates()`: CHROME_PATH,
 * Edge and Chrome on Windows and macOS, the system Chromium, the packaged one), or `null` when
 * there is none, so a suite can skip. A wrong CHROME_PATH is not skipped: {@link launchChromium}
 * then fails with its German message.
 */
export function findChromium(): ChromiumSource | null {
  try {
    return chromiumCandidates()[0] ?? null;
  } catch (error) {
    if (error instanceof ChromePathError) return { kind: 'path', executablePath: error.chromePath };
    throw error;
  }
}

/** The message a skipped browser test suite shows. */
export const NO_CHROMIUM = `${CHROMIUM_TEXT.noChromium} Browser-Tests übersprungen.`;

/**
 * Starts a browser headless as `npm run bericht:pdf` does (see `src/build/chromium.ts`): each
 * candidate in turn, so on Windows Edge falls back to Chrome.
 */
export async function launchChromium(): Promise<Browser> {
  return launchSystemChromium(chromiumCandidates());
}

/** A running static server. */
export interface StaticServer {
  /** Scheme, host and port, e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  /** The site's address: origin plus base path, ending in `/`. */
  readonly url: string;
  /** The base path the site is served under. */
  readonly base: string;
  /** Every URL path the server was asked for, with the status it answered (in order). */
  readonly log: { readonly path: string; readonly status: number }[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** Options for {@link serveStatic}. */
export interface ServeOptions {
  /** Response headers added to every answer (e.g. a Content-Security-Policy). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Serves `dir` under `base` on 127.0.0.1 at a free port with the preview server (the one
 * `npm run preview` and the report PDF use), except that `/` is not led to the base: a link that
 * misses the base path is a 404 here. Logs every request with its status.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const log: { path: string; status: number }[] = [];
  const preview = await serveLocally(dir, base, { headers: options.headers, leadToBase: false });
  preview.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.on('finish', () => log.push({ path: requested, status: res.statusCode }));
  });
  return { origin: preview.origin, url: preview.url, base: preview.base, log, close: preview.close };
}

/** Chromium and a static server of one built site, as a browser test's `describe` block uses them. */
export interface SiteSession {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * Checks that the site built, serves it under `base` and starts Chromium: the usual `beforeAll`
 * of a browser test (`({ browser, server } = await openSite(site))`); {@link closeSite} undoes it.
 */
export async function openSite(
  site: { readonly outcome: { readonly ok: boolean }; readonly outDir: string },
  base = '/',
): Promise<SiteSession> {
  expect(site.outcome.ok, 'the site builds').toBe(true);
  const server = await serveStatic(site.outDir, base);
  return { server, browser: await launchChromium() };
}

/** Closes what {@link openSite} opened; either may be missing when the set-up failed. */
export async function closeSite(browser: Browser | undefined, server: StaticServer | undefined): Promise<void> {
  await browser?.close();
  await server?.close();
}

/**
 * Waits until the search page has finished its current search: the result list not busy, the
 * status not „wird geladen“ and, with `announced`, not empty either (a search has reported).
 */
export async function searchSettled(page: Page, { announced = false, timeout = 20_000 } = {}): Promise<void> {
  await page.waitForFunction(
    (mustAnnounce) => {
      const list = document.querySelector('[data-search-results]');
      const status = document.querySelector('[data-search-status]');
      const text = (status?.textContent ?? '').trim();
      return (
        list !== null &&
        status !== null &&
        !list.hasAttribute('aria-busy') &&
        !(mustAnnounce && text === '') &&
        !/wird geladen/.test(text)
      );
    },
    announced,
    { timeout },
  );
}

/**
 * Waits until the measure overview shows its current state: its filter data loaded and no table
 * waiting for the rows' module, which the first filtered view fetches (`measure-filter.ts`).
 */
export async function overviewSettled(page: Page, { timeout = 20_000 } = {}): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('form[data-measure-filter][data-ready]') !== null &&
      document.querySelector('table[aria-busy]') === null,
    undefined,
    { timeout },
  );
}
