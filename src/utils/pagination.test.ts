import { describe, expect, it } from 'vitest';
import { pagePath } from './base-path.ts';
import {
  pageCount,
  pagedHref,
  pagedTitle,
  pageInfo,
  pageLinks,
  pageOfText,
  pageSlice,
  rangeText,
  subpageNumbers,
  subpagePaths,
  type PageLink,
} from './pagination.ts';

/** Page links as text: `1 … 6 [7] 8 … 20`. */
function show(links: readonly PageLink[], current: number): string {
  return links.map((l) => (l.kind === 'gap' ? '…' : l.page === current ? `[${l.page}]` : String(l.page))).join(' ');
}

describe('pageCount and subpageNumbers', () => {
  it('counts full and partial pages, and one page for an empty list', () => {
    expect(pageCount(240, 50)).toBe(5);
    expect(pageCount(250, 50)).toBe(5);
    expect(pageCount(251, 50)).toBe(6);
    expect(pageCount(1, 50)).toBe(1);
    expect(pageCount(0, 50)).toBe(1);
  });

  it("gives paths to pages 2 … n only (page 1 is the list's own page)", () => {
    expect(subpageNumbers(240, 50)).toEqual([2, 3, 4, 5]);
    expect(subpageNumbers(50, 50)).toEqual([]);
    expect(subpageNumbers(0, 50)).toEqual([]);
  });
});

describe('subpagePaths', () => {
  it('gives each list its pages 2 … n, in list order, with its own params and props', () => {
    const lists = [
      { params: { slug: 'a' }, props: { owner: 'A' }, total: 120 },
      { params: { slug: 'b' }, props: { owner: 'B' }, total: 50 },
      { params: { slug: 'c' }, props: { owner: 'C' }, total: 51 },
    ];
    expect(subpagePaths(lists, 50)).toEqual([
      { params: { slug: 'a', page: '2' }, props: { owner: 'A', page: 2 } },
      { params: { slug: 'a', page: '3' }, props: { owner: 'A', page: 3 } },
      { params: { slug: 'c', page: '2' }, props: { owner: 'C', page: 2 } },
    ]);
  });

  it('uses the measure page size unless told otherwise', () => {
    expect(subpagePaths([{ params: {}, props: {}, total: 101 }]).map((p) => p.params.page)).toEqual(['2', '3']);
    expect(subpagePaths([{ params: {}, props: {}, total: 101 }], 25).map((p) => p.props.page)).toEqual([2, 3, 4, 5]);
  });
});

describe('pageInfo and pageSlice', () => {
  const items = Array.from({ length: 240 }, (_, i) => i + 1);

  it('slices each page so that together the pages hold every item once', () => {
    const seen = subpageNumbers(240, 50)
      .concat([1])
      .flatMap((page) => pageSlice(items, pageInfo(240, page, 50)));
    expect(seen.sort((a, b) => a - b)).toEqual(items);
  });

  it('knows the positions of a page, the last one short', () => {
    expect(pageInfo(240, 2, 50)).toEqual({ page: 2, pageCount: 5, total: 240, from: 51, to: 100 });
    expect(pageInfo(240, 5, 50)).toMatchObject({ from: 201, to: 240 });
    expect(pageSlice(items, pageInfo(240, 5, 50))).toHaveLength(40);
    expect(pageInfo(0, 1, 50)).toEqual({ page: 1, pageCount: 1, total: 0, from: 0, to: 0 });
    expect(pageSlice([], pageInfo(0, 1, 50))).toEqual([]);
  });

  it('refuses a page that does not exist', () => {
    expect(() => pageInfo(240, 6, 50)).toThrow(RangeError);
    expect(() => pageInfo(240, 0, 50)).toThrow(RangeError);
    expect(() => pageInfo(240, 1.5, 50)).toThrow(RangeError);
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(show(pageLinks({ page: 2, pageCount: 5 }), 2)).toBe('1 [2] 3 4 5');
    expect(show(pageLinks({ page: 1, pageCount: 1 }), 1)).toBe('[1]');
  });

  it('keeps the first, the last and the neighbours, with gaps between', () => {
    expect(show(pageLinks({ page: 7, pageCount: 20 }), 7)).toBe('1 … 6 [7] 8 … 20');
    expect(show(pageLinks({ page: 1, pageCount: 20 }), 1)).toBe('[1] 2 … 20');
    expect(show(pageLinks({ page: 20, pageCount: 20 }), 20)).toBe('1 … 19 [20]');
  });

  it('shows a single left-out number instead of a gap', () => {
    expect(show(pageLinks({ page: 4, pageCount: 20 }), 4)).toBe('1 2 3 [4] 5 … 20');
    expect(show(pageLinks({ page: 17, pageCount: 20 }), 17)).toBe('1 … 16 [17] 18 19 20');
  });
});

describe('labels', () => {
  it('names the page in the title only when there are several', () => {
    expect(pagedTitle('Maßnahmen', { page: 2, pageCount: 5 })).toBe('Maßnahmen – Seite 2 von 5');
    expect(pagedTitle('Maßnahmen', { page: 1, pageCount: 1 })).toBe('Maßnahmen');
    expect(pageOfText({ page: 3, pageCount: 1200 })).toBe('Seite 3 von 1.200');
  });

  it('gives the rows of a page, or the plain count of a single page', () => {
    expect(rangeText(pageInfo(240, 2, 50))).toBe('51 bis 100 von 240');
    expect(rangeText(pageInfo(10_000, 200, 50))).toBe('9.951 bis 10.000 von 10.000');
    expect(rangeText(pageInfo(12, 1, 50))).toBe('12');
  });
});

describe('pagedHref', () => {
  const url = (...segments: readonly (string | number)[]) => pagePath('/isek/', ...segments);

  it('links page 1 to the owner at the list, later pages below it', () => {
    const href = pagedHref(url, ['fachdienste', '61'], 'federfuehrend', ['federfuehrend']);
    expect(href(1)).toBe('/isek/fachdienste/61/#federfuehrend');
    expect(href(3)).toBe('/isek/fachdienste/61/federfuehrend/seite/3/');
    expect(pagedHref(url, ['sdg', 11], 'massnahmen')(2)).toBe('/isek/sdg/11/seite/2/');
  });
});
