import { cp, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFolderState, loadModelOnce } from './load-model.ts';
import { loadProject } from '../lib/load.ts';
import { writeModelFile } from '../lib/model-file.ts';

describe('dataFolderState', () => {
  it('changes when the office saves, adds or removes a file, also in seiten/', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'isek-state-'));
    await writeFile(path.join(folder, 'Massnahmen.xlsx'), 'a');
    await mkdir(path.join(folder, 'seiten'));
    await writeFile(path.join(folder, 'seiten', 'ueber.md'), '# Über');
    const first = dataFolderState(folder);
    expect(dataFolderState(folder)).toBe(first);

    // Saved again with the same size: only the modification time differs.
    await writeFile(path.join(folder, 'Massnahmen.xlsx'), 'b');
    await utimes(path.join(folder, 'Massnahmen.xlsx'), new Date(), new Date(Date.now() + 5000));
    const saved = dataFolderState(folder);
    expect(saved).not.toBe(first);

    await writeFile(path.join(folder, 'seiten', 'ueber.md'), '# Über uns');
    const edited = dataFolderState(folder);
    expect(edited).not.toBe(saved);

    await writeFile(path.join(folder, 'einstellungen.json'), '{}');
    const added = dataFolderState(folder);
    expect(added).not.toBe(edited);

    await rm(path.join(folder, 'einstellungen.json'));
    expect(dataFolderState(folder)).toBe(edited);
  });

  it('names a missing folder as such', () => {
    expect(dataFolderState(path.join(tmpdir(), 'isek-no-such-folder'))).toBe('missing');
  });
});

describe('loadModelOnce', () => {
  const SAMPLE = path.join(import.meta.dirname, '..', '..', 'data');
  const saved = { file: process.env.ISEK_MODEL_FILE, dir: process.env.ISEK_DATA_DIR };
  afterEach(() => {
    for (const [key, value] of [
      ['ISEK_MODEL_FILE', saved.file],
      ['ISEK_DATA_DIR', saved.dir],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('reads the build’s model file once and shares it', async () => {
    const project = await loadProject({ dataDir: SAMPLE, today: '2026-11-25' });
    if (!project.ok) throw new Error('the sample data does not load');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'isek-model-')), 'model.json');
    await writeModelFile(file, { model: project.model, settings: { ...project.settings, siteTitle: 'Aus der Datei' } });
    process.env.ISEK_MODEL_FILE = file;
    const first = loadModelOnce();
    expect(loadModelOnce()).toBe(first);
    expect((await first).settings.siteTitle).toBe('Aus der Datei');
    expect((await first).model.measures).toHaveLength(project.model.measures.length);
  });

  it('in astro dev runs the core on the data folder, again once a file there changed', async () => {
    delete process.env.ISEK_MODEL_FILE;
    const folder = await mkdtemp(path.join(tmpdir(), 'isek-dev-data-'));
    await cp(SAMPLE, folder, { recursive: true });
    process.env.ISEK_DATA_DIR = folder;
    const first = loadModelOnce();
    expect(loadModelOnce()).toBe(first);
    const before = (await first).settings.siteTitle;

    const settingsFile = path.join(folder, 'einstellungen.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
    await writeFile(settingsFile, JSON.stringify({ ...settings, siteTitle: 'ISEK Geändert' }));
    await utimes(settingsFile, new Date(), new Date(Date.now() + 5000));
    const again = loadModelOnce();
    expect(again).not.toBe(first);
    expect((await again).settings.siteTitle).toBe('ISEK Geändert');
    expect(before).not.toBe('ISEK Geändert');
  });
});
