/**
 * The build's progress and its guarantee on data errors, without running Astro: a data folder
 * with an invalid setting stops after reading and checking, and the output folder stays as it was.
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
});
