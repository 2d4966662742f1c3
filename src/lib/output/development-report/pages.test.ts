import { describe, expect, it } from 'vitest';
import { neighbours, REPORT_PARTS, reportPages, type ReportPageRef } from './pages.ts';

const key = (p: ReportPageRef) => `${p.part} ${p.page}/${p.pages}`;

describe('reportPages', () => {
  it('lists the cover, the figure parts, the achievement of goals and the stale list, in reading order', () => {
    expect(reportPages(1).map(key)).toEqual([
      'uebersicht 1/1',
      'produktbereiche 1/1',
      'ziele 1/1',
      'zielerreichung 1/1',
      'fachdienste 1/1',
      'veraltete-berichte 1/1',
    ]);
  });

  it('gives the stale list more than one page', () => {
    const pages = reportPages(3);
    expect(pages.map(key).slice(-3)).toEqual([
      'veraltete-berichte 1/3',
      'veraltete-berichte 2/3',
      'veraltete-berichte 3/3',
    ]);
    expect(pages.filter((p) => p.part !== 'veraltete-berichte').every((p) => p.pages === 1)).toBe(true);
    expect(pages).toHaveLength(REPORT_PARTS.length + 2);
  });

  it('gives the achievement of goals its pages after its overview, before the departments', () => {
    const pages = reportPages(1, 3).map(key);
    expect(pages.slice(3, 7)).toEqual([
      'zielerreichung 1/3',
      'zielerreichung 2/3',
      'zielerreichung 3/3',
      'fachdienste 1/1',
    ]);
    expect(pages).toHaveLength(REPORT_PARTS.length + 2);
  });

  it('refuses a stale list or an achievement of goals without pages', () => {
    expect(() => reportPages(0)).toThrow(RangeError);
    expect(() => reportPages(1.5)).toThrow(RangeError);
    expect(() => reportPages(1, 0)).toThrow(RangeError);
  });
});

describe('neighbours', () => {
  const pages = reportPages(3);

  it('links the pages in reading order, with nothing before the cover or after the last page', () => {
    expect(neighbours(pages, 'uebersicht').previous).toBeNull();
    expect(neighbours(pages, 'uebersicht').next?.part).toBe('produktbereiche');
    expect(neighbours(pages, 'fachdienste').next).toMatchObject({ part: 'veraltete-berichte', page: 1 });
    expect(neighbours(pages, 'veraltete-berichte', 2)).toMatchObject({ previous: { page: 1 }, next: { page: 3 } });
    expect(neighbours(pages, 'veraltete-berichte', 3).next).toBeNull();
  });

  it('walks every page exactly once from the cover', () => {
    const seen: string[] = [];
    let at: ReportPageRef | null = pages[0]!;
    while (at) {
      seen.push(key(at));
      at = neighbours(pages, at.part, at.page).next;
    }
    expect(seen).toEqual(pages.map(key));
  });

  it('refuses a page that does not exist', () => {
    expect(() => neighbours(pages, 'veraltete-berichte', 4)).toThrow(RangeError);
    expect(() => neighbours(pages, 'ziele', 2)).toThrow(RangeError);
  });
});
