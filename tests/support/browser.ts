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
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium as launchSystemChromium } from '../../src/build/chromium.ts';
import { serveLocally } from '../../src/build/preview-server.ts';

/** The Chromium the report PDF and the benchmark use (system, else the packaged one). */
export { findChromium } from '../../src/build/chromium.ts';

/** The message a skipped browser test suite shows. */
export const NO_CHROMIUM =
  'Kein Chromium gefunden (CHROME_PATH, /usr/bin/chromium oder das Paket @sparticuz/chromium): Browser-Tests übersprungen. Installieren: npm ci oder apt-get install chromium';

/** Starts Chromium headless (see `src/build/chromium.ts`), or throws {@link NO_CHROMIUM}. */
export async function launchChromium(): Promise<Browser> {
  const source = findChromium();
  if (!source) throw new Error(NO_CHROMIUM);
  return launchSystemChromium(source);
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
