/**
 * A broken export must never reach the public: the build stops with exit code 1, names the place
 * of every problem, and leaves the previously published site byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/build/run-build.ts';
import { CACHE_DIR_ENV, markdownCacheFile } from '../../src/build/markdown-cache.ts';
import { loadProject } from '../../src/lib/load.ts';
import { brokenVariants, validVariant } from '../../tools/authoring/broken-variants.ts';
import { writeWorkbooks } from '../../tools/authoring/workbook-data.ts';
import { buildSite, listFiles, ROOT } from '../support/site.ts';

/** A fingerprint of every file (path and content) below `dir`. */
async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(dir)) {
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(dir, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

let published: string;
let before: string;

beforeAll(async () => {
  const built = await buildSite();
  expect(built.outcome.ok).toBe(true);
  // A copy of its own, so that other test files sharing the memoised build are not affected.
  published = path.join(await mkdtemp(path.join(tmpdir(), 'isek-published-')), 'dist');
  await cp(built.outDir, published, { recursive: true });
  before = await fingerprint(published);
});

async function dataFolder(write: (dir: string) => Promise<void> | void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-broken-'));
  await write(dir);
  return dir;
}

describe('a broken export', () => {
  it.each(brokenVariants().map((v) => [v.name, v] as const))(
    '%s is refused with its place, dist untouched',
    async (_name, variant) => {
      const dataDir = await dataFolder((dir) => void writeWorkbooks(dir, variant.workbooks));
      const outcome = await runBuild({ dataDir, outDir: published, root: ROOT, today: '2026-11-25' });
      expect(outcome.ok).toBe(false);
      expect(outcome.ok === false && outcome.reason).toBe('data');
      const errors = outcome.check.diagnostics.filter((d) => d.severity === 'error');
      const { expected } = variant;
      expect(
        errors.some(
          (d) =>
            expected.codes.includes(d.code) &&
            d.file === expected.file &&
            d.sheet === expected.sheet &&
            expected.rows.includes(d.row) &&
            d.column === expected.column,
        ),
        JSON.stringify(errors, null, 2),
      ).toBe(true);
      expect(await fingerprint(published)).toBe(before);
    },
  );

  it('of a file that is not a workbook is refused by name', async () => {
    const dataDir = await dataFolder(async (dir) => {
      writeWorkbooks(dir, validVariant());
      await writeFile(path.join(dir, 'Maßnahmen alt.xlsx'), 'Dies ist keine Arbeitsmappe.');
    });
    const outcome = await runBuild({ dataDir, outDir: published, root: ROOT, today: '2026-11-25' });
    expect(outcome.ok).toBe(false);
    expect(outcome.check.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'file.unreadable', file: 'Maßnahmen alt.xlsx' }),
    );
    expect(await fingerprint(published)).toBe(before);
  });

  it('ends the command with exit code 1 and a German report, without a stack trace', async () => {
    const variant = brokenVariants().find((v) => v.name === 'unknown-goal')!;
    const dataDir = await dataFolder((dir) => void writeWorkbooks(dir, variant.workbooks));
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--daten', dataDir, '--ausgabe', published], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Zeile \d+ › Spalte [A-Z]+ „Ziele“/);
    expect(result.stdout).toContain('Nicht veröffentlicht');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await fingerprint(published)).toBe(before);
  });
});

describe('a valid export into a folder that is not the site’s own', () => {
  it('is not published: the command names the folder in German and leaves it as it was', async () => {
    const dataDir = await dataFolder(async (dir) => {
      await cp(path.join(ROOT, 'data'), dir, { recursive: true });
    });
    // A web server's root with the city's other sites: publishing would replace it whole.
    const webRoot = await mkdtemp(path.join(tmpdir(), 'isek-webroot-'));
    await writeFile(path.join(webRoot, 'index.html'), 'Startseite der Stadt');
    const beforeWebRoot = await fingerprint(webRoot);
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--daten', dataDir, '--ausgabe', webRoot], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`In „${webRoot}“ darf die Website nicht geschrieben werden`);
    expect(result.stdout).toContain('keine mit diesem Werkzeug gebaute Website');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await fingerprint(webRoot)).toBe(beforeWebRoot);
  });

  it('never replaces the data folder', async () => {
    const dataDir = await dataFolder(async (dir) => {
      await cp(path.join(ROOT, 'data'), dir, { recursive: true });
    });
    const beforeData = await fingerprint(dataDir);
    const outcome = await runBuild({ dataDir, outDir: dataDir, root: ROOT, today: '2026-11-25' });
    expect(!outcome.ok && outcome.reason === 'output' && outcome.problem).toBe('holds-project');
    expect(await fingerprint(dataDir)).toBe(beforeData);
  });
});

describe('a valid export after a broken one', () => {
  it('publishes again, and keeps what its cells’ Markdown rendered to for the next build', async () => {
    const dataDir = await dataFolder(async (dir) => {
      await cp(path.join(ROOT, 'data'), dir, { recursive: true });
    });
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'isek-republish-')), 'dist');
    // A cache folder of this build alone: the run's shared one is written by every test build.
    const shared = process.env[CACHE_DIR_ENV];
    process.env[CACHE_DIR_ENV] = await mkdtemp(path.join(tmpdir(), 'isek-republish-cache-'));
    try {
      const outcome = await runBuild({ dataDir, outDir: out, root: ROOT, today: '2026-11-25' });
      expect(outcome.ok).toBe(true);
      expect((await listFiles(out)).length).toBeGreaterThan(300);
      const file = markdownCacheFile(ROOT, process.env);
      const cached = new Map(
        (JSON.parse(await readFile(file, 'utf8')) as { entries: [string, string, string][] }).entries.map(
          ([source, html]) => [source, html],
        ),
      );
      const { model } = await loadProject({ dataDir, today: '2026-11-25' });
      const rich = model.measures.flatMap((m) => m.reports.map((r) => r.body)).filter((b) => b.markdown.includes('**'));
      expect(rich.length).toBeGreaterThan(0);
      for (const body of rich) expect(cached.get(body.markdown)).toBe(body.html);
    } finally {
      if (shared === undefined) delete process.env[CACHE_DIR_ENV];
      else process.env[CACHE_DIR_ENV] = shared;
    }
  });
});
