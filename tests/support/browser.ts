/**
 * Test support for browser tests: an installed Chromium (no downloaded browsers work here) driven
 * by playwright-core, and a plain static file server for a built site under its base path.
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
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium as launchSystemChromium } from '../../src/build/chromium.ts';

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

/** MIME types of the files a built site holds; `.wasm` must be right or streaming compile fails. */
const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

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
 * Serves `dir` under `base` on 127.0.0.1 at a random port, like a plain static web server: a
 * folder answers with its `index.html`, a folder without its trailing slash is redirected, and
 * anything outside `base` or missing is a 404. No caching, no compression.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const log: { path: string; status: number }[] = [];

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<number> {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return 405;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let rest: string;
    try {
      rest = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return 400;
    }
    if (rest === base.slice(0, -1) || !rest.startsWith(base)) {
      if (`${rest}/` === base) {
        res.writeHead(301, { location: base }).end();
        return 301;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return 404;
    }
    let file = path.join(root, rest.slice(base.length));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return 404;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${pathname}/` }).end();
          return 301;
        }
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const body = await readFile(file);
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return 200;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return 404;
    }
  }

  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    answer(req, res).then(
      (status) => log.push({ path: requested, status }),
      () => {
        log.push({ path: requested, status: 500 });
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    base,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
