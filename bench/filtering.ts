/**
 * Client-side filtering of the measure overview (`/massnahmen/`) in headless Chromium: the time
 * from choosing a filter value until the page has updated and laid out, per interaction.
 *
 * Inside the page, around each interaction: `performance.now()`, set the `<select>`'s value and
 * dispatch `change` (what choosing with mouse or keyboard fires), wait until the overview's DOM
 * changes (at once if the handler is synchronous, else at the first mutation), force a layout by
 * reading `offsetHeight`, `performance.now()`. Interactions alternate between choosing a value
 * (each filter in turn, a different value each round) and going back to "all", so both filtering
 * all measures and restoring the unfiltered overview are timed. Readiness (data loaded, selects
 * enabled) is awaited first and reported separately.
 */
import type { Page } from 'playwright-core';
import { chromiumCandidates, launchChromium, type ChromiumSource } from '../src/build/chromium.ts';
import { serveLocally } from '../src/build/preview-server.ts';
import { CHROMIUM_TEXT } from '../src/lib/i18n/de.ts';
import type { FilterResult } from './results.ts';
import { median } from './stats.ts';

/** How many interactions are timed (at least 10, per the issue). */
export const INTERACTIONS = 20;

/** What the page reports back about its filter controls. */
interface Controls {
  /** Per usable `<select>`: its index among the page's selects and its non-empty, enabled values. */
  readonly selects: { readonly index: number; readonly name: string; readonly values: string[] }[];
}

/**
 * A usable filter select: enabled, with an "all" option (value `''`) and at least one value.
 * Overviews that load their data first enable their selects only once it is there.
 */
function usableSelects(): HTMLSelectElement[] {
  return [...document.querySelectorAll('select')].filter(
    (s) =>
      !s.disabled &&
      [...s.options].some((o) => o.value === '') &&
      [...s.options].some((o) => o.value !== '' && !o.disabled),
  );
}

/** Finds the filter selects of the overview and the values each offers (in the unfiltered state). */
async function findControls(page: Page): Promise<Controls> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('select')];
    const selects = all
      .map((select, index) => ({
        index,
        name: select.name || select.id,
        usable: !select.disabled && [...select.options].some((o) => o.value === ''),
        values: [...select.options].filter((o) => o.value !== '' && !o.disabled).map((o) => o.value),
      }))
      .filter((s) => s.usable && s.values.length > 0)
      .map(({ index, name, values }) => ({ index, name, values }));
    return { selects };
  });
}

/** Times one interaction in the page; `null` when the page did not react within 5 s. */
async function timeInteraction(page: Page, selectIndex: number, value: string): Promise<number | null> {
  return page.evaluate(
    ([index, chosen]) =>
      new Promise<number | null>((resolve) => {
        const select = document.querySelectorAll('select')[index] as HTMLSelectElement;
        const root = document.querySelector('main') ?? document.body;
        const observer = new MutationObserver(() => finish());
        let done = false;
        let t0 = 0;
        const finish = () => {
          if (done) return;
          done = true;
          observer.disconnect();
          // Reading a layout property makes the browser do the style and layout work now.
          void document.body.offsetHeight;
          resolve(performance.now() - t0);
        };
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        t0 = performance.now();
        select.value = chosen;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // A synchronous handler has changed the DOM already: its records are waiting.
        if (observer.takeRecords().length > 0) finish();
        setTimeout(() => {
          if (!done) {
            done = true;
            observer.disconnect();
            resolve(null);
          }
        }, 5000);
      }),
    [selectIndex, value] as const,
  );
}

/**
 * Serves the built site, opens `/massnahmen/` and times {@link INTERACTIONS} filter changes.
 * Returns a note instead of a result when Chromium or the filter controls are missing.
 */
export async function measureFiltering(
  siteDir: string,
  measures: number,
): Promise<{ result: FilterResult | null; note: string | null }> {
  // The browsers `npm run bericht:pdf` tries, in its order: on Windows Edge, then Chrome.
  let sources: ChromiumSource[];
  try {
    sources = chromiumCandidates();
  } catch (error) {
    return { result: null, note: (error as Error).message };
  }
  if (sources.length === 0) return { result: null, note: CHROMIUM_TEXT.noChromium };
  // The server `npm run preview` uses: the site as the city's web server would serve it.
  const server = await serveLocally(siteDir, '/');
  const browser = await launchChromium(sources).catch(async (error: unknown) => {
    await server.close();
    return error as Error;
  });
  if (browser instanceof Error) return { result: null, note: browser.message };
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}massnahmen/`, { waitUntil: 'load', timeout: 120_000 });
    // Ready when a filter can be used: some overviews fetch their data before enabling the form.
    const ready = await page
      .waitForFunction(`(${usableSelects.toString()})().length > 0 ? performance.now() : false`, undefined, {
        timeout: 30_000,
      })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    if (ready === null)
      return { result: null, note: 'the overview has no usable filter select within 30 s of loading' };
    const readyMs = ready;
    const controls = await findControls(page);
    if (controls.selects.length === 0) return { result: null, note: 'the overview has no filter selects (yet)' };
    const times: number[] = [];
    for (let i = 0; i < INTERACTIONS; i += 1) {
      const control = controls.selects[Math.floor(i / 2) % controls.selects.length]!;
      // Odd steps go back to "all"; even steps choose a value, a different one each round.
      const value =
        i % 2 === 1 ? '' : control.values[Math.floor(i / (2 * controls.selects.length)) % control.values.length]!;
      const ms = await timeInteraction(page, control.index, value);
      if (ms === null)
        return { result: null, note: `changing the filter "${control.name}" did not update the overview within 5 s` };
      times.push(ms);
    }
    return {
      result: {
        measures,
        interactions: times.length,
        medianMs: median(times),
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        readyMs,
      },
      note: null,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
