/**
 * Builds the committed sample data and checks the published site: a page for every measure, goal,
 * department and product area, and no internal link or asset that leads nowhere — at `/` and
 * under a sub-path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/load.ts';
import type { IsekModel } from '../../src/lib/schemas/model.ts';
import { buildSite, fileForUrl, linksOf, listFiles, SAMPLE_DATA } from '../support/site.ts';

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

  it('publishes every row of the sample data', () => {
    expect(model.measures.length).toBeGreaterThanOrEqual(200);
    expect(model.goals.length).toBeGreaterThanOrEqual(40);
    expect(model.departments.length).toBeGreaterThanOrEqual(25);
    for (const counts of Object.values(model.rowCounts)) {
      expect(counts.refused).toBe(0);
      expect(counts.published + counts.skippedEmpty).toBe(counts.read);
    }
  });

  it('has no internal link or asset that leads nowhere', async () => {
    const broken: string[] = [];
    const checked = new Map<string, boolean>();
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      for (const link of linksOf(html)) {
        if (/^(https?:|mailto:|tel:|#|data:)/.test(link)) continue;
        const url = new URL(link, `http://localhost${base}${page.replace(/index\.html$/, '')}`);
        if (!checked.has(url.pathname)) checked.set(url.pathname, (await fileForUrl(outDir, base, url.pathname)) !== null);
        if (!checked.get(url.pathname)) broken.push(`${page} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
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
    expect(html).toContain(`${base}fachdienste/${model.departments.find((d) => d.id === measure.leadDepartmentId)!.slug}/`);
  });
});
