/**
 * Any base path: the site built for `/isek/` and for `/`, served under that path by a plain static
 * server, is crawled over HTTP from its home page. Every link and asset on the same origin
 * (pages, stylesheets and what they reference, scripts, images, data files, form targets,
 * `#fragments`) must answer 200 at exactly the address written, and every built page must be
 * reachable from the home page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/browser.ts';
import { crawl, cssReferences, htmlReferences, type CrawlResult } from '../support/crawl.ts';
import { htmlFiles, pathOfFile } from '../support/pages.ts';
import { buildSite } from '../support/site.ts';

describe('the crawler', () => {
  it('finds every kind of reference', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://example.org/x/"><img src="b.png" srcset="c.png 1x, d.png 2x" alt="">' +
      '<a href="e/?x=1&amp;y=2#top">e</a><form action="/suche/"></form><script type="module" src="/f.js"></script>';
    expect(htmlReferences(html)).toEqual(['/a.css', 'b.png', 'c.png', 'd.png', 'e/?x=1&y=2#top', '/suche/', '/f.js']);
    expect(
      cssReferences(
        'a{background:url("/g.svg")} b{background:url(h.png)} @import "i.css"; c{mask:url(data:image/svg+xml,x)}',
      ),
    ).toEqual(['/g.svg', 'h.png', 'i.css']);
  });
});

describe.each(['/isek/', '/'])('the site built for %s, served under it', (base) => {
  let server: StaticServer;
  let result: CrawlResult;
  let builtPages: string[];

  beforeAll(async () => {
    const built = await buildSite({ base });
    expect(built.outcome.ok, 'the sample site builds').toBe(true);
    server = await serveStatic(built.outDir, base);
    builtPages = (await htmlFiles(built.outDir)).filter((f) => f !== '404.html').map((f) => base + pathOfFile(f));
    result = await crawl(server.url);
  });

  afterAll(() => server?.close());

  it('has no broken link or asset', () => {
    expect(result.pages.size).toBeGreaterThan(300);
    expect(result.broken.map((b) => `${b.from} → ${b.reference}: ${b.problem}`)).toEqual([]);
  });

  it('loads stylesheets, scripts and images from below the base path', () => {
    const assets = [...result.fetched.keys()].filter((p) => /\.(css|js|svg|png|ico)$/.test(p));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((p) => !p.startsWith(base))).toEqual([]);
  });

  it('reaches every built page from the home page', () => {
    expect(builtPages.filter((p) => !result.pages.has(p))).toEqual([]);
  });
});
