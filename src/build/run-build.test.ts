/**
 * The build's progress and its guarantee on data errors: a data folder with an invalid setting
 * stops after reading and checking, the Astro process started meanwhile is ended before it renders
 * a page, and the output folder stays as it was.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBuild, type StageEvent } from './run-build.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function sampleCopy(settings: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-data-'));
  for (const name of await readdir(path.join(ROOT, 'data'))) {
    if (name.endsWith('.xlsx')) await copyFile(path.join(ROOT, 'data', name), path.join(dir, name));
  }
  await writeFile(path.join(dir, 'einstellungen.json'), JSON.stringify(settings));
  return dir;
}

/** Running Astro processes of the build script whose output folder is named after `outName` (Linux). */
async function workersBuilding(outName: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (command.includes('astro-build-worker') && command.includes(`build-${outName}.`)) found.push(pid);
  }
  return found;
}

describe('runBuild with data errors', () => {
  it('reports reading and checking as separate stages, then stops without touching the output', async () => {
    const dataDir = await sampleCopy({ city: 'Kiel', colours: { primary: 'rot' } });
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'isek-out-')), 'dist');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'alte Website');
    const stages: StageEvent[] = [];
    const outcome = await runBuild({
      dataDir,
      outDir,
      root: ROOT,
      today: '2026-11-25',
      onStage: (e) => stages.push(e),
    });

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toBe('data');
    expect(stages.map((s) => s.stage)).toEqual(['read', 'check']);
    const [read, check] = stages;
    expect(read!.counts.files).toBeGreaterThanOrEqual(1);
    expect(read!.counts.sheets).toBeGreaterThanOrEqual(read!.counts.files!);
    expect(check!.counts.errors).toBe(1);
    expect(check!.counts.measures).toBeGreaterThan(0);
    expect(outcome.check.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      code: 'settings.invalid',
      column: 'colours.primary',
    });
    expect(await readdir(outDir)).toEqual(['index.html']);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('alte Website');
  });

  it('ends the Astro process it started early and leaves none of its files', async () => {
    const dataDir = await sampleCopy({ colours: { primary: 'rot' } });
    // A name of its own: Astro's folder inside the project is named after the output folder.
    const outName = `dist-ended-${process.pid}`;
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'isek-out-')), outName);
    const outcome = await runBuild({ dataDir, outDir, root: ROOT, today: '2026-11-25' });

    expect(!outcome.ok && outcome.reason).toBe('data');
    const astroFolders = (await readdir(path.join(ROOT, '.isek')).catch(() => [])).filter((name) =>
      name.startsWith(`build-${outName}.`),
    );
    expect(astroFolders).toEqual([]);
    expect(await workersBuilding(outName)).toEqual([]);
  });
});
