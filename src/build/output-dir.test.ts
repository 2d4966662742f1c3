import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDirProblem } from './output-dir.ts';
import { BUILD_INFO_FILE } from './preview-server.ts';

async function project(): Promise<{ root: string; dataDir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'isek-outdir-'));
  const dataDir = path.join(root, 'data');
  await mkdir(dataDir);
  await writeFile(path.join(dataDir, 'Massnahmen.xlsx'), '');
  return { root, dataDir };
}

describe('outputDirProblem', () => {
  it('accepts the usual dist/, new or holding an earlier site', async () => {
    const folders = await project();
    const dist = path.join(folders.root, 'dist');
    expect(await outputDirProblem(dist, folders)).toBeNull();
    await mkdir(dist);
    expect(await outputDirProblem(dist, folders)).toBeNull();
    await writeFile(path.join(dist, 'index.html'), 'alt');
    await writeFile(path.join(dist, BUILD_INFO_FILE), '{"base":"/"}');
    expect(await outputDirProblem(dist, folders)).toBeNull();
  });

  it('refuses the project, the data folder and any folder above them', async () => {
    const folders = await project();
    expect(await outputDirProblem(folders.root, folders)).toBe('holds-project');
    expect(await outputDirProblem(folders.dataDir, folders)).toBe('holds-project');
    expect(await outputDirProblem(path.dirname(folders.root), folders)).toBe('holds-project');
  });

  it('refuses a folder inside the data folder', async () => {
    const folders = await project();
    expect(await outputDirProblem(path.join(folders.dataDir, 'website'), folders)).toBe('inside-data');
  });

  it('refuses a folder with files of something else, e.g. a web server’s root', async () => {
    const folders = await project();
    const webRoot = path.join(folders.root, 'htdocs');
    await mkdir(path.join(webRoot, 'andere-seite'), { recursive: true });
    await writeFile(path.join(webRoot, 'index.html'), 'Startseite der Stadt');
    expect(await outputDirProblem(webRoot, folders)).toBe('foreign-content');
  });
});
