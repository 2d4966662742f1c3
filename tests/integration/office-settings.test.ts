/**
 * The office's round trip through the settings file: a copy of the sample data with other
 * settings (city, colours, status label and colour, base path, logo) and one page of its own is
 * built with `runBuild`, and the published site shows those settings. Also checks the build's
 * stage events and the note for `npm run preview`.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildOutcome, type StageEvent } from '../../src/build/run-build.ts';
import { readBuildInfo } from '../../src/build/preview-server.ts';
import { ROOT, SAMPLE_DATA, readPage } from '../support/site.ts';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#7a1f5c"/></svg>';

const SETTINGS = {
  city: 'Flensburg',
  logo: 'Stadtwappen.svg',
  colours: { primary: '#7A1F5C', accent: '#0B6E4F' },
  office: {
    name: 'Büro Stadtentwicklung',
    organisation: 'Stadt Flensburg',
    street: 'Am Pferdewasser 14',
    postcode: '24937',
    town: 'Flensburg',
    email: 'isek@flensburg.example',
  },
  basePath: '/stadtentwicklung/',
  siteUrl: 'https://www.flensburg.example',
  statuses: { completed: { label: 'fertiggestellt', colour: '#225522' } },
  accessibility: {
    conformance: 'vollständig',
    assessedBy: 'eine Selbstbewertung',
    assessedOn: '01.10.2026',
    createdOn: '2026-10-02',
    signLanguageUrl: 'https://www.flensburg.example/dgs',
  },
};

const BASE = '/stadtentwicklung/';
let work: string;
let outDir: string;
let outcome: BuildOutcome;
const stages: StageEvent[] = [];

beforeAll(async () => {
  // Inside the project: Astro keeps intermediate files next to an output folder within the
  // working directory, so parallel builds into the system's temp folder cannot collide.
  work = path.join(ROOT, '.isek', 'tests', `settings-${process.pid}-${Date.now()}`);
  const dataDir = path.join(work, 'daten');
  await mkdir(path.join(dataDir, 'seiten'), { recursive: true });
  for (const name of await readdir(SAMPLE_DATA)) {
    if (/\.xlsx$/i.test(name)) await copyFile(path.join(SAMPLE_DATA, name), path.join(dataDir, name));
  }
  await writeFile(path.join(dataDir, 'einstellungen.json'), JSON.stringify(SETTINGS, null, 2));
  await writeFile(path.join(dataDir, 'Stadtwappen.svg'), LOGO);
  await writeFile(
    path.join(dataDir, 'seiten', 'ueber.md'),
    '# Über unser Stadtentwicklungskonzept\n\nSo plant [Flensburg](/massnahmen/).\n',
  );
  outDir = path.join(work, 'dist');
  outcome = await runBuild({ dataDir, outDir, root: ROOT, today: '2026-11-25', onStage: (e) => stages.push(e) });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('changing the settings file changes the site', () => {
  it('builds', () => {
    expect(outcome.ok, JSON.stringify(outcome.ok ? '' : outcome)).toBe(true);
  });

  it("shows the city's name in the header and the page titles", async () => {
    const home = await readPage(outDir, BASE, BASE);
    expect(home).toContain('<span class="isek-site-brand__city">Flensburg</span>');
    expect(home).toMatch(/<title>[^<]*ISEK Flensburg<\/title>/);
    expect(home).not.toContain('Neumünster</span>');
  });

  it("uses the settings' colours in the theme stylesheet", async () => {
    const css = await readFile(path.join(outDir, 'theme.css'), 'utf8');
    expect(css).toContain('--colour-primary: #7A1F5C;');
    expect(css).toContain('--colour-accent: #0B6E4F;');
    expect(css).toMatch(/\.isek-status--completed \{ background-color: #225522;/);
    expect(css).not.toContain('#004B87');
  });

  it('uses own status labels', async () => {
    const list = await readPage(outDir, BASE, `${BASE}massnahmen/`);
    expect(list).toContain('fertiggestellt');
  });

  it('serves the site under the base path from the settings', async () => {
    const home = await readPage(outDir, BASE, BASE);
    expect(home).toContain(`href="${BASE}massnahmen/"`);
    expect(await readBuildInfo(outDir)).toMatchObject({ base: BASE });
  });

  it('names each page at its public address (canonical link)', async () => {
    const list = await readPage(outDir, BASE, `${BASE}massnahmen/`);
    expect(list).toContain('<link rel="canonical" href="https://www.flensburg.example/stadtentwicklung/massnahmen/">');
    expect(await readBuildInfo(outDir)).toMatchObject({ siteUrl: 'https://www.flensburg.example' });
  });

  it('copies the logo into the site and shows it in the header', async () => {
    expect(await readFile(path.join(outDir, 'logo.svg'), 'utf8')).toBe(LOGO);
    const home = await readPage(outDir, BASE, BASE);
    // An empty alt (the city's name stands beside the logo); Astro writes it as a bare `alt`.
    expect(home).toMatch(
      new RegExp(`<img class="isek-site-brand__logo" src="${BASE}logo\\.svg" alt(="")? height="48"`),
    );
  });

  it("shows the office's own page, and the default pages with the office from the settings", async () => {
    const about = await readPage(outDir, BASE, `${BASE}ueber/`);
    expect(about).toContain('<h1>Über unser Stadtentwicklungskonzept</h1>');
    expect(about).toContain(`<a href="${BASE}massnahmen/">Flensburg</a>`);
    const accessibility = await readPage(outDir, BASE, `${BASE}barrierefreiheit/`);
    expect(accessibility).toContain('<h1>Erklärung zur Barrierefreiheit</h1>');
    expect(accessibility).toContain('href="mailto:isek@flensburg.example"');
    expect(accessibility).toContain('Beschwerdestelle für barrierefreie Informationstechnik');
    expect(accessibility).toContain(
      'Diese Website ist mit den Anforderungen vollständig vereinbar. Die Bewertung beruht auf eine Selbstbewertung vom 1. Oktober 2026.',
    );
    expect(accessibility).toContain('Diese Erklärung wurde am 2. Oktober 2026 erstellt.');
    expect(accessibility).not.toContain('liegt noch nicht vor');
    for (const page of ['impressum', 'datenschutz', 'leichte-sprache']) {
      expect(await readPage(outDir, BASE, `${BASE}${page}/`)).toContain('Büro Stadtentwicklung');
    }
  });
});

describe('Leichte Sprache and Gebärdensprache (BITV 2.0 § 4)', () => {
  const links = (html: string, where: RegExp) =>
    [...(where.exec(html)?.[0] ?? '').matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(([, href, label]) => [
      href,
      label!.trim(),
    ]);

  it('the header of every page links both, the home page with their long names', async () => {
    const header = /<ul class="isek-access-links isek-access-links--header"[\s\S]*?<\/ul>/;
    const expected = [
      [`${BASE}leichte-sprache/`, 'Leichte Sprache'],
      ['https://www.flensburg.example/dgs', 'Gebärdensprache'],
    ];
    for (const url of [BASE, `${BASE}massnahmen/`, `${BASE}barrierefreiheit/`]) {
      expect(links(await readPage(outDir, BASE, url), header), url).toEqual(expected);
    }
    const home = /<main\b[\s\S]*?<ul class="isek-access-links isek-access-links--home"[\s\S]*?<\/ul>/;
    expect(links(await readPage(outDir, BASE, BASE), home)).toEqual([
      [`${BASE}leichte-sprache/`, 'Das ISEK in Leichter Sprache'],
      ['https://www.flensburg.example/dgs', 'Das ISEK in Deutscher Gebärdensprache'],
    ]);
  });
});

describe('the build reports its stages', () => {
  it('in order: reading, checking, pages, (search index,) publishing', () => {
    const names = stages.map((s) => s.stage);
    expect(names.filter((n) => n !== 'search')).toEqual(['read', 'check', 'pages', 'publish']);
    const search = names.indexOf('search');
    if (search >= 0) expect(search).toBe(names.indexOf('pages') + 1);
  });

  it('with counts', () => {
    const byName = Object.fromEntries(stages.map((s) => [s.stage, s.counts]));
    expect(byName.read!.files).toBeGreaterThanOrEqual(1);
    expect(byName.check).toMatchObject({ errors: 0 });
    expect(byName.check!.measures).toBeGreaterThan(0);
    expect(byName.pages!.pages).toBe(outcome.ok ? outcome.pages : -1);
  });
});
