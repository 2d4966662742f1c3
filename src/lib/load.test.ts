/**
 * The core's entry point over real folders: what a missing or empty data folder reports, and that
 * the settings file reaches the reader.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validVariant } from '../../tools/authoring/broken-variants.ts';
import { writeWorkbooks } from '../../tools/authoring/workbook-data.ts';
import { loadProject } from './load.ts';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'isek-load-'));

describe('loadProject', () => {
  it('reports a missing data folder once, without follow-on sheet errors', async () => {
    const result = await loadProject({ dataDir: path.join(await tempDir(), 'fehlt') });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['data-dir.missing']);
  });

  it('reports a folder without workbooks once', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notizen.txt'), 'x');
    const result = await loadProject({ dataDir: dir });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['data-dir.empty']);
  });

  it('loads a clean export without errors or warnings', async () => {
    const dir = await tempDir();
    writeWorkbooks(dir, validVariant());
    const result = await loadProject({ dataDir: dir, today: '2026-11-25' });
    // Without settings the accessibility statement lacks the city's facts: the one warning.
    expect(result.diagnostics.filter((d) => d.severity !== 'notice').map((d) => d.code)).toEqual([
      'settings.accessibility-incomplete',
    ]);
    expect(result.model.measures.length).toBeGreaterThan(0);
  });

  it('stops warning about the accessibility statement once the settings or an own page say it', async () => {
    const dir = await tempDir();
    writeWorkbooks(dir, validVariant());
    const accessibility = {
      conformance: 'teilweise',
      assessedBy: 'eine Selbstbewertung',
      assessedOn: '2026-10-15',
      createdOn: '2026-10-20',
    };
    await writeFile(path.join(dir, 'einstellungen.json'), JSON.stringify({ accessibility }));
    const complete = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(complete.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    await writeFile(path.join(dir, 'einstellungen.json'), '{}');
    await mkdir(path.join(dir, 'seiten'));
    await writeFile(
      path.join(dir, 'seiten', 'barrierefreiheit.md'),
      '# Erklärung zur Barrierefreiheit\n\nEigener Text.',
    );
    const own = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(own.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  });

  it('names the defaults it uses when the data folder has no settings file', async () => {
    const dir = await tempDir();
    writeWorkbooks(dir, validVariant());
    const result = await loadProject({ dataDir: dir, today: '2026-11-25' });
    const notice = result.diagnostics.find((d) => d.code === 'settings.missing')!;
    expect(notice).toMatchObject({ severity: 'notice', file: 'einstellungen.json' });
    expect(notice.message).toContain('Stadt „Neumünster“');
    expect(notice.message).toContain('#004B87');
    expect(notice.message).toContain('Datenlizenz Deutschland');
    expect(result.ok).toBe(true);
    await writeFile(path.join(dir, 'einstellungen.json'), '{ "city": "Musterstadt" }');
    const withSettings = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(withSettings.diagnostics.some((d) => d.code === 'settings.missing')).toBe(false);
  });

  it('reports a settings file it cannot read as an error naming the file, not a crash', async () => {
    const dir = await tempDir();
    writeWorkbooks(dir, validVariant());
    // A folder where the file should be (EISDIR): any user, root too, gets the read error.
    await mkdir(path.join(dir, 'einstellungen.json'));
    const result = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(result.ok).toBe(false);
    const unreadable = result.diagnostics.filter((d) => d.code === 'file.unreadable');
    expect(unreadable).toEqual([expect.objectContaining({ severity: 'error', file: 'einstellungen.json' })]);
    expect(unreadable[0]!.message).toContain('ein Ordner statt einer Datei');
  });

  it('accepts in the workbook a status label the settings file renames', async () => {
    const dir = await tempDir();
    const workbooks = validVariant().map((wb) => ({
      ...wb,
      sheets: wb.sheets.map((sheet) => ({
        ...sheet,
        rows: sheet.rows.map((row) => row.map((cell) => (cell === 'in Umsetzung' ? 'Umsetzung läuft' : cell))),
      })),
    }));
    writeWorkbooks(dir, workbooks);
    const before = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(before.diagnostics.some((d) => d.code === 'value.invalid' && d.column === 'Status')).toBe(true);

    await writeFile(
      path.join(dir, 'einstellungen.json'),
      JSON.stringify({ statuses: { 'in-progress': { label: 'Umsetzung läuft' } } }),
    );
    const after = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(after.ok).toBe(true);
    expect(after.model.measures.some((m) => m.status === 'in-progress')).toBe(true);
  });
});
