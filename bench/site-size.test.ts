import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_EXEMPT_PAGES, folderBytes, heaviestPage, pagePathOf, weighPage } from './site-size.ts';

let dir: string;
const gz = (s: string) => gzipSync(Buffer.from(s)).length;
const css = 'body{color:#111}'.repeat(20);
const chunk = 'export const x=1;'.repeat(30);
const page = 'import{x}from"./chunk.js";console.log(x);import("./lazy.js");';
const lazy = 'export const big=' + JSON.stringify('y'.repeat(5000));
const small = '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>klein</body></html>';
// Hardly compressible, so it outweighs every other page.
const whole = `<html><body>${Array.from({ length: 800 }, (_, i) => `<p>${((i * 7919) % 100003).toString(36)}${i.toString(16)}</p>`).join('')}</body></html>`;
const big = `<html><head><link rel="stylesheet" href="../_astro/a.css"><script type="module" src="/_astro/page.js"></script></head><body>${'<p>Zeile</p>'.repeat(50)}</body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'isek-bench-size-'));
  await mkdir(path.join(dir, '_astro'));
  await mkdir(path.join(dir, 'liste'));
  await mkdir(path.join(dir, 'bericht', 'gesamt'), { recursive: true });
  await writeFile(path.join(dir, 'bericht', 'gesamt', 'index.html'), whole);
  await writeFile(path.join(dir, '_astro', 'a.css'), css);
  await writeFile(path.join(dir, '_astro', 'chunk.js'), chunk);
  await writeFile(path.join(dir, '_astro', 'page.js'), page);
  await writeFile(path.join(dir, '_astro', 'lazy.js'), lazy);
  await writeFile(path.join(dir, 'index.html'), small);
  await writeFile(path.join(dir, 'liste', 'index.html'), big);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('heaviestPage', () => {
  it('adds the gzip sizes of HTML, stylesheets and statically imported scripts, not lazy ones', async () => {
    expect(await heaviestPage(dir)).toEqual({
      page: '/liste/',
      html: gz(big),
      css: gz(css),
      js: gz(page) + gz(chunk),
      total: gz(big) + gz(css) + gz(page) + gz(chunk),
    });
  });

  it('leaves out the whole report, exempt from the budget, and weighs it apart', async () => {
    expect(BUDGET_EXEMPT_PAGES).toEqual(['/bericht/gesamt/']);
    expect(gz(whole)).toBeGreaterThan(gz(big) + gz(css) + gz(page) + gz(chunk));
    expect((await heaviestPage(dir))?.page).toBe('/liste/');
    expect((await heaviestPage(dir, []))?.page).toBe('/bericht/gesamt/');
    expect(await weighPage(dir, '/bericht/gesamt/')).toEqual({
      page: '/bericht/gesamt/',
      html: gz(whole),
      css: 0,
      js: 0,
      total: gz(whole),
    });
  });
});

describe('folderBytes', () => {
  it('adds up every file below the folder, and is 0 for a missing folder', async () => {
    const expected = [css, chunk, page, lazy, small, big, whole].reduce((n, s) => n + Buffer.byteLength(s), 0);
    expect(await folderBytes(dir)).toBe(expected);
    expect(await folderBytes(path.join(dir, 'fehlt'))).toBe(0);
  });
});

describe('pagePathOf', () => {
  it('maps index files to their folder and keeps other files', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf(path.join('massnahmen', '2024-001', 'index.html'))).toBe('/massnahmen/2024-001/');
    expect(pagePathOf('404.html')).toBe('/404.html');
  });
});
