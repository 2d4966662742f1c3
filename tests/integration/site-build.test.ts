/**
 * Builds the committed sample data and checks the published site: a page for every measure, goal,
 * department and product area, every measure once on the overview's pages and every long list
 * complete across its pages, and no internal link or asset that leads nowhere — at `/` and under
 * a sub-path.
 */
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/load.ts';
import type { IsekModel } from '../../src/lib/schemas/model.ts';
import { buildSite, fileForUrl, linksOf, listFiles, SAMPLE_DATA } from '../support/site.ts';
import { OVERVIEW_PAGE_SIZE } from '../../src/utils/pagination.ts';
import { moneyFigures } from '../../src/lib/model/money.ts';
import { formatMoney, formatMoneyCompact } from '../../src/lib/common/format.ts';

let model: IsekModel;

beforeAll(async () => {
  const project = await loadProject({ dataDir: SAMPLE_DATA, today: '2026-11-25' });
  expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = project.model;
});

describe.each(['/', '/isek/'])('the sample site built for %s', (base) => {
  let outDir: string;
  let pages: string[];

  beforeAll(async () => {
    const built = await buildSite({ base });
    expect(built.outcome.ok, JSON.stringify(built.outcome.ok ? '' : built.outcome)).toBe(true);
    outDir = built.outDir;
    pages = (await listFiles(outDir)).filter((f) => f.endsWith('.html'));
  });

  it('has a page for every measure, goal, department and product area', () => {
    const expected = [
      'index.html',
      'massnahmen/index.html',
      'ziele/index.html',
      'fachdienste/index.html',
      'produktbereiche/index.html',
      ...model.measures.map((m) => `massnahmen/${m.slug}/index.html`),
      ...model.goals.map((g) => `ziele/${g.slug}/index.html`),
      ...model.departments.map((d) => `fachdienste/${d.slug}/index.html`),
      ...model.productAreas.map((p) => `produktbereiche/${p.id}/index.html`),
    ];
    const missing = expected.filter((p) => !pages.includes(p));
    expect(missing).toEqual([]);
  });

  /** The measure links of a page's measure list (table rows or list items), in order. */
  function listedMeasures(html: string): string[] {
    const links: string[] = [];
    for (const m of html.matchAll(
      /<(?:tr class="isek-measure-row"[^>]*|li class="isek-measure-list__item")>[\s\S]*?<a[^>]* href="([^"]*)"/g,
    ))
      links.push(m[1]!);
    return links;
  }

  /** The address of „Nächste Seite“ in a page's page navigation, or `null` on the last page. */
  function nextPage(html: string): string | null {
    const nav = /<nav class="isek-pagination"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    return /<a href="([^"]*)" rel="next">/.exec(nav)?.[1]?.replace(/&amp;/g, '&') ?? null;
  }

  /** Every page of a paginated list, following „Nächste Seite“ from its first page. */
  async function listPages(first: string): Promise<{ file: string; html: string }[]> {
    const pages: { file: string; html: string }[] = [];
    let url: string | null = `${base}${first}`;
    while (url) {
      const file = await fileForUrl(outDir, base, url.split('#')[0]!);
      expect(file, url).not.toBeNull();
      const html = await readFile(file!, 'utf8');
      pages.push({ file: path.relative(outDir, file!), html });
      url = nextPage(html);
    }
    return pages;
  }

  it('lists every measure on exactly one page of the overview, in Nr. order', async () => {
    const overview = pages.filter((p) => /^massnahmen\/(seite\/\d+\/)?index\.html$/.test(p));
    expect(overview.length).toBe(Math.ceil(model.measures.length / OVERVIEW_PAGE_SIZE));
    const followed = await listPages('massnahmen/');
    expect(followed.map((p) => p.file).sort()).toEqual([...overview].sort());
    const linked = followed.flatMap((p) => listedMeasures(p.html));
    const sorted = [...model.measures].sort((a, b) => a.id.localeCompare(b.id, 'de', { numeric: true }));
    expect(linked).toEqual(sorted.map((m) => `${base}massnahmen/${m.slug}/`));
    for (const { html } of followed) expect(listedMeasures(html).length).toBeLessThanOrEqual(OVERVIEW_PAGE_SIZE);
  });

  it('lists every measure of a department, product area, goal and SDG across the pages of its list', async () => {
    const slugs = new Map(model.measures.map((m) => [m.id, m.slug]));
    const links = (ids: readonly string[]) => new Set(ids.map((id) => `${base}massnahmen/${slugs.get(id)}/`));
    const lists: { first: string; ids: readonly string[]; only?: string }[] = [
      ...model.productAreas.map((a) => ({ first: `produktbereiche/${a.id}/`, ids: a.measureIds })),
      ...model.goals.map((g) => ({ first: `ziele/${g.slug}/`, ids: g.allMeasureIds })),
      ...Array.from({ length: 17 }, (_, i) => ({
        first: `sdg/${i + 1}/`,
        ids: model.measures.filter((m) => m.sdgs.includes(i + 1)).map((m) => m.id),
      })),
      ...model.departments.flatMap((d) => [
        { first: `fachdienste/${d.slug}/`, ids: d.leadMeasureIds, only: 'federfuehrend' },
        { first: `fachdienste/${d.slug}/`, ids: d.participatingMeasureIds, only: 'beteiligt' },
      ]),
    ];
    let paginated = 0;
    for (const list of lists) {
      const first = await fileForUrl(outDir, base, `${base}${list.first}`);
      const firstHtml = await readFile(first!, 'utf8');
      // A department page holds two lists: take the part below the list's heading.
      const section = (html: string) =>
        list.only ? html.slice(html.indexOf(`id="${list.only}"`)).split(/<h2[ >]/)[0]! : html;
      const nextOf = (html: string) => nextPage(section(html));
      const seen: string[] = listedMeasures(section(firstHtml));
      let next = nextOf(firstHtml);
      while (next) {
        paginated += 1;
        const html = await readFile((await fileForUrl(outDir, base, next))!, 'utf8');
        seen.push(...listedMeasures(html));
        next = nextOf(html);
      }
      expect(new Set(seen), list.first + (list.only ?? '')).toEqual(links(list.ids));
      expect(seen.length, list.first + (list.only ?? '')).toBe(new Set(seen).size);
    }
    // The sample data has lists longer than one page, so the pages were really followed.
    expect(paginated).toBeGreaterThan(0);
  });

  it('publishes every row of the sample data', () => {
    expect(model.measures.length).toBeGreaterThanOrEqual(200);
    expect(model.goals.length).toBeGreaterThanOrEqual(40);
    expect(model.departments.length).toBeGreaterThanOrEqual(25);
    for (const counts of Object.values(model.rowCounts)) {
      expect(counts.refused).toBe(0);
      expect(counts.published + counts.skippedEmpty).toBe(counts.read);
    }
  });

  it('places its open data in the city by the key from the settings', async () => {
    const dcat = JSON.parse(await readFile(path.join(outDir, 'daten', 'dcat.jsonld'), 'utf8'));
    // data/einstellungen.json: "municipalityKey": "01004000" (Neumünster).
    for (const dataset of dcat['dcat:dataset']) {
      expect(dataset['dcatde:politicalGeocodingURI']).toEqual({
        '@id': 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/01004000',
      });
    }
  });

  it('offers every published row as an .xlsx workbook too, with the numbers as numbers', async () => {
    const expected = {
      'massnahmen.xlsx': model.measures.map((m) => m.id),
      'ziele.xlsx': model.goals.map((g) => g.id),
      'fachdienste.xlsx': model.departments.map((d) => d.id),
    };
    for (const [file, ids] of Object.entries(expected)) {
      const book = XLSX.read(await readFile(path.join(outDir, 'daten', file)), { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!, {
        defval: null,
      });
      expect(
        rows.map((r) => String(Object.values(r)[0])),
        file,
      ).toEqual(ids);
    }
    const book = XLSX.read(await readFile(path.join(outDir, 'daten', 'massnahmen.xlsx')), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Maßnahmen']!, { defval: null });
    const costs = model.measures.filter((m) => m.costs !== null);
    expect(rows.filter((r) => typeof r['Kosten (€)'] === 'number').length).toBe(costs.length);
  });

  it('has no internal link or asset that leads nowhere', async () => {
    const broken: string[] = [];
    const checked = new Map<string, boolean>();
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      for (const link of linksOf(html)) {
        if (/^(https?:|mailto:|tel:|#|data:)/.test(link)) continue;
        const url = new URL(link, `http://localhost${base}${page.replace(/index\.html$/, '')}`);
        if (!checked.has(url.pathname))
          checked.set(url.pathname, (await fileForUrl(outDir, base, url.pathname)) !== null);
        if (!checked.get(url.pathname)) broken.push(`${page} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names every class with the isek- prefix, so the styles of a page around it cannot collide', async () => {
    const foreign = new Set<string>();
    for (const file of pages) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g))
        for (const name of value!.split(/\s+/)) if (name && !name.startsWith('isek-')) foreign.add(`${name} (${file})`);
    }
    expect([...foreign]).toEqual([]);
  });

  it('links every page under the base path only', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const rootRelative = linksOf(html).filter((l) => l.startsWith('/') && !l.startsWith(base));
    expect(rootRelative).toEqual([]);
  });

  it('shows a measure with its fields, report and goal chain', async () => {
    const measure = model.measures.find((m) => m.report && m.goalIds.length > 0 && m.costs !== null)!;
    const html = await readFile(path.join(outDir, 'massnahmen', measure.slug, 'index.html'), 'utf8');
    expect(html).toContain(measure.title.replace(/&/g, '&amp;'));
    expect(html).toContain(measure.report!.body.html);
    expect(html).toContain(`${base}ziele/${model.goals.find((g) => g.id === measure.goalIds[0])!.slug}/`);
    expect(html).toContain(
      `${base}fachdienste/${model.departments.find((d) => d.id === measure.leadDepartmentId)!.slug}/`,
    );
  });

  it('marks a delayed measure on its page with its planned end, and no other', async () => {
    const delayed = model.measures.find((m) => m.delayed)!;
    const onTime = model.measures.find((m) => !m.delayed && m.end !== null && m.status === 'in-progress')!;
    const page = (m: typeof delayed) => readFile(path.join(outDir, 'massnahmen', m.slug, 'index.html'), 'utf8');
    expect(await page(delayed)).toMatch(
      /<span class="isek-tag isek-tag--delayed">verzögert <span class="isek-tag__detail">\(geplant bis [^)]+\)<\/span><\/span>/,
    );
    expect(await page(onTime)).not.toContain('isek-tag--delayed');
  });

  it('shows the core’s sums of costs and funding on goal, product-area and department pages', async () => {
    const byId = new Map(model.measures.map((m) => [m.id, m]));
    const of = (ids: readonly string[]) => ids.map((id) => byId.get(id)!);
    const goal = model.goals.find((g) => g.parentId === null && g.allMeasureIds.length > 1)!;
    const area = model.productAreas.find((a) => a.measureIds.length > 1)!;
    const department = model.departments.find((d) => d.leadMeasureIds.length > 1)!;
    for (const [file, measures] of [
      [`ziele/${goal.slug}/index.html`, of(goal.allMeasureIds)],
      [`produktbereiche/${area.id}/index.html`, of(area.measureIds)],
      [`fachdienste/${department.slug}/index.html`, of(department.leadMeasureIds)],
    ] as const) {
      const html = (await readFile(path.join(outDir, file), 'utf8')).replace(/&nbsp;/g, '\u00a0');
      const { costs } = moneyFigures(measures);
      expect(costs.withValue, file).toBeGreaterThan(0);
      expect(html, file).toContain(`<span class="isek-money__amount">${formatMoneyCompact(costs.total)}</span>`);
      expect(html, file).toContain(`genau ${formatMoney(costs.total)}`);
      const coverage =
        costs.withValue === costs.of
          ? `Kosten aller ${costs.of} Maßnahmen`
          : `Kosten von ${costs.withValue} der ${costs.of} Maßnahmen`;
      expect(html, file).toContain(coverage);
    }
  });
});
