/**
 * The search page in the browser: reads the state from the URL, asks Pagefind, shows results
 * with excerpts, keeps the facet counts right and writes every change back to the URL
 * (`pushState`), so a search can be shared, reloaded and stepped back through (`popstate`).
 *
 * Focus stays where the person acted (query field, checkbox, sort); only „Weitere Ergebnisse“
 * moves it, to the first newly shown result, and a followed „Meinten Sie …?“ link to the results
 * heading. The result count goes to a polite live region.
 *
 * The long facets (goals, departments …) get their options from the index when Pagefind has
 * loaded (`search-facet.ts`). A search with few results loads the site's word list
 * (`/suche/woerter.json`, once, only then) and offers corrected queries (`search-suggest.ts`); one
 * without results also shows the topic and Stadtteil pages (`SearchHelp.astro`). A hit only in a page's hidden keywords gets an excerpt
 * from the page's own text (`search-excerpt.ts`).
 */
import { SEARCH_TEXT } from '../lib/i18n/de/search.ts';
import {
  activeFilterCount,
  facetCounts,
  hasCriteria,
  parseSearchState,
  searchStateToSearch,
  toPagefindFilters,
  toPagefindSort,
  withFilterValue,
  type FilterCounts,
  type SearchSort,
  type SearchState,
} from './search-state.ts';
import { resultExcerpt } from './search-excerpt.ts';
import { suggestQueries } from './search-suggest.ts';
import { emptyLast, filterToggle, showChosen, type ChosenFilter } from './filter-ui.ts';
import { facetOptionHtml, facetValuesInOrder } from './search-facet.ts';

/** What Pagefind's `data()` returns for one result (the parts used here). */
interface PagefindResultData {
  readonly url: string;
  /** HTML-escaped text with `<mark>` around hits: safe as innerHTML (Pagefind docs). */
  readonly excerpt: string;
  /** The page's indexed text, HTML-escaped. */
  readonly content: string;
  /** Word positions of the hits in `content`. */
  readonly locations: readonly number[];
  readonly meta: Readonly<Record<string, string | undefined>>;
}

interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  readonly results: readonly PagefindResult[];
  readonly filters: FilterCounts;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const T = SEARCH_TEXT.page;
/** Results loaded and shown per step. */
const PAGE_SIZE = 20;
/** Words per excerpt (Pagefind's `excerptLength`). */
const EXCERPT_LENGTH = 24;
/** Fewer results than this bring „Meinten Sie …?“. */
const FEW_RESULTS = 3;
const numberFormat = new Intl.NumberFormat('de-DE');

/**
 * Whether every longer word of the query appears in the text of a shown result. Pagefind answers
 * a word it does not know with its longest known beginning (`Klimaschuz` finds `Klima`), so many
 * results do not mean the word was found: then „Meinten Sie …?“ is offered as well.
 */
function allTermsFound(query: string, shown: readonly PagefindResultData[]): boolean {
  const texts = shown.map((d) => d.content.toLocaleLowerCase('de'));
  return query
    .toLocaleLowerCase('de')
    .split(/\s+/)
    .filter((term) => term.length >= 4)
    .every((term) => texts.some((t) => t.includes(term)));
}

function required<E extends Element>(root: ParentNode, selector: string): E {
  const element = root.querySelector<E>(selector);
  if (!element) throw new Error(`search page: ${selector} missing`);
  return element;
}

function start(app: HTMLElement): void {
  const noscript = document.querySelector<HTMLElement>('[data-search-noscript]');
  const form = required<HTMLFormElement>(app, '[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const filterForm = required<HTMLFormElement>(app, '[data-search-filters]');
  const resetButton = required<HTMLButtonElement>(app, '[data-search-reset]');
  const sortSelect = required<HTMLSelectElement>(app, '[data-search-sort]');
  const status = required<HTMLElement>(app, '[data-search-status]');
  const hint = required<HTMLElement>(app, '[data-search-hint]');
  const list = required<HTMLOListElement>(app, '[data-search-results]');
  const shownNote = required<HTMLElement>(app, '[data-search-shown]');
  const moreButton = required<HTMLButtonElement>(app, '[data-search-more]');
  const suggestBox = required<HTMLElement>(app, '[data-search-suggest]');
  const topics = required<HTMLElement>(app, '[data-search-topics]');
  const resultsHeading = required<HTMLElement>(app, '#suche-ergebnisse-titel');
  const facets = [...app.querySelectorAll<HTMLDetailsElement>('[data-facet]')];
  const filterKeys = facets.map((f) => f.dataset.facet!);
  const baseTitle = document.title;
  const toggle = app.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  const setActive = filterToggle(toggle);
  const chosenList = app.querySelector<HTMLElement>('[data-chosen]');
  /** Each facet's options in the page's order, for putting those without results last. */
  const optionOrder = new Map(
    facets.map((f) => {
      const fieldset = required<HTMLFieldSetElement>(f, 'fieldset');
      return [fieldset, [...fieldset.querySelectorAll<HTMLLabelElement>('label')]] as const;
    }),
  );

  app.hidden = false;
  if (noscript) noscript.hidden = true;

  let state: SearchState = parseSearchState(new URLSearchParams(location.search), filterKeys);
  let results: readonly PagefindResult[] = [];
  let shown = 0;
  // Each search gets a number; answers of an older one arriving late are dropped.
  let run = 0;

  let loading: Promise<PagefindApi> | undefined;
  function pagefind(): Promise<PagefindApi> {
    loading ??= (async () => {
      const api = (await import(/* @vite-ignore */ app.dataset.bundle!)) as PagefindApi;
      await api.options({ baseUrl: app.dataset.base, excerptLength: EXCERPT_LENGTH });
      await api.init();
      // Loading the filters once makes every search return its facet counts; the totals also
      // give the long facets their options.
      addIndexOptions(await api.filters());
      return api;
    })();
    return loading;
  }

  let wordList: Promise<readonly string[]> | undefined;
  /** The site's word list, fetched on the first search that finds little. */
  function words(): Promise<readonly string[]> {
    wordList ??= fetch(app.dataset.words!)
      .then((response) => (response.ok ? (response.json() as Promise<{ words?: string[] }>) : { words: [] }))
      .then((list) => list.words ?? [])
      .catch(() => {
        wordList = undefined;
        return [];
      });
    return wordList;
  }

  /** Fills in „Meinten Sie …?“ (links that search again); returns the first suggestion. */
  function showSuggestions(suggestions: readonly string[]): string | undefined {
    suggestBox.replaceChildren();
    suggestBox.hidden = suggestions.length === 0;
    if (suggestions.length === 0) return undefined;
    suggestBox.append(`${T.didYouMean} `);
    suggestions.forEach((q, i) => {
      if (i > 0) suggestBox.append(i === suggestions.length - 1 ? T.didYouMeanOr : ', ');
      const link = document.createElement('a');
      link.href = `${location.pathname}${searchStateToSearch({ ...state, q }, filterKeys)}`;
      link.textContent = q;
      link.dataset.suggestion = q;
      suggestBox.append(link);
    });
    suggestBox.append('?');
    return suggestions[0];
  }

  function hideHelp(): void {
    suggestBox.hidden = true;
    suggestBox.replaceChildren();
    topics.hidden = true;
  }

  /** Adds the options of the facets marked `data-facet-from-index`, in the server's order. */
  function addIndexOptions(totals: FilterCounts): void {
    for (const facet of facets) {
      if (!facet.hasAttribute('data-facet-from-index')) continue;
      const key = facet.dataset.facet!;
      const counts = totals[key] ?? {};
      const fieldset = required<HTMLFieldSetElement>(facet, 'fieldset');
      const html = facetValuesInOrder(counts).map((value) =>
        facetOptionHtml(key, value, numberFormat.format(counts[value] ?? 0)),
      );
      fieldset.insertAdjacentHTML('beforeend', html.join(''));
      optionOrder.set(fieldset, [...fieldset.querySelectorAll<HTMLLabelElement>('label')]);
    }
    showChecked();
  }

  /** Ticks the checkboxes of the chosen values. */
  function showChecked(): void {
    for (const box of filterForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
  }

  /** Puts the state into the controls (after a load or `popstate`). */
  function showState(): void {
    input.value = state.q;
    sortSelect.value = state.sort;
    showChecked();
    for (const facet of facets) {
      const chosen = state.filters[facet.dataset.facet!]?.length ?? 0;
      required<HTMLElement>(facet, '[data-facet-selected]').textContent = T.selected(chosen);
      if (chosen > 0) facet.open = true;
    }
    document.title = T.documentTitle(state.q, baseTitle);
    const chosen: ChosenFilter[] = filterKeys.flatMap((key) =>
      (state.filters[key] ?? []).map((value) => ({
        label: SEARCH_TEXT.filterLabels[key as keyof typeof SEARCH_TEXT.filterLabels] ?? key,
        value,
        remove: () => change(withFilterValue(state, key, value, false)),
      })),
    );
    setActive(activeFilterCount(state));
    showChosen(chosenList, chosen, () => (toggle && toggle.offsetParent !== null ? toggle : resultsHeading).focus());
  }

  function updateCounts(counts: FilterCounts): void {
    for (const box of filterForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const label = box.labels?.[0];
      const slot = label?.querySelector('[data-count]');
      if (slot) slot.textContent = numberFormat.format(count);
      label?.classList.toggle('isek-search-facet__option--none', count === 0 && !box.checked);
    }
    // Options without results go to the end of their facet, counts kept (`docs/komponenten.md`).
    for (const [fieldset, labels] of optionOrder)
      emptyLast(fieldset, labels, (l) => l.classList.contains('isek-search-facet__option--none'));
  }

  /** Writes the state into the URL: a new history entry for a person's action. */
  function remember(mode: 'push' | 'replace'): void {
    const url = `${location.pathname}${searchStateToSearch(state, filterKeys)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function resultItem(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'isek-search-result';
    const heading = document.createElement('h3');
    heading.className = 'isek-search-result__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'isek-search-result__meta';
    const parts = [[data.meta.typ, data.meta.nr].filter(Boolean).join(' ')];
    if (data.meta.status) parts.push(`${T.resultMeta.status}: ${data.meta.status}`);
    if (data.meta.verzoegert) parts.push(data.meta.verzoegert);
    if (data.meta.fachdienst) parts.push(`${T.resultMeta.fachdienst}: ${data.meta.fachdienst}`);
    if (data.meta.stand) parts.push(`${T.resultMeta.stand}: ${data.meta.stand}`);
    meta.textContent = parts.filter((p) => p !== '').join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'isek-search-result__excerpt';
    // Safe HTML: Pagefind's excerpt, or words of its escaped content with `<mark>` added.
    excerpt.innerHTML = resultExcerpt(data, EXCERPT_LENGTH);
    item.append(heading, meta, excerpt);
    return item;
  }

  /** Shows the next page of results; with `focus`, moves focus to the first new one. */
  async function showMore(current: number, focus: boolean): Promise<readonly PagefindResultData[]> {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (current !== run) return [];
    const items = data.map(resultItem);
    list.append(...items);
    shown += items.length;
    moreButton.hidden = shown >= results.length;
    shownNote.hidden = results.length <= PAGE_SIZE;
    shownNote.textContent = T.shown(shown, results.length);
    if (focus) items[0]?.querySelector('a')?.focus();
    return data;
  }

  async function search(): Promise<void> {
    const current = ++run;
    list.setAttribute('aria-busy', 'true');
    try {
      const api = await pagefind();
      if (!hasCriteria(state)) {
        const totals = await api.filters();
        if (current !== run) return;
        updateCounts(totals);
        results = [];
        shown = 0;
        list.replaceChildren();
        moreButton.hidden = true;
        shownNote.hidden = true;
        hint.hidden = true;
        hideHelp();
        status.textContent = T.prompt;
        return;
      }
      const term = state.q === '' ? null : state.q;
      const full = await api.search(term, {
        filters: toPagefindFilters(state.filters),
        sort: toPagefindSort(state.sort),
      });
      const without: Record<string, FilterCounts> = {};
      for (const key of Object.keys(state.filters)) {
        const other = await api.search(term, { filters: toPagefindFilters(state.filters, key) });
        if (other) without[key] = other.filters;
      }
      if (current !== run || !full) return;
      updateCounts(facetCounts(state, full.filters, without));
      results = full.results;
      shown = 0;
      list.replaceChildren();
      const first = await showMore(current, false);
      if (current !== run) return;
      const filtersActive = activeFilterCount(state);
      let statusText = `${T.count(results.length, state.q)}${filtersActive > 0 ? ` ${T.filtered(filtersActive)}` : ''}`;
      hideHelp();
      if (state.q !== '' && (results.length < FEW_RESULTS || !allTermsFound(state.q, first))) {
        const list = await words();
        if (current !== run) return;
        const suggestion = showSuggestions(suggestQueries(state.q, list));
        if (suggestion) statusText += ` ${T.didYouMeanStatus(suggestion)}`;
      }
      status.textContent = statusText;
      hint.hidden = results.length > 0;
      hint.textContent = T.none;
      topics.hidden = results.length > 0;
    } catch (error) {
      if (current !== run) return;
      status.textContent = T.failed;
      if (noscript) noscript.hidden = false;
      // For the web team: the reason (e.g. a Content-Security-Policy without 'wasm-unsafe-eval').
      console.error(error);
    } finally {
      if (current === run) list.removeAttribute('aria-busy');
    }
  }

  function change(next: SearchState): void {
    state = next;
    remember('push');
    showState();
    void search();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    change({ ...state, q: input.value.trim() });
  });
  filterForm.addEventListener('submit', (event) => event.preventDefault());
  filterForm.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox') {
      change(withFilterValue(state, box.name, box.value, box.checked));
    }
  });
  resetButton.addEventListener('click', () => change({ ...state, filters: {} }));
  suggestBox.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-suggestion]') : null;
    if (!link) return;
    event.preventDefault();
    change({ ...state, q: link.dataset.suggestion! });
    // The link goes away with the new results: focus the results instead of losing it.
    resultsHeading.focus();
  });
  sortSelect.addEventListener('change', () => change({ ...state, sort: sortSelect.value as SearchSort }));
  moreButton.addEventListener('click', () => void showMore(run, true));
  window.addEventListener('popstate', () => {
    const next = parseSearchState(new URLSearchParams(location.search), filterKeys);
    // Following an in-page link (the skip link) fires `popstate` too: the search is the same,
    // and searching again would take away the results a keyboard user is tabbing through.
    if (searchStateToSearch(next, filterKeys) === searchStateToSearch(state, filterKeys)) return;
    state = next;
    showState();
    void search();
  });
  // Start loading while the person reads or types.
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });

  // A shared or reloaded URL: bring it into its normal form without a new history entry.
  remember('replace');
  showState();
  void search();
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) start(app);
