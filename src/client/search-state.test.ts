import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  EMPTY_SEARCH_STATE,
  facetCounts,
  hasCriteria,
  parseSearchState,
  searchStateToSearch,
  toPagefindFilters,
  toPagefindSort,
  withFilterValue,
} from './search-state.ts';

const KEYS = ['typ', 'fachdienst', 'status'];

describe('parseSearchState / searchStateToSearch', () => {
  it('reads query, repeated filter values and sort', () => {
    const state = parseSearchState(
      new URLSearchParams('q=+Radweg+&status=in+Umsetzung&status=geplant&fachdienst=61+Stadtplanung&sortierung=titel'),
      KEYS,
    );
    expect(state).toEqual({
      q: 'Radweg',
      filters: { status: ['in Umsetzung', 'geplant'], fachdienst: ['61 Stadtplanung'] },
      sort: 'titel',
    });
  });

  it('ignores unknown keys, empty and repeated values, and an unknown sort', () => {
    const state = parseSearchState(new URLSearchParams('x=1&status=&status=a&status=a&sortierung=zufall'), KEYS);
    expect(state).toEqual({ q: '', filters: { status: ['a'] }, sort: 'relevanz' });
  });

  it('writes a stable URL that reads back to the same state', () => {
    const state = { q: 'Grün & Blau', filters: { status: ['geplant'], typ: ['Maßnahme'] }, sort: 'stand-neu' as const };
    const search = searchStateToSearch(state, KEYS);
    expect(search).toBe('?q=Gr%C3%BCn+%26+Blau&typ=Ma%C3%9Fnahme&status=geplant&sortierung=stand-neu');
    expect(parseSearchState(new URLSearchParams(search), KEYS)).toEqual(state);
    expect(searchStateToSearch(EMPTY_SEARCH_STATE, KEYS)).toBe('');
  });
});

describe('withFilterValue', () => {
  it('adds and removes values, dropping a key without values', () => {
    const one = withFilterValue(EMPTY_SEARCH_STATE, 'status', 'geplant', true);
    const two = withFilterValue(one, 'status', 'abgeschlossen', true);
    expect(two.filters).toEqual({ status: ['geplant', 'abgeschlossen'] });
    expect(activeFilterCount(two)).toBe(2);
    expect(withFilterValue(one, 'status', 'geplant', false).filters).toEqual({});
    expect(hasCriteria(withFilterValue(one, 'status', 'geplant', false))).toBe(false);
    expect(hasCriteria(one)).toBe(true);
  });
});

describe('toPagefindFilters / toPagefindSort', () => {
  it('ORs the values of one key and can leave a key out', () => {
    const filters = { status: ['a', 'b'], typ: ['Ziel'] };
    expect(toPagefindFilters(filters)).toEqual({ status: { any: ['a', 'b'] }, typ: { any: ['Ziel'] } });
    expect(toPagefindFilters(filters, 'status')).toEqual({ typ: { any: ['Ziel'] } });
  });

  it('maps the sort orders onto the index sort keys', () => {
    expect(toPagefindSort('relevanz')).toBeUndefined();
    expect(toPagefindSort('stand-neu')).toEqual({ stand: 'desc' });
    expect(toPagefindSort('stand-alt')).toEqual({ stand: 'asc' });
    expect(toPagefindSort('titel')).toEqual({ titel: 'asc' });
  });
});

describe('facetCounts', () => {
  it('takes a chosen key’s counts from the search without it, the others from the full search', () => {
    const state = { q: 'rad', filters: { status: ['geplant'] }, sort: 'relevanz' as const };
    const full = { status: { geplant: 3, abgeschlossen: 0 }, typ: { Ziel: 1, Maßnahme: 2 } };
    const without = { status: { status: { geplant: 3, abgeschlossen: 4 }, typ: { Ziel: 2, Maßnahme: 5 } } };
    expect(facetCounts(state, full, without)).toEqual({
      status: { geplant: 3, abgeschlossen: 4 },
      typ: { Ziel: 1, Maßnahme: 2 },
    });
  });
});
