import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_TEXT } from '../lib/i18n/de.ts';
import {
  BUILD_INFO_FILE,
  createPreviewServer,
  formatBuildInfo,
  mimeTypeOf,
  readBuildInfo,
  serveLocally,
  startPreview,
} from './preview-server.ts';

let server: Server;
let port: number;
let site: string;

/** A raw request, so paths reach the server exactly as written (no client-side normalising). */
function get(
  pathname: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'isek-preview-'));
  site = path.join(root, 'dist');
  await mkdir(path.join(site, 'massnahmen', 'm-1'), { recursive: true });
  await mkdir(path.join(site, 'pagefind'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>Start</h1>');
  await writeFile(path.join(site, 'massnahmen', 'm-1', 'index.html'), '<h1>Maßnahme</h1>');
  await writeFile(path.join(site, '404.html'), '<h1>Seite nicht gefunden</h1>');
  await writeFile(path.join(site, 'pagefind', 'wasm.de.pagefind'), 'x');
  await writeFile(path.join(site, 'pagefind', 'pagefind.wasm'), 'x');
  await writeFile(path.join(root, 'geheim.txt'), 'geheim');
  await writeFile(path.join(site, BUILD_INFO_FILE), formatBuildInfo('isek'));
  server = createPreviewServer(site, '/isek/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the preview server', () => {
  it('serves the site under its base path, folders as index.html', async () => {
    const home = await get('/isek/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body).toBe('<h1>Start</h1>');
    expect((await get('/isek/massnahmen/m-1/')).body).toBe('<h1>Maßnahme</h1>');
    expect((await get('/isek/massnahmen/m%2D1/')).body).toBe('<h1>Maßnahme</h1>');
  });

  it('adds the trailing slash like a static web server, and leads / to the base', async () => {
    expect(await get('/isek/massnahmen/m-1')).toMatchObject({
      status: 301,
      headers: { location: '/isek/massnahmen/m-1/' },
    });
    expect(await get('/isek')).toMatchObject({ status: 301, headers: { location: '/isek/' } });
    expect(await get('/')).toMatchObject({ status: 302, headers: { location: '/isek/' } });
  });

  it('does not serve pages outside the base path', async () => {
    const outside = await get('/massnahmen/m-1/');
    expect(outside.status).toBe(404);
    expect(outside.body).toContain('/isek/');
  });

  it("answers unknown addresses with the site's 404 page", async () => {
    const missing = await get('/isek/gibt-es-nicht/');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('<h1>Seite nicht gefunden</h1>');
  });

  it('never serves files outside the site folder', async () => {
    for (const attempt of [
      '/isek/..%2fgeheim.txt',
      '/isek/%2e%2e/geheim.txt',
      '/isek/..%5cgeheim.txt',
      '/isek/../geheim.txt',
      '/isek/C:/geheim.txt',
    ]) {
      const res = await get(attempt);
      expect(res.body, attempt).not.toContain('geheim');
    }
  });

  it('sends the right MIME types, WebAssembly included', async () => {
    expect((await get('/isek/pagefind/pagefind.wasm')).headers['content-type']).toBe('application/wasm');
    expect((await get('/isek/pagefind/wasm.de.pagefind')).headers['content-type']).toBe('application/octet-stream');
    expect(mimeTypeOf('theme.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('logo.SVG')).toBe('image/svg+xml');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/isek/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/isek/', 'POST')).status).toBe(405);
  });
});

describe('readBuildInfo', () => {
  it('reads the base path the build noted, and null without a note', async () => {
    expect(await readBuildInfo(site)).toEqual({ base: '/isek/', siteUrl: null });
    expect(await readBuildInfo(path.join(site, 'massnahmen'))).toBeNull();
  });
});

describe('serveLocally', () => {
  it('adds the given headers and, without leading / to the base, answers it with a 404', async () => {
    const local = await serveLocally(site, 'isek', {
      headers: { 'Content-Security-Policy': "default-src 'self'" },
      leadToBase: false,
    });
    try {
      expect(local.url).toBe(`${local.origin}/isek/`);
      const home = await fetch(local.url);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect((await fetch(`${local.origin}/`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      await local.close();
    }
  });
});

describe('startPreview', () => {
  it('refuses a folder without a site (1) and a port that is no port (2), saying so', async () => {
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    expect(await startPreview({ siteDir: path.join(site, 'pagefind'), print })).toBe(1);
    expect(await startPreview({ siteDir: site, port: '99999', print })).toBe(2);
    expect(lines).toEqual([PREVIEW_TEXT.noSite(path.join(site, 'pagefind')), PREVIEW_TEXT.invalidPort('99999')]);
  });

  it('serves under the base path the build noted, and names the address', async () => {
    const lines: string[] = [];
    const started = await startPreview({ siteDir: site, port: String(port), print: (line) => lines.push(line) });
    if (typeof started === 'number') throw new Error(`exit ${started}`);
    try {
      // The test server may hold `port` (on 127.0.0.1): then the preview takes the next one.
      await new Promise<void>((resolve) =>
        started.listening ? resolve() : started.once('listening', () => resolve()),
      );
      expect(lines.at(-1)).toMatch(/http:\/\/localhost:\d+\/isek\//);
    } finally {
      await new Promise<void>((resolve) => started.close(() => resolve()));
    }
  });
});
