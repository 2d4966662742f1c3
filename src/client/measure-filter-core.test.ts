import { describe, expect, it } from 'vitest';
import {
  filterRows,
  isDefaultState,
  measureStateToParams,
  parseMeasureState,
  rowFromMeasure,
  type MeasureRow,
  type OverviewMeasure,
  UNSPECIFIED_FILTER_VALUE,
} from './measure-filter-core.ts';
import { rowsToShow, sortOrder } from './measure-sort.ts';

const STATUS_ORDER = ['planned', 'preparing', 'in-progress', 'ongoing', 'completed', 'deferred', 'dropped'];

function row(index: number, data: Partial<OverviewMeasure>): MeasureRow {
  return rowFromMeasure({ n: `N${index}`, t: `T${index}`, s: 'planned', f: '10', ...data }, index);
}

const rows: MeasureRow[] = [
  row(0, {
    t: 'Radweg Nord',
    s: 'in-progress',
    f: '61',
    b: '5',
    z: ['5', '5.1'],
    g: ['11', '13'],
    o: ['Mitte', 'Nord'],
    d: '2026-11-01',
    k: 1000,
  }),
  row(1, {
    t: 'Ärztehaus',
    s: 'completed',
    f: '50',
    b: '3',
    z: ['3', '3.1'],
    g: ['3'],
    o: ['Nord'],
    d: '2025',
    a: 'key',
  }),
  row(2, { t: 'Zebrastreifen', s: 'in-progress', f: '61', b: '5', z: ['5'], g: ['11'], k: 250.5 }),
  row(3, { t: 'Bücherei', s: 'planned', f: '40', o: ['Mitte'], d: '2026-03', k: 99 }),
];

describe('rowFromMeasure', () => {
  it('gives every filter key its list of values, single values and missing ones included', () => {
    expect(rows[0]!.values.ziel).toEqual(['5', '5.1']);
    expect(rows[0]!.values.stadtteil).toEqual(['Mitte', 'Nord']);
    expect(rows[0]!.values.fachdienst).toEqual(['61']);
    expect(rows[1]!.values.art).toEqual(['key']);
    // No Stadtteil, product area or type: the value of „ohne Angabe“, so the row can be found.
    expect(rows[2]!.values.stadtteil).toEqual([UNSPECIFIED_FILTER_VALUE]);
    expect(rows[3]!.values.produktbereich).toEqual([UNSPECIFIED_FILTER_VALUE]);
    expect(rows[3]!.values.art).toEqual([UNSPECIFIED_FILTER_VALUE]);
    // Goals and SDGs always have values to choose from; a measure without stays out of them.
    expect(rows[3]!.values.ziel).toEqual([]);
  });

  it('finds the measures without a type through „ohne Angabe“, and counts them there', () => {
    const untyped = rows.map((r) => r.values.art[0] === UNSPECIFIED_FILTER_VALUE);
    expect(untyped.filter(Boolean).length).toBeGreaterThan(0);
    const result = filterRows(rows, { art: UNSPECIFIED_FILTER_VALUE });
    expect(result.visible).toEqual(untyped);
    expect(result.counts.art.get(UNSPECIFIED_FILTER_VALUE)).toBe(result.shown);
    // With no filter, the types' counts add up to all rows.
    const all = filterRows(rows, {});
    expect([...all.counts.art.values()].reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  it('keeps costs as a number and missing costs as missing, never 0', () => {
    expect(rows[2]!.kosten).toBe(250.5);
    expect(rows[1]!.kosten).toBeNull();
    expect(rows[2]!.stand).toBe('');
  });
});

describe('filterRows', () => {
  it('shows everything and counts every value without filters', () => {
    const result = filterRows(rows, {});
    expect(result.shown).toBe(4);
    expect(result.visible).toEqual([true, true, true, true]);
    expect(result.counts.fachdienst.get('61')).toBe(2);
    expect(result.counts.stadtteil.get('Nord')).toBe(2);
    expect(result.totals.status).toBe(4);
  });

  it('narrows to rows that have the chosen value of every key (list values included)', () => {
    const result = filterRows(rows, { fachdienst: '61', stadtteil: 'Mitte' });
    expect(result.visible).toEqual([true, false, false, false]);
    expect(result.shown).toBe(1);
  });

  it('counts each option as if it were chosen, with the other filters as they are', () => {
    const result = filterRows(rows, { status: 'in-progress' });
    // Other statuses ignore the status filter itself: choosing them would show these rows.
    expect(result.counts.status.get('completed')).toBe(1);
    expect(result.counts.status.get('in-progress')).toBe(2);
    expect(result.totals.status).toBe(4);
    // Other keys count within the current result only.
    expect(result.counts.fachdienst.get('61')).toBe(2);
    expect(result.counts.fachdienst.get('50')).toBeUndefined();
    expect(result.totals.fachdienst).toBe(2);
  });

  it('counts a row failing two filters nowhere', () => {
    const result = filterRows(rows, { status: 'completed', fachdienst: '61' });
    expect(result.shown).toBe(0);
    // Row 0 fails only status: it counts for status options.
    expect(result.counts.status.get('in-progress')).toBe(2);
    // Row 3 (planned, 40) fails both: counts for neither.
    expect(result.counts.status.get('planned')).toBeUndefined();
    expect(result.counts.fachdienst.get('40')).toBeUndefined();
    expect(result.counts.fachdienst.get('50')).toBe(1);
  });
});

describe('sortOrder', () => {
  it('keeps the server order for Nr.', () => {
    expect(sortOrder(rows, 'nr', STATUS_ORDER)).toEqual([0, 1, 2, 3]);
  });

  it('sorts titles in German order (Ä with A, ü with u)', () => {
    expect(sortOrder(rows, 'titel', STATUS_ORDER)).toEqual([1, 3, 0, 2]);
  });

  it('sorts by the status order, ties by Nr.', () => {
    expect(sortOrder(rows, 'status', STATUS_ORDER)).toEqual([3, 0, 2, 1]);
  });

  it('puts missing dates and costs last in both directions', () => {
    expect(sortOrder(rows, 'stand-neu', STATUS_ORDER)).toEqual([0, 3, 1, 2]);
    expect(sortOrder(rows, 'stand-alt', STATUS_ORDER)).toEqual([1, 3, 0, 2]);
    expect(sortOrder(rows, 'kosten-hoch', STATUS_ORDER)).toEqual([0, 2, 3, 1]);
    expect(sortOrder(rows, 'kosten-niedrig', STATUS_ORDER)).toEqual([3, 2, 0, 1]);
  });
});

describe('URL state', () => {
  it('round-trips filters and sort, leaving defaults out', () => {
    const state = parseMeasureState(new URLSearchParams('status=in-progress&stadtteil=Nord+Ost&sortierung=titel'));
    expect(state).toEqual({ filters: { status: 'in-progress', stadtteil: 'Nord Ost' }, sort: 'titel' });
    expect(measureStateToParams(state).toString()).toBe('status=in-progress&stadtteil=Nord+Ost&sortierung=titel');
    expect(measureStateToParams({ filters: {}, sort: 'nr' }).toString()).toBe('');
  });

  it('drops unknown values and sorts', () => {
    const state = parseMeasureState(
      new URLSearchParams('fachdienst=99&status=planned&sortierung=zufall'),
      (key, value) => !(key === 'fachdienst' && value === '99'),
    );
    expect(state).toEqual({ filters: { status: 'planned' }, sort: 'nr' });
  });
});

describe('isDefaultState', () => {
  it('is true only without filters and in Nr. order (the list as the server built it)', () => {
    expect(isDefaultState({ filters: {}, sort: 'nr' })).toBe(true);
    expect(isDefaultState({ filters: {}, sort: 'titel' })).toBe(false);
    expect(isDefaultState({ filters: { sdg: '13' }, sort: 'nr' })).toBe(false);
  });
});

describe('rowsToShow', () => {
  it('takes the first rows that pass, in the sort order, up to the limit', () => {
    const visible = [true, false, true, true];
    expect(rowsToShow([3, 2, 1, 0], visible, 2)).toEqual([3, 2]);
    expect(rowsToShow([3, 2, 1, 0], visible, 10)).toEqual([3, 2, 0]);
    expect(rowsToShow([0, 1], [false, false], 5)).toEqual([]);
  });
});
