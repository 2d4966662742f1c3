/**
 * Test support: a page's first load in Chromium as the weight budget counts it: the HTML plus
 * every stylesheet and script requested until the network is idle, each gzip-compressed as a
 * server would send it.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { fileForUrl } from './site.ts';

/** 14 KiB: about ten TCP segments, what a new connection delivers in its first round trip. */
export const FIRST_LOAD_BUDGET = 14 * 1024;

/** One page's first load. */
export interface FirstLoad {
  /** Gzip bytes per loaded file (HTML, CSS, JS), by URL path. */
  readonly files: ReadonlyMap<string, number>;
  readonly total: number;
}

/** Loads `url` (below the site at `outDir`, served under `base`) and weighs what it fetched. */
export async function firstLoad(page: Page, outDir: string, base: string, url: string): Promise<FirstLoad> {
  const origin = new URL(url).origin;
  const requested: string[] = [];
  const listener = (r: { url(): string; resourceType(): string }) => {
    const u = new URL(r.url());
    if (u.origin === origin && ['document', 'stylesheet', 'script'].includes(r.resourceType()))
      requested.push(u.pathname);
  };
  page.on('request', listener);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('request', listener);
  const files = new Map<string, number>();
  for (const urlPath of requested) {
    const file = await fileForUrl(outDir, base, urlPath);
    if (!file) throw new Error(`Nicht gebaut: ${urlPath}`);
    files.set(urlPath, gzipSync(await readFile(file)).length);
  }
  return { files, total: [...files.values()].reduce((a, b) => a + b, 0) };
}
