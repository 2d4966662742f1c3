import { describe, expect, it } from 'vitest';
import { neighbours, pageCount, pageItems, pagerWindow, reportPages, reportSegments, STALE_PAGE_SIZE } from './pages.ts';

describe('pageCount and pageItems', () => {
  it('gives an empty list one page and fills pages of the given size', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(1719, 50)).toBe(35);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => pageCount(10, 2.5)).toThrow(RangeError);
  });

  it('slices 1-based pages without losing or repeating a row', () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    expect(pageItems(rows, 1, 3)).toEqual([0, 1, 2]);
    expect(pageItems(rows, 3, 3)).toEqual([6]);
    expect(pageItems(rows, 4, 3)).toEqual([]);
    expect([1, 2, 3].flatMap((p) => pageItems(rows, p, 3))).toEqual(rows);
  });
});

describe('reportPages', () => {
  it('lists the cover, the three figure parts and one stale page when nothing is stale', () => {
    expect(reportPages(0).map((p) => p.segments.join('/'))).toEqual([
      'bericht',
      'bericht/produktbereiche',
      'bericht/ziele',
      'bericht/fachdienste',
      'bericht/veraltete-berichte',
    ]);
  });

  it('paginates only the stale list, page 1 at the part’s own address', () => {
    const pages = reportPages(2 * STALE_PAGE_SIZE + 1);
    const stale = pages.filter((p) => p.part === 'veraltete-berichte');
    expect(stale.map((p) => [p.page, p.pages, p.segments.join('/')])).toEqual([
      [1, 3, 'bericht/veraltete-berichte'],
      [2, 3, 'bericht/veraltete-berichte/2'],
      [3, 3, 'bericht/veraltete-berichte/3'],
    ]);
    expect(pages.filter((p) => p.part !== 'veraltete-berichte').every((p) => p.pages === 1)).toBe(true);
  });

  it('has no two pages at the same address', () => {
    const pages = reportPages(500, 10);
    expect(new Set(pages.map((p) => p.segments.join('/'))).size).toBe(pages.length);
  });
});

describe('reportSegments', () => {
  it('puts the cover at the report folder and later pages below their part', () => {
    expect(reportSegments('uebersicht')).toEqual(['bericht']);
    expect(reportSegments('ziele')).toEqual(['bericht', 'ziele']);
    expect(reportSegments('veraltete-berichte', 2)).toEqual(['bericht', 'veraltete-berichte', '2']);
  });
});

describe('neighbours', () => {
  const pages = reportPages(120, 50);

  it('links the pages in reading order, with nothing before the cover or after the last page', () => {
    expect(neighbours(pages, 'uebersicht').previous).toBeNull();
    expect(neighbours(pages, 'uebersicht').next?.part).toBe('produktbereiche');
    expect(neighbours(pages, 'fachdienste').next).toMatchObject({ part: 'veraltete-berichte', page: 1 });
    expect(neighbours(pages, 'veraltete-berichte', 2)).toMatchObject({ previous: { page: 1 }, next: { page: 3 } });
    expect(neighbours(pages, 'veraltete-berichte', 3).next).toBeNull();
  });

  it('walks every page exactly once from the cover', () => {
    const seen: string[] = [];
    let at: (typeof pages)[number] | null = pages[0]!;
    while (at) {
      seen.push(at.segments.join('/'));
      at = neighbours(pages, at.part, at.page).next;
    }
    expect(seen).toEqual(pages.map((p) => p.segments.join('/')));
  });

  it('refuses a page that does not exist', () => {
    expect(() => neighbours(pages, 'veraltete-berichte', 4)).toThrow(RangeError);
  });
});

describe('pagerWindow', () => {
  it('shows every page of a short list', () => {
    expect(pagerWindow(1, 1)).toEqual([1]);
    expect(pagerWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the ends and the neighbourhood of the current page, with gaps', () => {
    expect(pagerWindow(10, 35)).toEqual([1, null, 8, 9, 10, 11, 12, null, 35]);
    expect(pagerWindow(1, 35)).toEqual([1, 2, 3, null, 35]);
    expect(pagerWindow(35, 35)).toEqual([1, null, 33, 34, 35]);
  });

  it('shows a single skipped page instead of a gap', () => {
    expect(pagerWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });

  it('stays bounded however many pages there are', () => {
    for (const total of [10, 100, 10_000]) {
      for (const current of [1, 2, Math.floor(total / 2), total - 1, total]) {
        expect(pagerWindow(current, total).length).toBeLessThanOrEqual(9);
      }
    }
  });
});
