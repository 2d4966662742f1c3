import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../lib/load.ts';
import type { ModelFile } from '../lib/model-file.ts';
import { OPEN_DATA_FILES } from '../lib/output/open-data/catalogue.ts';
import { renderOpenDataFiles, writeRenderedFiles, type RenderedFile } from './open-data-files.ts';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'data');

let content: ModelFile;
beforeAll(async () => {
  const project = await loadProject({ dataDir: SAMPLE, today: '2026-11-25' });
  if (!project.ok) throw new Error('the sample data does not load');
  content = { model: project.model, settings: project.settings };
});

const text = (files: readonly RenderedFile[], name: string): string => {
  const body = files.find((f) => f.path === `daten/${name}`)?.body;
  if (body === undefined) throw new Error(`no ${name}`);
  return typeof body === 'string' ? body : new TextDecoder().decode(body);
};

describe('renderOpenDataFiles', () => {
  it('renders every file of /daten/ at its path, with every record', async () => {
    const files = await renderOpenDataFiles(content, '/');
    expect(files.map((f) => f.path).sort()).toEqual(
      Object.values(OPEN_DATA_FILES)
        .map((name) => `daten/${name}`)
        .sort(),
    );
    const measures = JSON.parse(text(files, 'massnahmen.json')) as { massnahmen: { nr: string }[] };
    expect(measures.massnahmen.map((m) => m.nr).sort()).toEqual(content.model.measures.map((m) => m.id).sort());
    const indicators = JSON.parse(text(files, 'kennzahlen.json')) as { kennzahlen: unknown[] };
    expect(indicators.kennzahlen).toHaveLength(content.model.indicators.length);
    expect(text(files, 'massnahmen.csv').startsWith('\uFEFF')).toBe(true);
    const workbook = files.find((f) => f.path === 'daten/massnahmen.xlsx')?.body;
    expect(workbook).toBeInstanceOf(Uint8Array);
  });

  it('lists the records in the site’s order, whatever order the model holds them in', async () => {
    const { model } = content;
    const reversed: ModelFile = {
      ...content,
      model: {
        ...model,
        measures: [...model.measures].reverse(),
        goals: [...model.goals].reverse(),
        departments: [...model.departments].reverse(),
        productAreas: [...model.productAreas].reverse(),
        indicators: [...model.indicators].reverse(),
      },
    };
    const [a, b] = await Promise.all([renderOpenDataFiles(content, '/'), renderOpenDataFiles(reversed, '/')]);
    for (const [i, file] of a.entries()) {
      expect(Buffer.from(b[i]!.body).equals(Buffer.from(file.body)), file.path).toBe(true);
    }
    const ids = text(a, 'ziele.csv')
      .split('\r\n')
      .slice(1, 4)
      .map((line) => line.split(',')[0]);
    // Tree order: the first product area's top goal, then its sub-goals.
    expect(ids).toEqual(model.productAreas.find((p) => p.id === 1)!.goalIds.slice(0, 3));
  });

  it('links the pages under the base path, absolute with the public address', async () => {
    const under = await renderOpenDataFiles(content, '/isek/');
    const measure = content.model.measures[0]!;
    expect(text(under, 'massnahmen.csv')).toContain(`/isek/massnahmen/${measure.slug}/`);
    const published: ModelFile = { ...content, settings: { ...content.settings, siteUrl: 'https://www.example.org/' } };
    const absolute = await renderOpenDataFiles(published, '/isek/');
    expect(text(absolute, 'massnahmen.csv')).toContain(`https://www.example.org/isek/massnahmen/${measure.slug}/`);
    expect(text(absolute, 'dcat.jsonld')).toContain('https://www.example.org/isek/daten/massnahmen.csv');
  });
});

describe('writeRenderedFiles', () => {
  it('writes each file below the site folder, creating its folders', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'isek-open-data-'));
    await writeRenderedFiles(site, [
      { path: 'daten/a.csv', body: 'x\r\n' },
      { path: 'daten/b.xlsx', body: new Uint8Array([1, 2, 3]) },
    ]);
    expect(await readFile(path.join(site, 'daten', 'a.csv'), 'utf8')).toBe('x\r\n');
    expect([...(await readFile(path.join(site, 'daten', 'b.xlsx')))]).toEqual([1, 2, 3]);
  });
});
