/**
 * Search and the interactive measure overview in real Chromium, on the sample site built for `/`
 * and for `/isek/`:
 * - a word from a measure's title finds that measure (also through the header's plain form);
 * - a filter narrows the results, with the counts the data predicts;
 * - reloading the URL restores query, filters and sort, and the back button steps back;
 * - the overview shows one server-rendered page; its filters and sorts search all measures of all
 *   pages, with the server's row markup, and it restores its state from the URL;
 * - both work under a strict Content-Security-Policy;
 * - without JavaScript the overview's pages together are the complete list and the search page
 *   offers the ways in.
 *
 * Expected values come from the sample data's model (`loadProject`), not from the browser's own
 * answers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/load.ts';
import type { IsekModel } from '../../src/lib/schemas/model.ts';
import { compareIds } from '../../src/utils/sort.ts';
import { OVERVIEW_PAGE_SIZE as PAGE_SIZE } from '../../src/utils/pagination.ts';
import { sdgIndicatorsQuery } from '../../src/utils/search-fields.ts';
import { OVERVIEW_STEP as STEP } from '../../src/client/measure-filter-core.ts';
import {
  findChromium,
  launchChromium,
  NO_CHROMIUM,
  serveStatic,
  type StaticServer,
  searchSettled,
  overviewSettled,
} from '../support/browser.ts';
import { buildSite, readPage, SAMPLE_DATA } from '../support/site.ts';
import { STRICT_CSP } from '../support/security.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

/** One measure as the overview lists it. */
interface Row {
  readonly nr: string;
  readonly title: string;
  readonly status: string;
  readonly fachdienst: string;
  readonly stadtteile: readonly string[];
  /** Past its planned end (`Measure.delayed`). */
  readonly delayed: boolean;
  /** Link path below the base: `massnahmen/2024-008/`. */
  readonly path: string;
}

/** The sample data's model, read once for the whole file. */
let sampleModel: Promise<IsekModel> | undefined;
const loadSampleModel = (): Promise<IsekModel> =>
  (sampleModel ??= loadProject({ dataDir: SAMPLE_DATA, today: '2026-11-25' }).then((p) => p.model));

/** Every measure of the sample data, in the overview's order (Nr.). */
async function sampleRows(): Promise<Row[]> {
  return [...(await loadSampleModel()).measures]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((m) => ({
      nr: m.id,
      title: m.title,
      status: m.status,
      fachdienst: m.leadDepartmentId,
      stadtteile: m.districts,
      delayed: m.delayed,
      path: `massnahmen/${m.slug}/`,
    }));
}

/** The server-rendered rows (`tr.isek-measure-row`) of a built page, as HTML by link. */
function serverRows(html: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const match of html.matchAll(/<tr class="isek-measure-row"[^>]*>[\s\S]*?<\/tr>/g)) {
    rows.set(/<a href="([^"]*)"/.exec(match[0])![1]!, match[0]);
  }
  return rows;
}

/** A word of at least 6 letters that occurs in exactly one measure title. */
function distinctiveWord(rows: readonly Row[]): { word: string; row: Row } {
  const seen = new Map<string, Row[]>();
  for (const row of rows) {
    for (const word of new Set(row.title.toLowerCase().match(/\p{L}{6,}/gu) ?? [])) {
      seen.set(word, [...(seen.get(word) ?? []), row]);
    }
  }
  for (const [word, found] of seen) if (found.length === 1) return { word, row: found[0]! };
  throw new Error('Kein Titelwort kommt in genau einer Maßnahme vor');
}

/**
 * A word of at least 7 letters from exactly one goal's title that no measure's own fields hold,
 * not even in another form (a measure shows it only in its goal chain), with that goal's page and
 * how many measures lie below the goal.
 */
async function goalOnlyWord(): Promise<{ word: string; goalPath: string; measuresBelow: number }> {
  const model = await loadSampleModel();
  const measureText = model.measures
    .map((m) => JSON.stringify(m))
    .join(' ')
    .toLowerCase();
  const otherNames = [...model.departments.map((d) => d.name), ...model.productAreas.map((p) => p.name)]
    .join(' ')
    .toLowerCase();
  const goalsByWord = new Map<string, (typeof model.goals)[number][]>();
  for (const goal of model.goals) {
    for (const word of new Set(goal.title.toLowerCase().match(/\p{L}{7,}/gu) ?? [])) {
      goalsByWord.set(word, [...(goalsByWord.get(word) ?? []), goal]);
    }
  }
  for (const [word, goals] of goalsByWord) {
    const goal = goals[0]!;
    // The index stems German words (`Moderne` and `Modernisierung` are one word to it, and a
    // stem can be as short as `wohn`), so no measure may hold even the word's first five letters.
    const stem = word.slice(0, 5);
    if (
      goals.length === 1 &&
      goal.allMeasureIds.length > 0 &&
      !measureText.includes(stem) &&
      !otherNames.includes(stem)
    ) {
      return { word, goalPath: `ziele/${goal.slug}/`, measuresBelow: goal.allMeasureIds.length };
    }
  }
  throw new Error('Kein Wort steht nur im Titel genau eines Ziels mit Maßnahmen');
}

function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] .isek-search-result__title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

function statusText(page: Page): Promise<string> {
  return page.locator('[data-search-status]').innerText();
}

/** The number at the start of the search status („12 Treffer …“), 0 for „Keine Treffer“. */
async function hitCount(page: Page): Promise<number> {
  const text = await statusText(page);
  const match = /^([\d.]+) Treffer/.exec(text);
  if (match) return Number(match[1]!.replace(/\./g, ''));
  if (text.startsWith('Keine Treffer')) return 0;
  throw new Error(`Unerwarteter Status: ${text}`);
}

/** Titles of the overview's rows, in display order. */
/** The titles of the rows the overview shows, once it shows its current state. */
async function visibleTitles(page: Page): Promise<string[]> {
  await overviewSettled(page);
  return page.locator('tr.isek-measure-row th[scope="row"]').allInnerTexts();
}

/** Opens an overview page and waits until its filters have their data. */
async function openOverview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'visible' });
}

describe.skipIf(!chromium)('search and measure overview in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(['/', '/isek/'])('built for %s', (base) => {
    let server: StaticServer;
    let outDir: string;
    let rows: Row[];
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      const built = await buildSite({ base });
      expect(built.outcome.ok, JSON.stringify(built.outcome.ok ? '' : built.outcome)).toBe(true);
      outDir = built.outDir;
      rows = await sampleRows();
      expect(rows.length).toBeGreaterThan(2 * PAGE_SIZE);
      server = await serveStatic(outDir, base);
      page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    });

    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    it('finds a measure by a word from its title, through the header form', async () => {
      const { word, row } = distinctiveWord(rows);
      await page.goto(server.url);
      await page.locator('#site-search-q').fill(word);
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL((url) => url.pathname === `${base}suche/`);
      await searchSettled(page);
      expect(new URL(page.url()).searchParams.get('q')).toBe(word);
      expect(await page.locator('#suche-q').inputValue()).toBe(word);
      expect(await resultLinks(page)).toContain(`${base}${row.path}`);
      expect(await statusText(page)).toMatch(/Treffer für „/);
      expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
      // Every result link stays below the base path.
      for (const link of await resultLinks(page)) expect(link.startsWith(base)).toBe(true);
      expect(errors).toEqual([]);
    });

    it('lists all indicators of an SDG through the link its page gives when the list is cut', async () => {
      const sdgPage = await readPage(outDir, base, `${base}sdg/11/`);
      const count = Number(/Kennzahlen zum Nachhaltigkeitsziel 11 \((\d+)\)/.exec(sdgPage)?.[1]);
      expect(count).toBeGreaterThan(0);
      await page.goto(`${server.url}suche/?${sdgIndicatorsQuery(11)}`);
      await searchSettled(page);
      const links = await resultLinks(page);
      expect(links).toHaveLength(count);
      expect(links.every((l) => l.startsWith(`${base}kennzahlen/`))).toBe(true);
      expect(errors).toEqual([]);
    });

    it('finds a goal by a word of its title, without the measures that only list the goal', async () => {
      const { word, goalPath, measuresBelow } = await goalOnlyWord();
      // Without the exclusion these measures match too: their goal chains name the goal.
      expect(measuresBelow).toBeGreaterThan(0);
      await page.goto(`${server.url}suche/?q=${encodeURIComponent(word)}`);
      await searchSettled(page);
      const links = await resultLinks(page);
      expect(links).toContain(`${base}${goalPath}`);
      expect(links.filter((link) => link.startsWith(`${base}massnahmen/`))).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('narrows the results with filters and restores them from the URL, back button included', async () => {
      const measures = rows.length;
      await page.goto(`${server.url}suche/?typ=Ma%C3%9Fnahme`);
      await searchSettled(page);
      expect(await hitCount(page)).toBe(measures);

      const inProgress = rows.filter((r) => r.status === 'in-progress').length;
      expect(inProgress).toBeGreaterThan(0);
      expect(inProgress).toBeLessThan(measures);
      const box = page.locator('input[name="status"][value="in Umsetzung"]');
      // Its count says what choosing it will give.
      expect(await box.locator('xpath=ancestor::label').innerText()).toContain(`(${inProgress})`);
      await box.check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(inProgress);
      expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['in Umsetzung']);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

      // A second value of the same filter widens (OR), a second filter narrows (AND).
      const planned = rows.filter((r) => r.status === 'planned').length;
      await page.locator('input[name="status"][value="geplant"]').check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(inProgress + planned);

      const district = rows.find((r) => r.stadtteile.length > 0 && ['in-progress', 'planned'].includes(r.status))!
        .stadtteile[0]!;
      const expected = rows.filter(
        (r) => ['in-progress', 'planned'].includes(r.status) && r.stadtteile.includes(district),
      ).length;
      const facet = page.locator('details[data-facet="stadtteil"]');
      if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open))) await facet.locator('summary').click();
      await facet.locator(`input[value="${district}"]`).check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(expected);

      // Sorted by title: the index's title key puts them in German order.
      await page.locator('#suche-sortierung').selectOption('titel');
      await searchSettled(page);
      const titles = await page.locator('[data-search-results] .isek-search-result__title a').allInnerTexts();
      const collator = new Intl.Collator('de', { sensitivity: 'base' });
      expect(titles).toEqual([...titles].sort((a, b) => collator.compare(a, b)));

      const url = page.url();
      await page.reload();
      await searchSettled(page);
      expect(page.url()).toBe(url);
      expect(await hitCount(page)).toBe(expected);
      expect(await page.locator('input[name="status"][value="in Umsetzung"]').isChecked()).toBe(true);
      expect(await page.locator(`details[data-facet="stadtteil"] input[value="${district}"]`).isChecked()).toBe(true);
      expect(await page.locator('#suche-sortierung').inputValue()).toBe('titel');

      await page.goBack(); // before the sort
      await page.goBack(); // before the district
      await searchSettled(page);
      expect(await hitCount(page)).toBe(inProgress + planned);
      expect(await page.locator(`details[data-facet="stadtteil"] input[value="${district}"]`).isChecked()).toBe(false);
      expect(errors).toEqual([]);
    });

    it('fills the long facets (goals, departments) from the index, in the order of the model', async () => {
      const html = await readPage(outDir, base, `${base}suche/`);
      for (const key of ['ziel', 'fachdienst']) {
        const facet = new RegExp(`<details[^>]*data-facet="${key}"[^>]*>([\\s\\S]*?)</details>`).exec(html);
        expect(facet?.[0], key).toContain('data-facet-from-index');
        // The page's HTML does not grow with the goals and departments: no option is in it.
        expect(facet?.[1], key).not.toContain('<label');
      }
      const model = await loadSampleModel();
      await page.goto(`${server.url}suche/`);
      await searchSettled(page);
      const values = (key: string) =>
        page
          .locator(`details[data-facet="${key}"] input[type="checkbox"]`)
          .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      const goals = [...model.goals].sort((a, b) => compareIds(a.id, b.id)).map((g) => `${g.id} ${g.title}`);
      expect(await values('ziel')).toEqual(goals);
      const departments = [...model.departments].sort((a, b) => compareIds(a.id, b.id)).map((d) => `${d.id} ${d.name}`);
      expect(await values('fachdienst')).toEqual(departments);
      // Counts are there from the start, and a value from the URL is ticked once its box exists.
      const firstGoal = page.locator('details[data-facet="ziel"] [data-count]').first();
      expect(Number(await firstGoal.textContent())).toBeGreaterThan(0);
      await page.goto(`${server.url}suche/?ziel=${encodeURIComponent(goals[0]!)}`);
      await searchSettled(page, { announced: true });
      expect(await page.locator(`details[data-facet="ziel"] input[value="${goals[0]}"]`).isChecked()).toBe(true);
      expect(await page.locator('details[data-facet="ziel"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
        true,
      );
      expect(errors).toEqual([]);
    });

    it('loads the filtered rows only when needed, and is ready only once they show', async () => {
      // A fresh context: no earlier test's cache may hide a request.
      const context = await browser.newContext();
      const fresh = await context.newPage();
      const scripts: string[] = [];
      fresh.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      try {
        await fresh.goto(`${server.url}massnahmen/`, { waitUntil: 'networkidle' });
        await fresh.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'attached' });
        // The server's page needs no row renderer: it stays out of the first load.
        expect(scripts.filter((p) => p.includes('overview-rows'))).toEqual([]);
        const fetched = fresh.waitForRequest((r) => r.url().includes('overview-rows'));
        await fresh.locator('select[name="status"]').focus();
        await fetched;
      } finally {
        await context.close();
      }

      // A URL with a filter: at the moment `data-ready` appears the table shows it already
      // (recorded in the page itself, so no timing of the test can hide an early flag).
      const delayed = rows.filter((r) => r.delayed).map((r) => r.title);
      const watcher = await browser.newContext();
      const watched = await watcher.newPage();
      try {
        await watched.addInitScript(() => {
          new MutationObserver((records, observer) => {
            const form = records
              .map((r) => r.target)
              .find((t) => t instanceof HTMLElement && t.dataset.ready !== undefined);
            if (!(form instanceof HTMLElement)) return;
            observer.disconnect();
            (window as unknown as { atReady: string[] }).atReady = [
              ...document.querySelectorAll('tr.isek-measure-row th[scope="row"]'),
            ].map((th) => th.textContent ?? '');
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
        });
        await watched.goto(`${server.url}massnahmen/?zeitplan=verzoegert`);
        await watched.locator('form[data-measure-filter][data-ready]').waitFor({ state: 'attached' });
        const atReady = await watched.evaluate(() => (window as unknown as { atReady: string[] }).atReady);
        expect(atReady.map((t) => t.trim())).toEqual(delayed);
      } finally {
        await watcher.close();
      }
      expect(errors).toEqual([]);
    });

    it('keeps the shown results and rows when the skip link is followed', async () => {
      // Following `#inhalt` fires `popstate`; a new search there would take away what a keyboard
      // user is about to tab through.
      const followSkipLink = async () => {
        await page.locator('.isek-skip-link').focus();
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.hash === '#inhalt');
      };
      await page.goto(`${server.url}suche/?q=Schule`);
      await searchSettled(page, { announced: true });
      const firstResult = page.locator('[data-search-results] .isek-search-result__title a').first();
      await firstResult.evaluate((a) => a.setAttribute('data-probe', ''));
      await followSkipLink();
      await searchSettled(page, { announced: true });
      expect(await page.locator('[data-search-results] a[data-probe]').count()).toBe(1);

      await openOverview(page, `${server.url}massnahmen/?sortierung=titel`);
      await page.locator('button[data-all]').click();
      const all = (await visibleTitles(page)).length;
      expect(all).toBe(rows.length);
      await followSkipLink();
      expect(await visibleTitles(page)).toHaveLength(all);
      expect(errors).toEqual([]);
    });

    it('shows one page in Nr. order, and with filters or a sort all measures of all pages', async () => {
      const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
      const byTitle = (list: readonly Row[]) => list.map((r) => r.title).sort((a, b) => collator.compare(a, b));
      await openOverview(page, `${server.url}massnahmen/`);
      const pager = page.locator('nav[data-pagination]');
      const status = page.locator('[data-filter-status]');
      expect(await visibleTitles(page)).toEqual(rows.slice(0, PAGE_SIZE).map((r) => r.title));
      expect(await pager.isVisible()).toBe(true);
      const serverStatus = await status.innerText();
      expect(serverStatus).toContain(`1 bis ${PAGE_SIZE} von ${rows.length}`);

      // A sort alone already covers every page, 100 rows at a time; the rest is one click away.
      await page.locator('select[name="sortierung"]').selectOption('titel');
      expect(await visibleTitles(page)).toEqual(byTitle(rows).slice(0, STEP));
      expect(await pager.isVisible()).toBe(false);
      expect(await status.innerText()).toContain(`die ersten ${STEP}`);
      const showAll = page.locator('button[data-all]');
      expect(await showAll.innerText()).toBe(`Alle ${rows.length} anzeigen`);
      await showAll.click();
      expect(await visibleTitles(page)).toEqual(byTitle(rows));
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(byTitle(rows)[STEP]);
      expect(await showAll.isVisible()).toBe(false);

      // A department with measures beyond the first page: all of them, from every page.
      const fachdienst = rows.find(
        (r, i) => i >= 2 * PAGE_SIZE && rows.slice(0, PAGE_SIZE).some((f) => f.fachdienst === r.fachdienst),
      )!.fachdienst;
      const ofDepartment = rows.filter((r) => r.fachdienst === fachdienst);
      expect(ofDepartment.length).toBeLessThanOrEqual(STEP);
      await page.locator('select[name="fachdienst"]').selectOption(fachdienst);
      expect(await visibleTitles(page)).toEqual(byTitle(ofDepartment));
      expect(await status.innerText()).toContain(`${ofDepartment.length} von ${rows.length}`);
      expect(new URL(page.url()).searchParams.get('fachdienst')).toBe(fachdienst);
      expect(new URL(page.url()).searchParams.get('sortierung')).toBe('titel');

      // A status that occurs for this department narrows further; its count predicted it.
      const chosen = ofDepartment[0]!.status;
      const both = ofDepartment.filter((r) => r.status === chosen);
      const option = page.locator(`select[name="status"] option[value="${chosen}"]`);
      expect(await option.innerText()).toContain(`(${both.length})`);
      await page.locator('select[name="status"]').selectOption(chosen);
      expect(await visibleTitles(page)).toEqual(byTitle(both));

      const url = page.url();
      await page.reload();
      await page.locator('form[data-measure-filter][data-ready]').waitFor();
      expect(page.url()).toBe(url);
      expect(await page.locator('select[name="fachdienst"]').inputValue()).toBe(fachdienst);
      expect(await page.locator('select[name="status"]').inputValue()).toBe(chosen);
      expect(await page.locator('select[name="sortierung"]').inputValue()).toBe('titel');
      expect(await visibleTitles(page)).toEqual(byTitle(both));

      await page.goBack();
      expect(await page.locator('select[name="status"]').inputValue()).toBe('');
      expect(await visibleTitles(page)).toEqual(byTitle(ofDepartment));

      // Without filters and in Nr. order the server's page is back, navigation included.
      await page.locator('[data-reset]').click();
      expect(new URL(page.url()).searchParams.get('fachdienst')).toBeNull();
      expect(await visibleTitles(page)).toHaveLength(STEP);
      await page.locator('select[name="sortierung"]').selectOption('nr');
      expect(await visibleTitles(page)).toEqual(rows.slice(0, PAGE_SIZE).map((r) => r.title));
      expect(await pager.isVisible()).toBe(true);
      expect(await status.innerText()).toBe(serverStatus);
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    });

    it('filters from a further page too, and gives that page back when the filter is reset', async () => {
      const planned = rows.filter((r) => r.status === 'planned');
      const second = rows.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r.title);
      await openOverview(page, `${server.url}massnahmen/seite/2/`);
      expect(await page.title()).toMatch(/^Maßnahmen – Seite 2 von \d+ – /);
      expect(await page.locator('caption').innerText()).toBe(
        `Maßnahmen (${PAGE_SIZE + 1} bis ${2 * PAGE_SIZE} von ${rows.length})`,
      );
      expect(await visibleTitles(page)).toEqual(second);
      await page.locator('select[name="status"]').selectOption('planned');
      expect(await visibleTitles(page)).toEqual(planned.slice(0, STEP).map((r) => r.title));
      expect(new URL(page.url()).pathname).toBe(`${base}massnahmen/seite/2/`);
      await page.locator('[data-reset]').click();
      expect(await visibleTitles(page)).toEqual(second);
      expect(await page.locator('nav[data-pagination] [aria-current="page"]').innerText()).toContain('2');
      expect(errors).toEqual([]);
    });

    it('renders filtered rows exactly like the server renders them', async () => {
      const built = new Map<string, string>();
      for (let n = 1; n <= Math.ceil(rows.length / PAGE_SIZE); n += 1) {
        const html = await readPage(outDir, base, n === 1 ? `${base}massnahmen/` : `${base}massnahmen/seite/${n}/`);
        for (const [href, row] of serverRows(html)) built.set(href, row);
      }
      expect(built.size).toBe(rows.length);
      await openOverview(page, `${server.url}massnahmen/?sortierung=status`);
      await page.locator('button[data-all]').click();
      const live = await page
        .locator('tr.isek-measure-row')
        .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')!.getAttribute('href')!, tr.outerHTML] as const));
      expect(live).toHaveLength(rows.length);
      // Both through the browser's parser, so entity spelling (&nbsp; or the character) does not matter.
      const expected = await page.evaluate(
        (pairs) => {
          const out: Record<string, string> = {};
          for (const [href, html] of pairs) {
            const template = document.createElement('template');
            template.innerHTML = `<table><tbody>${html}</tbody></table>`;
            out[href] = template.content.querySelector('tr')!.outerHTML;
          }
          return out;
        },
        [...built],
      );
      for (const [href, html] of live) expect(html, href).toBe(expected[href]);
      expect(errors).toEqual([]);
    });

    it('finds the delayed measures with the filter Zeitplan, in the overview and in search', async () => {
      const delayed = rows.filter((r) => r.delayed);
      expect(delayed.length).toBeGreaterThan(0);
      expect(delayed.length).toBeLessThan(rows.length);
      expect(delayed.length).toBeLessThanOrEqual(STEP);

      await openOverview(page, `${server.url}massnahmen/`);
      const option = page.locator('select[name="zeitplan"] option[value="verzoegert"]');
      expect(await option.innerText()).toBe(`verzögert (${delayed.length})`);
      await page.locator('select[name="zeitplan"]').selectOption('verzoegert');
      expect(await visibleTitles(page)).toEqual(delayed.map((r) => r.title));
      expect(new URL(page.url()).searchParams.get('zeitplan')).toBe('verzoegert');
      // Every row shown carries the tag with its planned end; the status filter still narrows.
      const tags = await page.locator('tr.isek-measure-row .isek-tag--delayed').allInnerTexts();
      expect(tags).toHaveLength(delayed.length);
      for (const tag of tags) expect(tag.replace(/\s+/g, ' ')).toMatch(/^verzögert \(geplant bis .+\)$/);
      const inProgress = delayed.filter((r) => r.status === 'in-progress');
      await page.locator('select[name="status"]').selectOption('in-progress');
      expect(await visibleTitles(page)).toEqual(inProgress.map((r) => r.title));
      await page.reload();
      await page.locator('form[data-measure-filter][data-ready]').waitFor();
      expect(await page.locator('select[name="zeitplan"]').inputValue()).toBe('verzoegert');
      expect(await visibleTitles(page)).toEqual(inProgress.map((r) => r.title));

      await page.goto(`${server.url}suche/?typ=Ma%C3%9Fnahme`);
      await searchSettled(page);
      const facet = page.locator('details[data-facet="zeitplan"]');
      if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open))) await facet.locator('summary').click();
      const box = facet.locator('input[value="verzögert"]');
      expect(await box.locator('xpath=ancestor::label').innerText()).toContain(`(${delayed.length})`);
      await box.check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(delayed.length);
      expect(new URL(page.url()).searchParams.getAll('zeitplan')).toEqual(['verzögert']);
      expect(errors).toEqual([]);
    });

    it('finds the measures without a type through „ohne Angabe“, in search as in the overview', async () => {
      const untyped = (await loadSampleModel()).measures.filter((m) => m.type === null);
      expect(untyped.length).toBeGreaterThan(0);

      await page.goto(`${server.url}suche/?typ=Ma%C3%9Fnahme`);
      await searchSettled(page);
      const facet = page.locator('details[data-facet="art"]');
      if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open))) await facet.locator('summary').click();
      const options = await facet
        .locator('input[type="checkbox"]')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      expect(options.at(-1)).toBe('ohne Angabe');
      const box = facet.locator('input[value="ohne Angabe"]');
      expect(await box.locator('xpath=ancestor::label').innerText()).toContain(`(${untyped.length})`);
      await box.check();
      await searchSettled(page);
      expect(await hitCount(page)).toBe(untyped.length);

      await openOverview(page, `${server.url}massnahmen/`);
      expect(await page.locator('select[name="art"] option[value="ohne-angabe"]').innerText()).toBe(
        `ohne Angabe (${untyped.length})`,
      );
      expect(errors).toEqual([]);
    });

    it('works under the strict Content-Security-Policy the README recommends', async () => {
      const strict = await serveStatic(outDir, base, { headers: { 'content-security-policy': STRICT_CSP } });
      const csp = await browser.newPage();
      const problems: string[] = [];
      csp.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      csp.on('pageerror', (e) => problems.push(e.message));
      try {
        const { word, row } = distinctiveWord(rows);
        await csp.goto(`${strict.url}suche/?q=${encodeURIComponent(word)}`);
        await searchSettled(csp);
        expect(await resultLinks(csp)).toContain(`${base}${row.path}`);
        await openOverview(csp, `${strict.url}massnahmen/?status=planned`);
        const planned = rows.filter((r) => r.status === 'planned').length;
        expect(await csp.locator('[data-filter-status]').innerText()).toContain(`${planned} von ${rows.length}`);
        expect(await csp.locator('tr.isek-measure-row').count()).toBe(Math.min(planned, STEP));
        expect(problems).toEqual([]);
      } finally {
        await csp.close();
        await strict.close();
      }
    });

    it('keeps the complete list on its pages and offers the ways in without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const noJs = await context.newPage();
        await noJs.goto(`${server.url}massnahmen/?status=planned`);
        expect(await noJs.locator('form[data-measure-filter]').isVisible()).toBe(false);
        expect(await noJs.title()).toMatch(/^Maßnahmen – /);
        // Following „Nächste Seite“ to the end lists every measure once, in Nr. order.
        const seen: string[] = [];
        const pages: string[] = [];
        for (;;) {
          pages.push(new URL(noJs.url()).pathname);
          seen.push(...(await noJs.locator('tr.isek-measure-row th[scope="row"]').allInnerTexts()));
          const next = noJs.locator('nav[data-pagination] a[rel="next"]');
          if ((await next.count()) === 0) break;
          await next.click();
        }
        expect(seen).toEqual(rows.map((r) => r.title));
        expect(pages).toEqual([
          `${base}massnahmen/`,
          ...pages.slice(1).map((_, i) => `${base}massnahmen/seite/${i + 2}/`),
        ]);
        expect(await noJs.title()).toMatch(new RegExp(`^Maßnahmen – Seite ${pages.length} von ${pages.length} – `));
        expect(await noJs.locator('nav[data-pagination] [aria-current="page"]').innerText()).toContain(
          String(pages.length),
        );

        await noJs.goto(`${server.url}suche/?q=test`);
        expect(await noJs.locator('[data-search-app]').isVisible()).toBe(false);
        const links = await noJs
          .locator('[data-search-noscript] a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(links).toEqual(
          expect.arrayContaining([`${base}massnahmen/`, `${base}fachdienste/`, `${base}produktbereiche/`]),
        );
      } finally {
        await context.close();
      }
    });
  });
});
