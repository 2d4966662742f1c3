/**
 * The council cycle, tried as the office would: build this meeting's export, then drop the next
 * meeting's export into the same data folder (a few measures completed, new reports, one removed,
 * one added, and formatted differently: other column order, `FD 61`, dates written otherwise)
 * and build again. `/aenderungen/` and its feed must list exactly the changes the generator made,
 * nothing for the formatting; the open data must hold every published measure; the report and
 * all 17 SDG pages must build.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildOutcome } from '../../src/build/run-build.ts';
import { PUBLICATIONS_FOLDER } from '../../src/build/publications.ts';
import { publicationStand } from '../../src/lib/output/changes/snapshot.ts';
import {
  generateSampleData,
  writeSampleWorkbooks,
  type SampleData,
  type SampleModel,
} from '../../tools/authoring/sample-data.ts';
import { loadProject } from '../../src/lib/load.ts';
import type { IsekModel } from '../../src/lib/schemas/model.ts';
import { measuresDocumentSchema } from '../../src/lib/output/open-data/serialise.ts';
import { readCsvFile } from '../../src/lib/output/open-data/testing.ts';
import { assertWellFormedXml, readAtom } from '../support/xml.ts';
import { ROOT } from '../support/site.ts';
import { builtReportUrls, pagerLink, reportPagesInOrder } from '../support/report.ts';
import { developmentReport } from '../../src/lib/output/development-report/aggregate.ts';
import type { Settings } from '../../src/lib/schemas/settings.ts';

const MEASURES = 60;
const SEED = 2026;
const STAND_1 = '2026-11-20';
const STAND_2 = '2027-02-19';

type SampleMeasure = SampleModel['measures'][number];

let work: string;
let dataDir: string;
let first: { outcome: BuildOutcome; outDir: string };
let second: { outcome: BuildOutcome; outDir: string };
let refused: BuildOutcome;
let snapshotsAfterRefusal: string[];
let meeting1: SampleData;
let meeting2: SampleData;
let model2: IsekModel;
let settings2: Settings;

async function build(name: string): Promise<{ outcome: BuildOutcome; outDir: string }> {
  const outDir = path.join(work, name);
  const outcome = await runBuild({ dataDir, outDir, root: ROOT, today: '2027-02-25' });
  return { outcome, outDir };
}

const read = (outDir: string, file: string) => readFile(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'isek-cycle-'));
  dataDir = path.join(work, 'daten');
  meeting1 = generateSampleData({ measures: MEASURES, seed: SEED, meeting: 1 });
  meeting2 = generateSampleData({ measures: MEASURES, seed: SEED, meeting: 2 });
  const files1 = writeSampleWorkbooks(dataDir, meeting1);
  first = await build('dist-1');
  expect(
    first.outcome.ok,
    JSON.stringify(
      first.outcome.ok || first.outcome.reason !== 'build'
        ? first.outcome.ok
          ? ''
          : first.outcome.reason
        : String(first.outcome.error),
    ),
  ).toBe(true);

  // The next export lands next to the old one: two measures lists are an error, and the
  // refused build must not record anything.
  const files2 = writeSampleWorkbooks(dataDir, meeting2);
  refused = await runBuild({ dataDir, outDir: path.join(work, 'dist-refused'), root: ROOT, today: '2027-02-25' });
  snapshotsAfterRefusal = (await readdir(path.join(dataDir, PUBLICATIONS_FOLDER))).sort();

  // The office removes the old export and builds again.
  for (const file of files1) if (!files2.includes(file)) await rm(file);
  second = await build('dist-2');
  expect(
    second.outcome.ok,
    JSON.stringify(
      second.outcome.ok || second.outcome.reason !== 'build'
        ? second.outcome.ok
          ? ''
          : second.outcome.reason
        : String(second.outcome.error),
    ),
  ).toBe(true);
  const project = await loadProject({ dataDir, today: '2027-02-25' });
  model2 = project.model;
  settings2 = project.settings;
});

/** The Nrs. listed in one section of `/aenderungen/`. */
function listed(html: string, section: string): string[] {
  const m = new RegExp(`<section aria-labelledby="${section}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (!m) return [];
  return [...m[1]!.matchAll(/class="isek-change-list__nr[^"]*">([^<]+)</g)].map((x) => x[1]!);
}

const newest = (m: SampleMeasure) => m.report ?? m.history.at(-1) ?? null;
const dayText = (d: { year: number; month: number; day: number } | undefined) =>
  d ? `${d.year}-${d.month}-${d.day}` : null;
const byNr = (a: unknown, b: unknown) => String(a).localeCompare(String(b), 'de', { numeric: true });

/** The further published facts of a sample measure, each compared as a whole (lists unordered). */
const DETAILS: readonly ((m: SampleMeasure) => unknown)[] = [
  (m) => m.summary,
  (m) => m.type,
  (m) => m.start?.iso,
  (m) => [...m.participatingDepartmentIds].sort(),
  (m) => [m.productArea, m.product],
  (m) => [...m.goalIds].sort(),
  (m) => [...m.sdgs].sort(),
  (m) => [...m.districts].sort(),
  (m) => [m.decisionBody, dayText(m.decisionDate ?? undefined), m.paper, m.link],
];

/** What changed between the two sample models, computed from their clean values. */
function expectedChanges() {
  const before = new Map(meeting1.model.measures.map((m) => [m.id, m]));
  const after = new Map(meeting2.model.measures.map((m) => [m.id, m]));
  const both = [...after.values()].filter((m) => before.has(m.id));
  const old = (m: SampleMeasure) => before.get(m.id)!;
  const completed = both.filter((m) => m.status === 'completed' && old(m).status !== 'completed');
  const completedIds = new Set(completed.map((m) => m.id));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    completed: completed.map((m) => m.id),
    statusChanges: both.filter((m) => m.status !== old(m).status && !completedIds.has(m.id)).map((m) => m.id),
    progressChanges: both.filter((m) => !completedIds.has(m.id) && m.progress !== old(m).progress).map((m) => m.id),
    newReports: both
      .filter((m) => {
        const [n, o] = [newest(m), newest(old(m))];
        return n !== null && (o === null || n.text !== o.text || dayText(n.date) !== dayText(o.date));
      })
      .map((m) => m.id),
    otherChanges: both
      .filter((m) => {
        const o = old(m);
        return (
          m.title !== o.title ||
          m.leadDepartmentId !== o.leadDepartmentId ||
          m.costs !== o.costs ||
          m.funding !== o.funding ||
          m.end?.iso !== o.end?.iso ||
          DETAILS.some((detail) => JSON.stringify(detail(m)) !== JSON.stringify(detail(o)))
        );
      })
      .map((m) => m.id),
  };
}

describe('the first publication', () => {
  it('records a snapshot in the data folder and says it is the first', async () => {
    const html = await read(first.outDir, 'aenderungen/index.html');
    expect(html).toContain('Dies ist die erste Veröffentlichung (Stand 20. November 2026)');
    const feed = await read(first.outDir, 'aenderungen/feed.xml');
    assertWellFormedXml(feed);
    expect(readAtom(feed).entries.map((e) => e.title)).toEqual(['Erste Veröffentlichung: Stand 20. November 2026']);
  });

  it('is not overwritten by a refused build', () => {
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toBe('data');
    expect(snapshotsAfterRefusal).toEqual([`${STAND_1}.json`]);
  });
});

describe('the next meeting’s export', () => {
  it('is a real next meeting: some completed, new reports, one removed, one added', () => {
    const changes = meeting2.changes!;
    expect(changes.completed.length).toBeGreaterThanOrEqual(3);
    expect(changes.updated.length).toBeGreaterThanOrEqual(5);
    expect(expectedChanges()).toMatchObject({ added: [changes.added], removed: [changes.removed] });
  });

  it('lists exactly the generator’s changes on /aenderungen/, each linked to its measure', async () => {
    const html = await read(second.outDir, 'aenderungen/index.html');
    const expected = expectedChanges();
    expect(html).toContain(
      'Änderungen seit der letzten Veröffentlichung vom 20. November 2026 (Sitzung: Ratsversammlung vom 11.11.2026).',
    );
    const actual = {
      added: listed(html, 'neu'),
      removed: listed(html, 'nicht-mehr-enthalten'),
      completed: listed(html, 'abgeschlossen'),
      statusChanges: listed(html, 'statuswechsel'),
      progressChanges: listed(html, 'fortschritt'),
      newReports: listed(html, 'statusberichte'),
      otherChanges: listed(html, 'weitere-aenderungen'),
    };
    const sorted = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, [...v].sort(byNr)]));
    expect(actual).toEqual(sorted);
    expect(new Set(actual.completed)).toEqual(new Set(meeting2.changes!.completed));
    for (const id of [...meeting2.changes!.completed, ...meeting2.changes!.updated])
      expect(actual.newReports).toContain(id);
    // Linked: every listed measure that is still published, but not the removed one.
    const removed = meeting2.changes!.removed;
    expect(html).not.toMatch(new RegExp(`href="/massnahmen/${removed}/"`));
    for (const id of actual.added.concat(actual.completed, actual.newReports)) {
      const slug = model2.measures.find((m) => m.id === id)!.slug;
      expect(html).toContain(`href="/massnahmen/${slug}/"`);
    }
    // The indicators with a new year's value, and the one that reached its target with it.
    expect(listed(html, 'neue-kennzahlwerte')).toEqual([...meeting2.changes!.newIndicatorValues].sort(byNr));
    expect(listed(html, 'bewertungen')).toEqual(['K-5.6']);
    // A further fact is named without old and new value.
    const redistricted = meeting2.changes!.redistricted;
    expect(actual.otherChanges).toContain(redistricted);
    const entry = new RegExp(`isek-change-list__nr[^"]*">${redistricted}<[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
    expect(entry).toContain('Geändert: Stadtteile');
  });

  it('offers the same changes as a well-formed Atom feed, linked from the page', async () => {
    const xml = await read(second.outDir, 'aenderungen/feed.xml');
    assertWellFormedXml(xml);
    const { feed, entries: all } = readAtom(xml);
    expect(feed.id).toMatch(/^tag:neumuenster\.de,2026:/);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBe(`${STAND_2}T00:00:00Z`);
    expect(feed.author).toContain('<name>');
    // The feed holds the earlier publication too, dated with its own Stand.
    const entries = all.filter((e) => e.updated === `${STAND_2}T00:00:00Z`);
    expect(all.filter((e) => !entries.includes(e)).map((e) => [e.title, e.updated])).toEqual([
      ['Erste Veröffentlichung: Stand 20. November 2026', `${STAND_1}T00:00:00Z`],
    ]);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:/);
      expect(e.title).toBeTruthy();
      expect(e.updated).toBe(`${STAND_2}T00:00:00Z`);
      expect(e.content).toBeTruthy();
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const expected = expectedChanges();
    const changedIds = new Set(Object.values(expected).flat());
    const measureEntries = entries.slice(1).filter((e) => e.title!.startsWith('Maßnahme '));
    // The indicators with new values have entries of their own.
    const indicatorEntries = entries.filter((e) => e.title!.startsWith('Kennzahl '));
    expect(indicatorEntries.map((e) => /^Kennzahl (\S+):/.exec(e.title!)?.[1]).sort(byNr)).toEqual(
      [...meeting2.changes!.newIndicatorValues].sort(byNr),
    );
    expect(measureEntries.map((e) => /^Maßnahme (\S+):/.exec(e.title!)?.[1]).sort(byNr)).toEqual(
      [...changedIds].sort(byNr),
    );
    const removedEntry = measureEntries.find((e) => e.title!.startsWith(`Maßnahme ${meeting2.changes!.removed}:`))!;
    expect(removedEntry.link).toBeNull();
    const html = await read(second.outDir, 'aenderungen/index.html');
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/aenderungen\/feed\.xml"/);
  });

  it('shows on every measure page when it last changed', async () => {
    const changed = new Set(Object.values(expectedChanges()).flat());
    for (const m of model2.measures) {
      const html = await read(second.outDir, `massnahmen/${m.slug}/index.html`);
      const stand = /Zuletzt geändert<\/dt>\s*<dd[^>]*>\s*<time datetime="([^"]+)"/.exec(html)?.[1];
      expect([m.id, stand]).toEqual([m.id, changed.has(m.id) ? STAND_2 : STAND_1]);
    }
  });

  it('keeps a snapshot per Stand in the data folder', async () => {
    expect((await readdir(path.join(dataDir, PUBLICATIONS_FOLDER))).sort()).toEqual([
      `${STAND_1}.json`,
      `${STAND_2}.json`,
    ]);
  });
});

describe('the open data of the second publication', () => {
  it('holds every published measure in massnahmen.csv and massnahmen.json', async () => {
    const ids = model2.measures.map((m) => m.id).sort(byNr);
    const csv = readCsvFile(await read(second.outDir, 'daten/massnahmen.csv'));
    expect(csv.records.map((r) => r.nr).sort(byNr)).toEqual(ids);
    const json = JSON.parse(await read(second.outDir, 'daten/massnahmen.json'));
    expect(
      measuresDocumentSchema()
        .parse(json)
        .massnahmen.map((m) => m.nr)
        .sort(byNr),
    ).toEqual(ids);
    expect(json.stand).toBe(STAND_2);
    for (const r of csv.records) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('holds every goal and department, and describes the files in DCAT-AP.de', async () => {
    expect(readCsvFile(await read(second.outDir, 'daten/ziele.csv')).records).toHaveLength(model2.goals.length);
    expect(readCsvFile(await read(second.outDir, 'daten/fachdienste.csv')).records).toHaveLength(
      model2.departments.length,
    );
    const schema = JSON.parse(await read(second.outDir, 'daten/massnahmen.schema.json'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const dcat = JSON.parse(await read(second.outDir, 'daten/dcat.jsonld'));
    expect(dcat['@type']).toBe('dcat:Catalog');
    // The sample has indicators: their dataset is the fourth.
    expect(dcat['dcat:dataset']).toHaveLength(4);
    expect(readCsvFile(await read(second.outDir, 'daten/kennzahlen.csv')).records).toHaveLength(
      model2.indicators.length,
    );
    expect(readCsvFile(await read(second.outDir, 'daten/kennzahlwerte.csv')).records).toHaveLength(
      model2.indicators.reduce((n, i) => n + i.values.length, 0),
    );
    const page = await read(second.outDir, 'daten/index.html');
    for (const file of [
      'massnahmen.csv',
      'ziele.csv',
      'fachdienste.csv',
      'massnahmen.json',
      'massnahmen.schema.json',
      'kennzahlen.csv',
      'kennzahlwerte.csv',
      'kennzahlen.xlsx',
      'kennzahlen.json',
      'kennzahlen.schema.json',
      'dcat.jsonld',
    ]) {
      expect(page).toContain(`href="/daten/${file}"`);
    }
  });
});

describe('the report and the SDG pages of the sample data', () => {
  it('builds the Stadtentwicklungsbericht as pages linked in reading order, none left out', async () => {
    const pages = await reportPagesInOrder(second.outDir, '/');
    // The achievement of goals: its overview, then a page per product area with indicators.
    const urls = pages.map((p) => p.url).filter((u) => !u.startsWith('/bericht/zielerreichung/seite/'));
    expect(urls.slice(0, 5)).toEqual([
      '/bericht/',
      '/bericht/produktbereiche/',
      '/bericht/ziele/',
      '/bericht/zielerreichung/',
      '/bericht/fachdienste/',
    ]);
    const achievement = pages.map((p) => p.url).filter((u) => u.startsWith('/bericht/zielerreichung/'));
    const areasWithIndicators = model2.productAreas.filter((a) => (a.indicatorIds ?? []).length > 0).length;
    expect(achievement).toEqual([
      '/bericht/zielerreichung/',
      ...Array.from({ length: areasWithIndicators }, (_, i) => `/bericht/zielerreichung/seite/${i + 2}/`),
    ]);
    expect(areasWithIndicators).toBeGreaterThan(1);
    expect(pages.map((p) => p.url).sort()).toEqual((await builtReportUrls(second.outDir, '/')).sort());
    pages.forEach((page, i) => {
      expect(pagerLink(page.html, 'prev'), page.url).toBe(i === 0 ? null : pages[i - 1]!.url);
      // One list item per neighbour: no empty item on the cover and the last page.
      const pager = /<nav class="isek-report-pager"[\s\S]*?<\/nav>/.exec(page.html)?.[0] ?? '';
      const neighbours = (i === 0 ? 0 : 1) + (i === pages.length - 1 ? 0 : 1);
      expect(pager.match(/<li[ >]/g), page.url).toHaveLength(neighbours);
      expect(pager, page.url).not.toMatch(/<li[^>]*><\/li>/);
      // The report's own navigation names every part and marks the current one.
      const nav = /<nav class="isek-report-nav"[\s\S]*?<\/nav>/.exec(page.html)?.[0] ?? '';
      for (const part of [
        '/bericht/',
        '/bericht/produktbereiche/',
        '/bericht/ziele/',
        '/bericht/fachdienste/',
        '/bericht/veraltete-berichte/',
      ]) {
        expect(nav, page.url).toContain(`href="${part}"`);
      }
      expect(nav.match(/aria-current="(page|true)"/g), page.url).toHaveLength(1);
      expect(page.html, page.url).toMatch(/<nav class="isek-breadcrumbs"/);
      expect(page.html, page.url).not.toMatch(/\sstyle="/);
      expect(page.html, page.url).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
    });
  });

  it('shows figures for every product area, top-level goal and department, and lists every stale report', async () => {
    const html = (file: string) => read(second.outDir, file);
    const report = developmentReport(model2, { staleReportMonths: settings2.staleReportMonths, today: '2027-02-25' });
    const withMeasures = (groups: readonly { figures: { summary: { total: number } } }[]) =>
      groups.filter((g) => g.figures.summary.total > 0).length;
    // A chart of several bars is drawn twice, wide and for phones, a single bar once
    // (StatusBarChart); one image per drawing.
    const charts = (page: string, drawing: 'wide' | 'narrow' | 'single') =>
      page.match(new RegExp(`<svg class="isek-status-chart isek-status-chart--${drawing}"[^>]*role="img"`, 'g'))
        ?.length ?? 0;
    const cover = await html('bericht/index.html');
    // The whole city's bar, and the product areas' bars.
    expect([charts(cover, 'single'), charts(cover, 'wide'), charts(cover, 'narrow')]).toEqual([1, 1, 1]);
    expect(cover.match(/<svg[^>]*role="img"/g)).toHaveLength(3);
    for (const area of model2.productAreas) expect(cover).toContain(`href="/produktbereiche/${area.id}/"`);

    const groups = [
      {
        file: 'bericht/produktbereiche/index.html',
        headings: model2.productAreas.map((a) => `Produktbereich ${a.id}: ${a.name}`),
        charts: withMeasures(report.productAreas),
      },
      {
        file: 'bericht/ziele/index.html',
        headings: model2.goals.filter((g) => g.parentId === null).map((g) => `Ziel ${g.id}: `),
        charts: withMeasures(report.goals),
      },
      {
        file: 'bericht/fachdienste/index.html',
        headings: model2.departments.map((d) => `Fachdienst ${d.id}: `),
        charts: withMeasures(report.departments),
      },
    ];
    for (const { file, headings, charts: expected } of groups) {
      const page = await html(file);
      for (const heading of headings) expect(page, file).toContain(heading);
      // One chart and its table per group with measures.
      expect([charts(page, 'single'), charts(page, 'wide')], file).toEqual([expected, 0]);
      expect(page.match(/<table class="isek-report-figures">/g)?.length, file).toBe(expected);
    }

    const staleHtml = (await reportPagesInOrder(second.outDir, '/'))
      .filter((p) => p.url.startsWith('/bericht/veraltete-berichte/'))
      .map((p) => p.html)
      .join('');
    const listed = [...staleHtml.matchAll(/<th scope="row"><a href="\/massnahmen\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(listed).toEqual(report.overall.stale.map((s) => s.slug));
  });

  it('builds /sdg/ and all 17 SDG pages, each listing its measures', async () => {
    const index = await read(second.outDir, 'sdg/index.html');
    for (let n = 1; n <= 17; n++) {
      expect(index).toContain(`href="/sdg/${n}/"`);
      const html = await read(second.outDir, `sdg/${n}/index.html`);
      const expected = model2.measures.filter((m) => m.sdgs.includes(n));
      for (const m of expected) expect(html).toContain(`href="/massnahmen/${m.slug}/"`);
    }
  });
});

describe('a build that fails after the data was accepted', () => {
  it('records no publication', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'isek-cycle-fail-'));
    const data = path.join(folder, 'daten');
    writeSampleWorkbooks(data, meeting1);
    // A project whose Astro configuration throws: the pages stage fails after the data passed.
    const brokenRoot = path.join(folder, 'projekt');
    await mkdir(brokenRoot);
    await writeFile(path.join(brokenRoot, 'astro.config.mjs'), "throw new Error('Testfehler');\n");
    const outcome = await runBuild({
      dataDir: data,
      outDir: path.join(folder, 'dist'),
      root: brokenRoot,
      today: '2026-11-25',
    });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toBe('build');
    expect(await readdir(data)).not.toContain(PUBLICATIONS_FOLDER);
    expect(await readdir(folder)).not.toContain('dist');
  });
});

describe('a build whose publication cannot be recorded', () => {
  it('publishes the site and says that the Stand was not recorded', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'isek-cycle-record-'));
    const data = path.join(folder, 'daten');
    writeSampleWorkbooks(data, meeting1);
    const stand = publicationStand((await loadProject({ dataDir: data, today: '2026-11-25' })).model, '2026-11-25');
    // Where the record file goes, a folder with content: the final rename cannot replace it.
    const blocked = path.join(data, PUBLICATIONS_FOLDER, `${stand}.json`);
    await mkdir(blocked, { recursive: true });
    await writeFile(path.join(blocked, 'inhalt.txt'), 'x');
    const notices: string[] = [];
    const outDir = path.join(folder, 'dist');
    const outcome = await runBuild({
      dataDir: data,
      outDir,
      root: ROOT,
      today: '2026-11-25',
      onNotice: (line) => notices.push(line),
    });
    expect(outcome.ok).toBe(true);
    expect(await readdir(outDir)).toContain('index.html');
    expect(notices.join('\n')).toContain(`ihr Stand konnte nicht in „${blocked}“ festgehalten werden`);
    // No half-written record stays behind.
    expect((await readdir(path.join(data, PUBLICATIONS_FOLDER))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
