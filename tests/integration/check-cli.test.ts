/**
 * `npm run check`: the German report, the exit code, and the one JSON document of `--json`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenVariants } from '../../tools/authoring/broken-variants.ts';
import { writeWorkbooks } from '../../tools/authoring/workbook-data.ts';
import { ROOT } from '../support/site.ts';

function check(args: readonly string[]) {
  return spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

async function brokenData(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-check-'));
  writeWorkbooks(dir, brokenVariants().find((v) => v.name === name)!.workbooks);
  return dir;
}

describe('npm run check', () => {
  it('passes the sample data with exit code 0 and reconciles the rows', () => {
    const result = check([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('keine Fehler');
    expect(result.stdout).toMatch(
      /Maßnahmen: \d+ Zeilen gelesen = \d+ übernommen \+ \d+ leer übersprungen \+ 0 abgelehnt/,
    );
  });

  it('fails with exit code 1 and names file, sheet, row and column', async () => {
    const result = check(['--daten', await brokenData('percent-120')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/ISEK\.xlsx › Blatt „Maßnahmen“ › Zeile \d+ › Spalte [A-Z]+ „Fortschritt“/);
    expect(result.stderr).toBe('');
  });

  it('reads the data folder from ISEK_DATA_DIR', async () => {
    const dir = await brokenData('unknown-goal');
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ISEK_DATA_DIR: dir },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(dir);
  });
});

describe('npm run check on keys that Excel or a copy changed', () => {
  it.each([
    ['goal-number-as-date', 'Ziele', 'Excel'],
    ['invisible-character-in-key', 'Nr.', 'U+2060'],
    ['key-too-long', 'Nr.', 'höchstens 64'],
    ['department-list-half-known', 'Beteiligte Fachdienste', '„99“'],
  ])('%s: exit 1, a located German message, no stack trace', async (name, column, says) => {
    const result = check(['--daten', await brokenData(name)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`ISEK\\.xlsx › Blatt „Maßnahmen“ › Zeile \\d+ › Spalte [A-Z]+ „${column.replace('.', '\\.')}“`),
    );
    expect(result.stdout).toContain(says);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |Error:|ENAMETOOLONG/);
    expect(result.stderr).toBe('');
  });

  it('says what Excel did with the goal number and how to fix it, without guessing', async () => {
    const result = check(['--daten', await brokenData('goal-number-as-date')]);
    expect(result.stdout).toContain('05.01.2026');
    expect(result.stdout).toContain('Spalte als Text formatieren');
    expect(result.stdout).toContain('[value.excel-date]');
    expect(result.stdout).not.toContain('Meinten Sie');
  });
});

describe('npm run check -- --json', () => {
  it('prints exactly one JSON document with counts and located diagnostics', async () => {
    const result = check(['--json', '--daten', await brokenData('unknown-department')]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(Object.keys(report.counts)).toEqual(
      expect.arrayContaining(['measures', 'goals', 'departments', 'productAreas', 'reports']),
    );
    const error = report.diagnostics.find((d: { code: string }) => d.code === 'ref.unknown-department');
    expect(error).toEqual({
      severity: 'error',
      code: 'ref.unknown-department',
      file: 'ISEK.xlsx',
      sheet: 'Maßnahmen',
      row: expect.any(Number),
      column: 'Fachdienst',
      columnLetter: expect.stringMatching(/^[A-Z]+$/),
      message: expect.stringContaining('Meinten Sie'),
    });
  });

  it('is valid JSON on stdout through npm itself (no npm banner)', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'check', '--', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.counts.measures).toBeGreaterThanOrEqual(200);
  });
});
