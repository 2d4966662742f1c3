/**
 * The measure overview in the browser (`/massnahmen/`, `/massnahmen/seite/<n>/`). The server
 * renders one page of the table and the filter form without options (`MeasureFilter.astro`).
 * This script loads the data of all measures (`/massnahmen/index.json`), fills in the options
 * with their counts and enables the form. While a filter or another sort order is chosen, the
 * table shows the matching measures of all pages, rendered with the server's row markup
 * (`measure-row.ts`), and the page navigation is hidden; without filters, in Nr. order, the
 * server's page is back as it was.
 *
 * The filtered table shows at most `OVERVIEW_STEP` rows at a time („Weitere … anzeigen“, „Alle …
 * anzeigen“), because the browser's style and layout work for thousands of rows costs far more
 * than the filtering itself. The state is written to the URL (`pushState`) and read back on
 * `popstate`; a reload restores it.
 */
import { OVERVIEW_TEXT as T } from '../lib/i18n/de/overview.ts';
import {
  filterRows,
  isDefaultState,
  MEASURE_FILTER_KEYS,
  measureStateToParams,
  OVERVIEW_STEP,
  parseMeasureState,
  rowFromMeasure,
  type MeasureFilterKey,
  type MeasureFilterState,
  type MeasureSort,
  type OverviewData,
} from './measure-filter-core.ts';
import { emptyLast, filterToggle, showChosen, type ChosenFilter } from './filter-ui.ts';

type OverviewRows = typeof import('./overview-rows.ts');
let overviewRows: Promise<OverviewRows> | undefined;
/** The filtered rows' markup and the CSV download, fetched once, when first needed. */
function loadOverviewRows(): Promise<OverviewRows> {
  overviewRows ??= import('./overview-rows.ts');
  overviewRows.catch(() => (overviewRows = undefined));
  return overviewRows;
}

function start(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.table ?? '');
  if (!(table instanceof HTMLTableElement) || !table.tBodies[0] || !form.dataset.src) return;
  const tbody = table.tBodies[0];
  /** Marks the table as being updated while the rows' module loads. */
  const setBusy = (busy: boolean) =>
    busy ? table.setAttribute('aria-busy', 'true') : table.removeAttribute('aria-busy');
  const serverRows = [...tbody.rows];
  const caption = table.caption;
  const serverCaption = caption?.textContent ?? '';
  // A filtered list is another list: tabs, bookmarks and screen readers say so too.
  const serverTitle = document.title;
  const siteTitle = form.dataset.siteTitle ?? '';
  const selects = new Map<MeasureFilterKey, HTMLSelectElement>();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter-key]')) {
    selects.set(select.dataset.filterKey as MeasureFilterKey, select);
  }
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]')!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const serverStatus = status.textContent ?? '';
  const none = form.querySelector<HTMLElement>('[data-none]')!;
  const reset = form.querySelector<HTMLButtonElement>('[data-reset]')!;
  const more = document.querySelector<HTMLElement>(`[data-more-for="${form.id}"]`);
  const moreButton = more?.querySelector<HTMLButtonElement>('[data-more]');
  const allButton = more?.querySelector<HTMLButtonElement>('[data-all]');
  const pagination = document.querySelector<HTMLElement>('nav[data-pagination]');
  const toggle = document.querySelector<HTMLButtonElement>(`[data-filter-toggle][aria-controls="${form.id}"]`);
  const setActive = filterToggle(toggle);
  const chosenList = document.querySelector<HTMLElement>('[data-chosen]');
  const download = document.querySelector<HTMLElement>('[data-download]');

  // Shown by CSS from the first paint already; this covers browsers without `scripting`.
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());

  fetch(form.dataset.src)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response.json() as Promise<OverviewData>;
    })
    .then(ready, () => {
      status.textContent = T.failed;
    });

  function ready(data: OverviewData): void {
    const measures = data.measures;
    const rows = measures.map(rowFromMeasure);
    const labels = new Map(MEASURE_FILTER_KEYS.map((key) => [key, new Map(data.options[key] ?? [])]));
    const statusOrder = (data.options.status ?? []).map(([value]) => value);
    const orders = new Map<MeasureSort, number[]>();
    const allLabels = new Map<MeasureFilterKey, string>();
    /** Each select's options in the data's order, for putting those without results last. */
    const inOrder = new Map<HTMLSelectElement, HTMLOptionElement[]>();
    let limit = OVERVIEW_STEP;
    let shown = 0;
    let current: ReturnType<typeof filterRows> | null = null;

    for (const [key, select] of selects) {
      allLabels.set(key, select.options[0]?.text ?? '');
      for (const [value, label] of data.options[key] ?? []) select.add(new Option(label, value));
      inOrder.set(select, [...select.options].slice(1));
    }

    const isKnown = (key: MeasureFilterKey, value: string) => labels.get(key)?.has(value) ?? false;
    let state: MeasureFilterState = parseMeasureState(new URLSearchParams(location.search), isKnown);

    /** Sorting and row markup by data index, once loaded: the server's page needs neither. */
    let filtered: { readonly module: OverviewRows; readonly html: (i: number) => string } | null = null;

    function readForm(): MeasureFilterState {
      const filters: Partial<Record<MeasureFilterKey, string>> = {};
      for (const [key, select] of selects) if (select.value !== '') filters[key] = select.value;
      return { filters, sort: sortSelect.value as MeasureSort };
    }

    function writeUrl(mode: 'push' | 'replace'): void {
      const query = measureStateToParams(state).toString();
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }

    /** Shows the state: table rows, option counts, live region, caption, buttons, pages. */
    function render(): void {
      for (const [key, select] of selects) select.value = state.filters[key] ?? '';
      sortSelect.value = state.sort;

      const server = isDefaultState(state);
      if (!server && !filtered) {
        // One round trip, usually made already when the form was touched; the table says it
        // is being updated meanwhile, and the render follows with whatever state is current then.
        setBusy(true);
        loadOverviewRows().then(
          (module) => {
            filtered ??= { module, html: module.overviewRowRenderer(data, labels) };
            render();
          },
          () => {
            setBusy(false);
            status.textContent = T.failed;
          },
        );
        return;
      }
      setBusy(false);
      const result = filterRows(rows, state.filters);
      let text: string;
      if (server || !filtered) {
        // The server's page, exactly as it was (the same row elements).
        if (tbody.rows.length !== serverRows.length || tbody.rows[0] !== serverRows[0])
          tbody.replaceChildren(...serverRows);
        if (caption) caption.textContent = serverCaption;
        document.title = serverTitle;
        shown = 0;
        text = serverStatus;
      } else {
        let order = orders.get(state.sort);
        const { module, html } = filtered;
        if (!order) orders.set(state.sort, (order = module.sortOrder(rows, state.sort, statusOrder)));
        const show = module.rowsToShow(order, result.visible, limit);
        tbody.innerHTML = show.map(html).join('');
        const heading = T.caption(result.shown, rows.length);
        if (caption) caption.textContent = heading;
        document.title = T.title(heading, siteTitle);
        shown = show.length;
        text = T.count(shown, result.shown, rows.length);
      }
      if (pagination) pagination.hidden = !server;

      const chosen: ChosenFilter[] = [];
      for (const [key, select] of selects) {
        const value = state.filters[key];
        if (value === undefined) continue;
        chosen.push({
          label: select.labels[0]?.textContent ?? key,
          value: labels.get(key)?.get(value) ?? value,
          remove: () => {
            const filters = { ...state.filters };
            delete filters[key];
            update({ filters, sort: state.sort });
          },
        });
      }
      setActive(chosen.length);
      showChosen(chosenList, chosen, () => (toggle && toggle.offsetParent !== null ? toggle : sortSelect).focus());
      current = result;

      for (const [key, select] of selects) {
        const counts = result.counts[key];
        const names = labels.get(key)!;
        for (const option of select.options) {
          const all = option.value === '';
          const count = all ? result.totals[key] : (counts.get(option.value) ?? 0);
          const optionText = T.option(all ? allLabels.get(key)! : (names.get(option.value) ?? option.value), count);
          if (option.text !== optionText) option.text = optionText;
          // An option that would show nothing cannot be chosen, unless it is the current choice.
          const disabled = count === 0 && !all && !option.selected;
          if (option.disabled !== disabled) option.disabled = disabled;
        }
        // Options without results go to the end, their counts kept (`docs/komponenten.md`).
        emptyLast(select, inOrder.get(select) ?? [], (o) => (counts.get(o.value) ?? 0) === 0 && !o.selected);
      }

      // The live region's text changes only when the numbers do, so nothing is announced twice.
      if (status.textContent !== text) status.textContent = text;
      // Ready once the form is usable and the table shows the URL's state.
      form.dataset.ready = '';
      none.hidden = result.shown > 0;
      const rest = server ? 0 : result.shown - shown;
      if (more && moreButton && allButton) {
        more.hidden = rest <= 0;
        moreButton.textContent = T.more(Math.min(OVERVIEW_STEP, rest));
        moreButton.hidden = rest <= OVERVIEW_STEP;
        allButton.textContent = T.showAll(result.shown);
      }
    }

    /** Shows more rows and moves focus to the first new one, so reading goes on from there. */
    function showMore(newLimit: number): void {
      const before = shown;
      limit = newLimit;
      render();
      tbody.rows[before]?.querySelector<HTMLElement>('a')?.focus();
    }

    function update(next: MeasureFilterState): void {
      state = next;
      limit = OVERVIEW_STEP;
      writeUrl('push');
      render();
    }

    form.addEventListener('change', () => update(readForm()));
    reset.addEventListener('click', () => update({ filters: {}, sort: state.sort }));
    moreButton?.addEventListener('click', () => showMore(limit + OVERVIEW_STEP));
    allButton?.addEventListener('click', () => showMore(rows.length));
    window.addEventListener('popstate', () => {
      const next = parseMeasureState(new URLSearchParams(location.search), isKnown);
      // The skip link fires `popstate` too: the same selection stays as shown, rows and focus kept.
      if (measureStateToParams(next).toString() === measureStateToParams(state).toString()) return;
      state = next;
      limit = OVERVIEW_STEP;
      render();
    });

    /** „Diese Auswahl herunterladen“: every measure the state selects, in its order. */
    download?.querySelector('button')?.addEventListener('click', () => {
      const result = current ?? filterRows(rows, state.filters);
      loadOverviewRows().then(
        ({ offerDownload, selectionCsv, rowsToShow, sortOrder }) => {
          let order = orders.get(state.sort);
          if (!order) orders.set(state.sort, (order = sortOrder(rows, state.sort, statusOrder)));
          const picked = rowsToShow(order, result.visible, rows.length).map((i) => measures[i]!);
          offerDownload(selectionCsv(picked, data, location.origin), T.downloadFile);
        },
        () => (status.textContent = T.failed),
      );
    });
    if (download) download.hidden = false;

    // Fetched as the person reaches for the filters, so the first filtered view is quick.
    const prefetch = () => void loadOverviewRows().catch(() => undefined);
    for (const type of ['focusin', 'pointerdown']) {
      form.addEventListener(type, prefetch, { once: true });
      download?.addEventListener(type, prefetch, { once: true });
    }
    toggle?.addEventListener('click', prefetch, { once: true });
    for (const select of form.querySelectorAll('select')) select.disabled = false;
    reset.disabled = false;
    writeUrl('replace');
    render();
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-measure-filter]')) start(form);
