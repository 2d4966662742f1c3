/**
 * Search quality on the sample site, in real Chromium with Pagefind's own JS API: a fixed list of
 * queries a citizen would type, each with the page that must be among the first five results
 * (issue 15, "Search that understands German"). The README's table „Suchqualität“ lists the same
 * queries with the rank found, and must agree with it; this test prints that table (`console.info`)
 * for updating it.
 *
 * Through the search page itself: „Meinten Sie …?“ for a misspelling, the topic and Stadtteil
 * pages after a search without results, and excerpts without the hidden keyword list.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findChromium,
  launchChromium,
  NO_CHROMIUM,
  serveStatic,
  type StaticServer,
  searchSettled,
} from '../support/browser.ts';
import { buildSite } from '../support/site.ts';
import { QUALITY_CASES, readmeQualityTable } from '../support/search-quality-cases.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

/**
 * Result paths (below the base) of a query, best first, through Pagefind's JS API. The script is
 * a string: Vitest would rewrite a dynamic `import()` inside a function handed to the browser.
 */
async function ranked(page: Page, base: string, query: string): Promise<string[]> {
  const script = `(async () => {
    window.__pf ??= import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then(async (api) => {
      await api.options({ baseUrl: ${JSON.stringify(base)} });
      await api.init();
      return api;
    });
    const api = await window.__pf;
    const found = await api.search(${JSON.stringify(query)});
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname.slice(${base.length}));
  })()`;
  return (await page.evaluate(script)) as string[];
}

describe.skipIf(!chromium)('search quality on the sample site', () => {
  const base = '/';
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    const built = await buildSite({ base });
    expect(built.outcome.ok).toBe(true);
    browser = await launchChromium();
    server = await serveStatic(built.outDir, base);
    page = await browser.newPage();
    await page.goto(`${server.url}suche/`);
  });

  afterAll(async () => {
    await page?.close();
    await server?.close();
    await browser?.close();
  });

  it('has every expected page among the first five results', async () => {
    expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(20);
    const rows: string[] = [];
    const misses: string[] = [];
    const ranks: number[] = [];
    for (const c of QUALITY_CASES) {
      const paths = await ranked(page, base, c.query);
      const rank = paths.indexOf(c.expected) + 1;
      ranks.push(rank);
      rows.push(`| \`${c.query}\` | \`/${c.expected}\` | ${c.why} | ${rank === 0 ? '–' : rank} |`);
      if (rank === 0 || rank > 5) misses.push(`${c.query} → ${c.expected}: ${paths.slice(0, 5).join(', ')}`);
    }
    // The README's table as it should be (format it with Prettier after pasting).
    console.info(
      ['| Suche | erwartete Seite | was geprüft wird | Rang |', '| --- | --- | --- | ---: |', ...rows].join('\n'),
    );
    expect(misses).toEqual([]);
    expect(readmeQualityTable(), 'README „Suchqualität“: Ränge aus der Ausgabe dieses Tests übernehmen').toEqual(
      QUALITY_CASES.map((c, i) => ({ query: c.query, expected: `/${c.expected}`, rank: ranks[i] })),
    );
  });

  it('suggests Klimaschutz for Klimaschuz and follows the suggestion', async () => {
    await page.goto(`${server.url}suche/?q=Klimaschuz`);
    await searchSettled(page);
    const suggest = page.locator('[data-search-suggest]');
    await suggest.waitFor({ state: 'visible' });
    expect(await suggest.innerText()).toMatch(/^Meinten Sie: Klimaschutz/);
    expect(await page.locator('[data-search-status]').innerText()).toContain('Vorschlag: „Klimaschutz“');
    await suggest.locator('a').first().click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'Klimaschutz');
    await searchSettled(page);
    expect(await page.locator('#suche-q').inputValue()).toBe('Klimaschutz');
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    expect(await suggest.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('suche-ergebnisse-titel');
  });

  it('links the topic and Stadtteil pages when nothing is found', async () => {
    await page.goto(`${server.url}suche/?q=Xylophonkonzert`);
    await searchSettled(page);
    const topics = page.locator('[data-search-topics]');
    expect(await topics.isVisible()).toBe(true);
    const links = await topics
      .locator('a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/produktbereiche/5/');
    expect(links).toContain('/stadtteile/einfeld/');
    await page.goto(`${server.url}suche/?q=Radweg`);
    await searchSettled(page);
    expect(await topics.isVisible()).toBe(false);
  });

  it('shows the page text, not the keyword list, for a hit on a hidden keyword', async () => {
    await page.goto(`${server.url}suche/?q=Kindergarten`);
    await searchSettled(page);
    const item = page.locator('[data-search-results] li', { has: page.locator('a[href$="/massnahmen/2024-023/"]') });
    const excerpt = await item.locator('.isek-search-result__excerpt').innerText();
    expect(excerpt).not.toMatch(/Kindertagesstätte|Kinderkrippe|Kindertagespflege/);
    expect(excerpt.length).toBeGreaterThan(20);
  });

  it.each(['Sport', 'Schule', 'Radweg', 'Kita'])(
    'takes every excerpt for „%s“ from the pages’ own text, never from the keyword list',
    async (query) => {
      await page.goto(`${server.url}suche/?q=${encodeURIComponent(query)}`);
      await searchSettled(page);
      const shown = await page.locator('[data-search-results] li').evaluateAll((items) =>
        items.map((li) => ({
          url: new URL(li.querySelector('a')!.href).pathname,
          excerpt: li.querySelector('.isek-search-result__excerpt')?.textContent ?? '',
        })),
      );
      expect(shown.length).toBeGreaterThan(0);
      const script = `(async () => {
        const api = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        await api.options({ baseUrl: ${JSON.stringify(base)} });
        const found = await api.search(${JSON.stringify(query)});
        const data = await Promise.all(found.results.map((r) => r.data()));
        return data.map((d) => {
          const words = d.content.split(/[\\r\\n\\s]+/g).filter(Boolean);
          const own = words.slice(0, words.length - Number(d.meta.stichwoerter ?? 0)).join(' ');
          const el = document.createElement('textarea');
          el.innerHTML = own;
          return { url: new URL(d.url, location.href).pathname, own: el.value };
        });
      })()`;
      const texts = new Map(
        ((await page.evaluate(script)) as { url: string; own: string }[]).map((t) => [t.url, t.own]),
      );
      for (const { url, excerpt } of shown) {
        const own = texts.get(url);
        if (own === undefined) continue;
        const body = excerpt.replace(/^… /, '').replace(/ …$/, '');
        expect([url, own.includes(body)]).toEqual([url, true]);
      }
    },
  );
});
