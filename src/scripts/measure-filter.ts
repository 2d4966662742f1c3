/**
 * The measure overview in the browser: filters and sorts the server-rendered table in place.
 *
 * Fast for thousands of rows: every row's data is read once at start; a filter change only
 * flips `hidden` on the rows whose visibility changed and rewrites option texts that changed;
 * rows are moved (in one DocumentFragment) only when the sort order changes. The state is
 * written to the URL (`pushState`) and read back on `popstate`.
 */
import { SEARCH_TEXT } from '../lib/i18n/de.ts';
import {
  filterRows,
  MEASURE_FILTER_KEYS,
  measureStateToParams,
  parseMeasureState,
  rowFromDataset,
  sortOrder,
  type MeasureFilterKey,
  type MeasureFilterState,
  type MeasureSort,
} from './measure-filter-core.ts';

const T = SEARCH_TEXT.overview;

function start(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.table ?? '');
  if (!(table instanceof HTMLTableElement) || !table.tBodies[0]) return;
  const tbody = table.tBodies[0];
  const rowElements = [...tbody.rows].filter((row) => row.classList.contains('measure-row'));
  const rows = rowElements.map((row, i) => rowFromDataset(row.dataset, i));
  const statusOrder = (form.dataset.statusOrder ?? '').split('|');
  const selects = new Map<MeasureFilterKey, HTMLSelectElement>();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter-key]')) {
    selects.set(select.dataset.filterKey as MeasureFilterKey, select);
  }
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]')!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const none = form.querySelector<HTMLElement>('[data-none]')!;
  const reset = form.querySelector<HTMLButtonElement>('[data-reset]')!;
  const caption = table.caption;
  const orders = new Map<MeasureSort, number[]>();
  let currentSort: MeasureSort = 'nr';

  const isKnown = (key: MeasureFilterKey, value: string): boolean =>
    [...(selects.get(key)?.options ?? [])].some((o) => o.value === value);

  function readUrl(): MeasureFilterState {
    return parseMeasureState(new URLSearchParams(location.search), isKnown);
  }

  function readForm(): MeasureFilterState {
    const filters: Partial<Record<MeasureFilterKey, string>> = {};
    for (const [key, select] of selects) if (select.value !== '') filters[key] = select.value;
    return { filters, sort: sortSelect.value as MeasureSort };
  }

  function writeUrl(state: MeasureFilterState, mode: 'push' | 'replace'): void {
    const query = measureStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function apply(state: MeasureFilterState): void {
    for (const [key, select] of selects) select.value = state.filters[key] ?? '';
    sortSelect.value = state.sort;

    const result = filterRows(rows, state.filters);
    for (let i = 0; i < rowElements.length; i++) {
      const hide = !result.visible[i];
      if (rowElements[i]!.hidden !== hide) rowElements[i]!.hidden = hide;
    }
    if (state.sort !== currentSort) {
      let order = orders.get(state.sort);
      if (!order) orders.set(state.sort, (order = sortOrder(rows, state.sort, statusOrder)));
      const fragment = document.createDocumentFragment();
      for (const i of order) fragment.append(rowElements[i]!);
      tbody.append(fragment);
      currentSort = state.sort;
    }

    for (const key of MEASURE_FILTER_KEYS) {
      const select = selects.get(key);
      if (!select) continue;
      const counts = result.counts[key];
      for (const option of select.options) {
        const count = option.value === '' ? result.totals[key] : (counts.get(option.value) ?? 0);
        const text = SEARCH_TEXT.option(option.dataset.label ?? option.value, count);
        if (option.text !== text) option.text = text;
        // An option that would show nothing cannot be chosen, unless it is the current choice.
        const disabled = count === 0 && option.value !== '' && !option.selected;
        if (option.disabled !== disabled) option.disabled = disabled;
      }
    }

    // The live region's text changes only when the count does, so nothing is announced twice.
    const text = T.count(result.shown, rows.length);
    if (status.textContent !== text) status.textContent = text;
    if (caption) caption.textContent = T.caption(result.shown, rows.length);
    none.hidden = result.shown > 0;
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const state = readForm();
    writeUrl(state, 'push');
    apply(state);
  });
  reset.addEventListener('click', () => {
    const state: MeasureFilterState = { filters: {}, sort: sortSelect.value as MeasureSort };
    writeUrl(state, 'push');
    apply(state);
  });
  window.addEventListener('popstate', () => apply(readUrl()));

  form.hidden = false;
  const initial = readUrl();
  writeUrl(initial, 'replace');
  apply(initial);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-measure-filter]')) start(form);
