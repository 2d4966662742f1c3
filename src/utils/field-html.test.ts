import { describe, expect, it } from 'vitest';
// Astro's own escaping, so a change in Astro shows up here rather than as changed pages.
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import {
  dateHtml,
  escapeAttr,
  escapeText,
  fieldRowHtml,
  goalChainHtml,
  linkHtml,
  progressHtml,
  sdgListHtml,
  sdgTileHtml,
  timelineHtml,
} from './field-html.ts';

describe('escaping as Astro does', () => {
  it('escapes all five characters in text', () => {
    expect(escapeText(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });

  it('escapes only & and " in attributes', () => {
    expect(escapeAttr(`?a=1&b="x"<'>`)).toBe(`?a=1&amp;b=&quot;x&quot;<'>`);
  });

  it('matches Astro for text expressions and attribute values', () => {
    const samples = [`a&b<c>d"e'f ü`, 'https://ratsinfo.de/vo0050.php?__kvonr=1&x="2"', 'plain'];
    for (const s of samples) {
      expect(escapeText(s)).toBe(escapeHTML(s));
      expect(` href="${escapeAttr(s)}"`).toBe(String(addAttribute(s, 'href')));
    }
  });
});

describe('field pieces', () => {
  it('writes a field row with escaped term and the value as given', () => {
    expect(fieldRowHtml('Kosten & Mittel', '<b>1</b>')).toBe(
      '<div class="isek-fields__row"><dt data-pagefind-ignore>Kosten &amp; Mittel</dt> <dd><b>1</b></dd></div>',
    );
    // A row of page furniture (status, progress, dates) stays out of the search index's text.
    expect(fieldRowHtml('Status', 'geplant', true)).toBe(
      '<div class="isek-fields__row" data-pagefind-ignore><dt data-pagefind-ignore>Status</dt> <dd>geplant</dd></div>',
    );
  });

  it('writes links with escaped address and text', () => {
    expect(linkHtml('https://x.de/?a=1&b=2', 'A <B>')).toBe('<a href="https://x.de/?a=1&amp;b=2">A &lt;B&gt;</a>');
  });

  it('writes dates at their precision, short or long', () => {
    expect(dateHtml({ iso: '2026-11-12', precision: 'day' })).toBe('<time datetime="2026-11-12">12.11.2026</time>');
    expect(dateHtml({ iso: '2026-11-12', precision: 'day' }, true)).toBe(
      '<time datetime="2026-11-12">12. November 2026</time>',
    );
    expect(dateHtml({ iso: '2029-12', precision: 'month' }, true)).toBe(
      '<time datetime="2029-12">Dezember 2029</time>',
    );
    // HTML has no quarter: the machine-readable value is its year, the text says the quarter.
    expect(dateHtml({ iso: '2027-Q3', precision: 'quarter' })).toBe('<time datetime="2027">3. Quartal 2027</time>');
  });

  it('writes progress as text and bar, or the no-value text; screen readers get the text once', () => {
    expect(progressHtml(null, 'keine Angabe')).toBe(
      '<span class="isek-progress isek-progress--none">keine Angabe</span>',
    );
    const html = progressHtml(45.5, 'keine Angabe');
    expect(html).toContain('<progress class="isek-progress__bar" max="100" value="46" aria-hidden="true">45,5');
    expect(html).toMatch(/^<span class="isek-progress"><span class="isek-progress__value">45,5\s%<\/span>/);
  });

  it('writes a goal chain of links in order', () => {
    expect(
      goalChainHtml([
        { href: '/produktbereiche/1/', text: '1 Verwaltung' },
        { href: '/ziele/1.1/', text: '1.1 Ziel' },
      ]),
    ).toBe(
      '<ol class="isek-goal-chain" data-pagefind-ignore><li><a href="/produktbereiche/1/">1 Verwaltung</a></li><li><a href="/ziele/1.1/">1.1 Ziel</a></li></ol>',
    );
  });

  it('writes the current step of a goal chain unlinked, marked as the page', () => {
    expect(goalChainHtml([{ href: '/ziele/1/', text: '1 Oben' }, { text: '1.1 A & B' }])).toBe(
      '<ol class="isek-goal-chain" data-pagefind-ignore><li><a href="/ziele/1/">1 Oben</a></li><li><span aria-current="page">1.1 A &amp; B</span></li></ol>',
    );
  });

  it('links an SDG tile only when given an address', () => {
    expect(sdgTileHtml(3, 'SDG', '/sdg/3/?a=1&b=2')).toMatch(
      /^<a class="isek-sdg isek-sdg--3" href="\/sdg\/3\/\?a=1&amp;b=2">.*<\/a>$/,
    );
    expect(sdgTileHtml(3, 'SDG')).toMatch(/^<span class="isek-sdg isek-sdg--3">.*<\/span>$/);
  });

  it('sorts SDG tiles by number and writes number and title', () => {
    const html = sdgListHtml([16, 3], 'Nachhaltigkeitsziel');
    // Tiles repeat what the page says in words: kept out of the search index.
    expect(html).toMatch(/^<ul class="isek-sdg-list" data-pagefind-ignore><li>/);
    expect(html.indexOf('isek-sdg--3')).toBeLessThan(html.indexOf('isek-sdg--16'));
    expect(html).toContain(
      '<li><span class="isek-sdg isek-sdg--16"><span class="isek-sdg__number"><span class="isek-visually-hidden">Nachhaltigkeitsziel </span>16</span> <span class="isek-sdg__title">Frieden, Gerechtigkeit und starke Institutionen</span></span></li>',
    );
  });

  it('writes the timeline in the given order, bodies as is, undated reports with the given text', () => {
    const html = timelineHtml(
      [
        { date: { iso: '2026-08-08', precision: 'day' }, html: '<p>neu</p>' },
        { date: null, html: '<p>alt &amp; gut</p>' },
      ],
      'ohne Datum',
    );
    expect(html).toBe(
      '<ol class="isek-timeline"><li class="isek-timeline__item"><h3 class="isek-timeline__date" data-pagefind-ignore><time datetime="2026-08-08">8. August 2026</time></h3><div class="isek-rich-text"><p>neu</p></div></li>' +
        '<li class="isek-timeline__item"><h3 class="isek-timeline__date" data-pagefind-ignore>ohne Datum</h3><div class="isek-rich-text"><p>alt &amp; gut</p></div></li></ol>',
    );
  });

  it('keeps an entry out of the search index only when asked', () => {
    const html = timelineHtml(
      [
        { date: null, html: '<p>a</p>', searchIgnored: true },
        { date: null, html: '<p>b</p>' },
      ],
      'ohne Datum',
    );
    expect(html).toContain(
      '<li class="isek-timeline__item" data-pagefind-ignore><h3 class="isek-timeline__date" data-pagefind-ignore>ohne Datum</h3><div class="isek-rich-text"><p>a</p>',
    );
    expect(html).toContain(
      '<li class="isek-timeline__item"><h3 class="isek-timeline__date" data-pagefind-ignore>ohne Datum</h3><div class="isek-rich-text"><p>b</p>',
    );
  });
});
