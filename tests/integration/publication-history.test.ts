/**
 * The publication record over several council meetings, run as the office runs it
 * (`scripts/build.ts`): a first publication, a second build with the same Stand and corrected
 * data (a warning, both records kept, the changes shown), the next meeting, and a third Stand.
 * Afterwards `/aenderungen/` links an archive page for every earlier publication, the feed names
 * the changes of all of them, each measure page shows its own history, and each Fachdienst has
 * a feed of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLICATIONS_FOLDER } from '../../src/build/publications.ts';
import { generateSampleData, type SampleData } from '../../tools/authoring/sample-data.ts';
import type { SampleModel } from '../../tools/authoring/sample-model.ts';
import { renderSample } from '../../tools/authoring/sample-render.ts';
import { writeWorkbooks } from '../../tools/authoring/workbook-data.ts';
import { assertWellFormedXml, readAtom } from '../support/xml.ts';
import { ROOT } from '../support/site.ts';
import { toSlug } from '../../src/lib/model/slug.ts';

const MEASURES = 40;
const SEED = 2026;

let work: string;
let dataDir: string;
let meeting1: SampleData;
let meeting2: SampleData;
/** The measure the office corrects after the first build (same Stand), and later completes. */
let corrected: SampleModel['measures'][number];
let completedLater: SampleModel['measures'][number];
const runs: { stdout: string; status: number | null; outDir: string }[] = [];

/** Writes the model's workbooks into the data folder, replacing the earlier export. */
async function writeExport(model: SampleModel): Promise<void> {
  for (const file of await readdir(dataDir).catch(() => []))
    if (file.endsWith('.xlsx')) await rm(path.join(dataDir, file));
  writeWorkbooks(dataDir, renderSample(model, SEED));
}

/** `npm run build` as the office runs it, into a fresh output folder. */
function officeBuild(name: string): { stdout: string; status: number | null; outDir: string } {
  const outDir = path.join(work, name);
  const result = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--daten', dataDir, '--ausgabe', outDir, '--html', path.join(work, `${name}.html`)],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ISEK_BASE: '' } },
  );
  const run = { stdout: result.stdout + result.stderr, status: result.status, outDir };
  runs.push(run);
  return run;
}

const read = (outDir: string, file: string) => readFile(path.join(outDir, file), 'utf8');
const records = async () =>
  (await readdir(path.join(dataDir, PUBLICATIONS_FOLDER))).filter((f) => f.endsWith('.json')).sort();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'isek-history-'));
  dataDir = path.join(work, 'daten');
  meeting1 = generateSampleData({ measures: MEASURES, seed: SEED, meeting: 1 });
  meeting2 = generateSampleData({ measures: MEASURES, seed: SEED, meeting: 2 });
  corrected = meeting1.model.measures.find(
    (m) =>
      m.status === 'in-progress' &&
      m.progress !== null &&
      m.progress <= 80 &&
      meeting2.model.measures.some((n) => n.id === m.id),
  )!;
  completedLater = meeting2.model.measures.find((m) => m.status === 'in-progress' && m.id !== corrected.id)!;

  await writeExport(meeting1.model);
  officeBuild('dist-1');
  // The same Stand, one value corrected after the build.
  await writeExport({
    ...meeting1.model,
    measures: meeting1.model.measures.map((m) => (m.id === corrected.id ? { ...m, progress: m.progress! + 15 } : m)),
  });
  officeBuild('dist-2');
  await writeExport(meeting2.model);
  officeBuild('dist-3');
  // A third Stand: the next meeting completes one measure.
  await writeExport({
    ...meeting2.model,
    info: {
      ...meeting2.model.info,
      stand: { year: 2027, month: 5, day: 21 },
      session: 'Ratsversammlung vom 12.05.2027',
    },
    measures: meeting2.model.measures.map((m) =>
      m.id === completedLater.id ? { ...m, status: 'completed', progress: 100 } : m,
    ),
  });
  officeBuild('dist-4');
  for (const run of runs) expect(run.status, run.stdout).toBe(0);
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a second build with the same Stand and other data', () => {
  it('warns that the Stand was not updated, with the guide’s advice', () => {
    expect(runs[1]!.stdout).toContain('denselben Stand (2026-11-20) wie die vorige Veröffentlichung');
    expect(runs[1]!.stdout).toContain('nach jeder Sitzung im Blatt „Info“ den „Stand“');
    expect(runs[0]!.stdout).not.toContain('denselben Stand');
  });

  it('shows what changed since the first build, and keeps both records', async () => {
    const html = await read(runs[1]!.outDir, 'aenderungen/index.html');
    expect(html).not.toContain('Dies ist die erste Veröffentlichung');
    expect(html).toContain('Änderungen seit der letzten Veröffentlichung vom 20. November 2026');
    expect(html).toContain('2. Fassung');
    const progress = /<section aria-labelledby="fortschritt"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(progress).toContain(`>${corrected.id}<`);
    expect(await records()).toEqual(['2026-11-20.json', '2026-11-20_2.json', '2027-02-19.json', '2027-05-21.json']);
  });
});

describe('after three Stands', () => {
  it('lists every earlier publication on /aenderungen/, each with its own archive page', async () => {
    const out = runs[3]!.outDir;
    const html = await read(out, 'aenderungen/index.html');
    expect(html).toContain(
      'Änderungen seit der letzten Veröffentlichung vom 19. Februar 2027 (Sitzung: Ratsversammlung vom 10.02.2027).',
    );
    for (const key of ['2027-02-19', '2026-11-20_2', '2026-11-20'])
      expect(html).toContain(`href="/aenderungen/${key}/"`);
    const archive = await read(out, 'aenderungen/2027-02-19/index.html');
    expect(archive).toContain('Änderungen zum Stand 19. Februar 2027');
    expect(archive).toContain(
      'Änderungen seit der letzten Veröffentlichung vom 20. November 2026 (Sitzung: Ratsversammlung vom 11.11.2026).',
    );
    expect(archive).toContain('href="/aenderungen/"');
    expect(await read(out, 'aenderungen/2026-11-20/index.html')).toContain('Dies ist die erste Veröffentlichung');
    const second = await read(out, 'aenderungen/2026-11-20_2/index.html');
    expect(second).toContain(`>${corrected.id}<`);
  });

  it('names the changes of every publication in the feed, each dated and with its meeting', async () => {
    const xml = await read(runs[3]!.outDir, 'aenderungen/feed.xml');
    assertWellFormedXml(xml);
    const { entries } = readAtom(xml);
    const publications = entries.filter((e) => /^(Neue|Erste) Veröffentlichung/.test(e.title!));
    expect(publications.map((e) => e.title)).toEqual([
      'Neue Veröffentlichung: Stand 21. Mai 2027',
      'Neue Veröffentlichung: Stand 19. Februar 2027',
      'Neue Veröffentlichung: Stand 20. November 2026 (2. Fassung)',
      'Erste Veröffentlichung: Stand 20. November 2026',
    ]);
    expect(publications[1]!.updated).toBe('2027-02-19T00:00:00Z');
    const completed = entries.find(
      (e) => e.title!.startsWith(`Maßnahme ${completedLater.id}:`) && e.updated === '2027-05-21T00:00:00Z',
    );
    expect(completed?.content).toContain('Ratsversammlung vom 12.05.2027');
    expect(completed?.content).toContain('abgeschlossen');
    const correction = entries.find(
      (e) => e.title!.startsWith(`Maßnahme ${corrected.id}:`) && e.id!.includes('/2026-11-20_2/'),
    );
    expect(correction?.content).toContain('Fortschritt');
    // Every measure and indicator named on an archive page has its entry in the feed.
    const archive = await read(runs[3]!.outDir, 'aenderungen/2027-02-19/index.html');
    const named = [...archive.matchAll(/class="isek-change-list__nr[^"]*">([^<]+)</g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    const feb = new Set(
      entries
        .filter((e) => e.id!.includes('/2027-02-19/'))
        .map((e) => /^(?:Maßnahme|Kennzahl) (\S+):/.exec(e.title!)?.[1]),
    );
    for (const id of named) expect(feb).toContain(id);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('shows each measure its own history across the publications', async () => {
    const page = await read(runs[3]!.outDir, `massnahmen/${toSlug(completedLater.id)}/index.html`);
    const history = /<section aria-labelledby="aenderungsverlauf"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(history).toContain(
      '<time datetime="2027-05-21">21. Mai 2027</time></a>, Ratsversammlung vom 12.05.2027: abgeschlossen',
    );
    expect(history).toContain('href="/aenderungen/"');
  });

  it('offers a feed per Fachdienst, linked from its page, with only its measures', async () => {
    const lead = completedLater.leadDepartmentId;
    const slug = toSlug(lead);
    const page = await read(runs[3]!.outDir, `fachdienste/${slug}/index.html`);
    expect(page).toMatch(
      new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="/fachdienste/${slug}/feed\\.xml"`),
    );
    expect(page).toContain(`<a href="/fachdienste/${slug}/feed.xml" type="application/atom+xml">`);
    const xml = await read(runs[3]!.outDir, `fachdienste/${slug}/feed.xml`);
    assertWellFormedXml(xml);
    const titles = readAtom(xml).entries.map((e) => e.title!);
    expect(titles).toContain(`Maßnahme ${completedLater.id}: ${completedLater.title}`);
    const ours = new Set(
      meeting2.model.measures
        .filter((m) => m.leadDepartmentId === lead || m.participatingDepartmentIds.includes(lead))
        .map((m) => m.id),
    );
    for (const t of titles) {
      const id = /^Maßnahme (\S+):/.exec(t)?.[1];
      if (id)
        expect(
          ours.has(id) ||
            meeting1.model.measures.some(
              (m) => m.id === id && (m.leadDepartmentId === lead || m.participatingDepartmentIds.includes(lead)),
            ),
        ).toBe(true);
    }
  });

  it('links the meeting on the home page to the changes', async () => {
    expect(await read(runs[3]!.outDir, 'index.html')).toContain(
      '<a href="/aenderungen/">Ratsversammlung vom 12.05.2027: was sich geändert hat</a>',
    );
  });
});
