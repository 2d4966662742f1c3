import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverDataFiles, extensionOf, isLockFile } from './discover.ts';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'isek-discover-'));
  dir = join(root, 'data');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const touch = (name: string, content = 'x') => writeFile(join(dir, name), content);

describe('discoverDataFiles', () => {
  it('lists workbooks of every supported extension, case-insensitively, sorted by German collation', async () => {
    for (const name of ['Ziele.xlsx', 'Übersicht.ODS', 'alt.XLS', 'Makros.xlsm', 'Zweite.xlsx', 'Österreich.xls'])
      await touch(name);
    const { workbooks, diagnostics } = await discoverDataFiles(dir);
    expect(workbooks.map((w) => w.name)).toEqual([
      'alt.XLS',
      'Makros.xlsm',
      'Österreich.xls',
      'Übersicht.ODS',
      'Ziele.xlsx',
      'Zweite.xlsx',
    ]);
    expect(workbooks[0]!.path).toBe(join(dir, 'alt.XLS'));
    expect(diagnostics).toEqual([]);
  });

  it('skips lock files of Excel and LibreOffice with a notice, without opening them', async () => {
    await touch('Ziele.xlsx');
    await touch('~$Ziele.xlsx');
    await touch('.~lock.Ziele.xlsx#');
    const { workbooks, diagnostics } = await discoverDataFiles(dir);
    expect(workbooks.map((w) => w.name)).toEqual(['Ziele.xlsx']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['file.lock-skipped', 'notice', '.~lock.Ziele.xlsx#'],
      ['file.lock-skipped', 'notice', '~$Ziele.xlsx'],
    ]);
    expect(diagnostics[0]!.message).toContain('Sperrdatei');
  });

  it("is silent about the project's own files: settings, pages, publications, logos, README, dot-files", async () => {
    await touch('Ziele.xlsx');
    for (const name of [
      'einstellungen.json',
      'logo.svg',
      'wappen.PNG',
      'foto.jpg',
      'README.md',
      'readme.txt',
      '.DS_Store',
      '.gitkeep',
    ])
      await touch(name);
    await mkdir(join(dir, 'seiten'));
    await mkdir(join(dir, 'veroeffentlichungen'));
    await mkdir(join(dir, '.git'));
    const { diagnostics } = await discoverDataFiles(dir);
    expect(diagnostics).toEqual([]);
  });

  it('gives a notice for any other file and for unexpected sub-folders', async () => {
    await touch('Ziele.xlsx');
    await touch('export.csv');
    await touch('Notizen.docx');
    await mkdir(join(dir, 'alt'));
    await mkdir(join(dir, 'nested.xlsx'));
    const { workbooks, diagnostics } = await discoverDataFiles(dir);
    expect(workbooks.map((w) => w.name)).toEqual(['Ziele.xlsx']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['file.unsupported-type', 'notice', 'alt'],
      ['file.unsupported-type', 'notice', 'export.csv'],
      ['file.unsupported-type', 'notice', 'nested.xlsx'],
      ['file.unsupported-type', 'notice', 'Notizen.docx'],
    ]);
    expect(diagnostics[1]!.message).toContain('„export.csv“');
  });

  it('follows symbolic links to workbooks and reports dangling ones', async () => {
    await writeFile(join(root, 'elsewhere.xlsx'), 'x');
    await symlink(join(root, 'elsewhere.xlsx'), join(dir, 'Ziele.xlsx'));
    await symlink(join(root, 'gone.xlsx'), join(dir, 'Kaputt.xlsx'));
    const { workbooks, diagnostics } = await discoverDataFiles(dir);
    expect(workbooks.map((w) => w.name)).toEqual(['Ziele.xlsx']);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['file.unsupported-type', 'Kaputt.xlsx']]);
  });

  it('reports a missing data folder as an error located at the folder name', async () => {
    const { workbooks, diagnostics } = await discoverDataFiles(join(root, 'daten'));
    expect(workbooks).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.sheet])).toEqual([
      ['data-dir.missing', 'error', 'daten', null],
    ]);
    expect(diagnostics[0]!.message).toContain('fehlt');
  });

  it('reports a file given as data folder', async () => {
    await touch('Ziele.xlsx');
    const { diagnostics } = await discoverDataFiles(join(dir, 'Ziele.xlsx'));
    expect(diagnostics.map((d) => d.code)).toEqual(['data-dir.missing']);
    expect(diagnostics[0]!.message).toContain('kein Ordner');
  });

  it('reports a folder without any workbook, next to the notices about what is there', async () => {
    await touch('~$Ziele.xlsx');
    await touch('einstellungen.json');
    const { workbooks, diagnostics } = await discoverDataFiles(dir);
    expect(workbooks).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['file.lock-skipped', 'notice', '~$Ziele.xlsx'],
      ['data-dir.empty', 'error', 'data'],
    ]);
  });
});

describe('helpers', () => {
  it('extensionOf lower-cases and ignores dot-files without extension', () => {
    expect(extensionOf('A.B.XLSX')).toBe('.xlsx');
    expect(extensionOf('.gitkeep')).toBe('');
    expect(extensionOf('Makefile')).toBe('');
  });
  it('isLockFile knows both lock-file conventions', () => {
    expect(isLockFile('~$a.xlsx')).toBe(true);
    expect(isLockFile('.~lock.a.ods#')).toBe(true);
    expect(isLockFile('a~$.xlsx')).toBe(false);
  });
});
