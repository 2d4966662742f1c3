/**
 * The measure overview in the browser: filters and sorts the server-rendered table in place.
 *
 * Fast for thousands of rows: every row's data is read once at start, and the table shows at
 * most `STEP` matching rows at a time („Weitere … anzeigen“ and „Alle … anzeigen“ add more),
 * because the browser's style and layout work for thousands of visible rows costs far more than
 * the filtering itself. An interaction therefore touches only the rows that were or will be
 * shown: they are hidden, or moved to the top of the table body in display order (one
 * DocumentFragment); the other rows stay hidden wherever they are. The state is written to the
 * URL (`pushState`) and read back on `popstate`.
 */
import { SEARCH_TEXT } from '../lib/i18n/de.ts';
import {
  filterRows,
  MEASURE_FILTER_KEYS,
  measureStateToParams,
  parseMeasureState,
  rowFromDataset,
  rowsToShow,
  sortOrder,
  type MeasureFilterKey,
  type MeasureFilterState,
  type MeasureSort,
} from './measure-filter-core.ts';

const T = SEARCH_TEXT.overview;
/** Rows shown at first and added by „Weitere … anzeigen“. */
const STEP = 100;
/** Above this many rows changing, the table body is updated detached and laid out once. */
const DETACH_ABOVE = 300;

function start(form: HTMLFormElement): void {
  const found = document.getElementById(form.dataset.table ?? '');
  if (!(found instanceof HTMLTableElement) || !found.tBodies[0]) return;
  const table: HTMLTableElement = found;
  const tbody = table.tBodies[0]!;
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
  const more = document.querySelector<HTMLElement>(`[data-more-for="${form.id}"]`);
  const moreButton = more?.querySelector<HTMLButtonElement>('[data-more]');
  const allButton = more?.querySelector<HTMLButtonElement>('[data-all]');
  const caption = table.caption;
  const orders = new Map<MeasureSort, number[]>([['nr', rows.map((r) => r.index)]]);

  // The buttons belong below the table, where the shown rows end.
  if (more) (table.closest('.table-scroll') ?? table).after(more);

  /** Rows not hidden, in the order they stand at the top of the body. */
  let displayed: number[] = rows.map((r) => r.index);
  let limit = STEP;
  let state: MeasureFilterState = parseMeasureState(new URLSearchParams(location.search), isKnown);

  function isKnown(key: MeasureFilterKey, value: string): boolean {
    return [...(selects.get(key)?.options ?? [])].some((o) => o.value === value);
  }

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

  /** Shows the state: table rows, option counts, live region, caption, buttons. */
  function render(): void {
    for (const [key, select] of selects) select.value = state.filters[key] ?? '';
    sortSelect.value = state.sort;

    const result = filterRows(rows, state.filters);
    let order = orders.get(state.sort);
    if (!order) orders.set(state.sort, (order = sortOrder(rows, state.sort, statusOrder)));
    const show = rowsToShow(order, result.visible, limit);

    const showing = new Uint8Array(rows.length);
    for (const i of show) showing[i] = 1;
    const toHide = displayed.filter((i) => !showing[i]);
    const detach = toHide.length + show.length > DETACH_ABOVE;
    const anchor = tbody.nextSibling;
    if (detach) tbody.remove();
    for (const i of toHide) rowElements[i]!.hidden = true;
    const fragment = document.createDocumentFragment();
    for (const i of show) {
      const row = rowElements[i]!;
      if (row.hidden) row.hidden = false;
      fragment.append(row);
    }
    tbody.prepend(fragment);
    if (detach) table.insertBefore(tbody, anchor);
    displayed = show;

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

    // The live region's text changes only when the numbers do, so nothing is announced twice.
    const text = T.count(show.length, result.shown, rows.length);
    if (status.textContent !== text) status.textContent = text;
    if (caption) caption.textContent = T.caption(result.shown, rows.length);
    none.hidden = result.shown > 0;
    const rest = result.shown - show.length;
    if (more && moreButton && allButton) {
      more.hidden = rest <= 0;
      moreButton.textContent = T.more(Math.min(STEP, rest));
      moreButton.hidden = rest <= STEP;
      allButton.textContent = T.showAll(result.shown);
    }
  }

  /** Shows more rows and moves focus to the first new one, so reading goes on from there. */
  function showMore(newLimit: number): void {
    const before = displayed.length;
    limit = newLimit;
    render();
    const first = displayed[before];
    if (first !== undefined) rowElements[first]!.querySelector<HTMLElement>('a')?.focus();
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    state = readForm();
    limit = STEP;
    writeUrl('push');
    render();
  });
  reset.addEventListener('click', () => {
    state = { filters: {}, sort: state.sort };
    limit = STEP;
    writeUrl('push');
    render();
  });
  moreButton?.addEventListener('click', () => showMore(limit + STEP));
  allButton?.addEventListener('click', () => showMore(rows.length));
  window.addEventListener('popstate', () => {
    state = parseMeasureState(new URLSearchParams(location.search), isKnown);
    limit = STEP;
    render();
  });

  form.hidden = false;
  writeUrl('replace');
  render();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-measure-filter]')) start(form);
