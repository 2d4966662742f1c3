import { describe, expect, it } from 'vitest';
import { partialDateOf } from '../lib/common/partial-date-of.ts';
import { measureRowHtml, type MeasureRowView } from './measure-row.ts';
import { escapeHtml } from '../lib/common/escape-html.ts';

const view: MeasureRowView = {
  nr: '2024-008',
  href: '/isek/massnahmen/2024-008/',
  title: 'Radweg Nord',
  status: 'in-progress',
  statusLabel: 'in Umsetzung',
  progress: 45.5,
  delayedEnd: null,
  costs: 1_250_000.5,
  lead: '61 Stadtplanung und -entwicklung',
  stand: { precision: 'day', iso: '2026-11-12' },
  end: { precision: 'month', iso: '2027-06' },
  districts: ['Mitte', 'Faldera'],
};

describe('measureRowHtml', () => {
  it('renders Nr., linked title as row header, status, progress, end, costs, lead, Stadtteile and Stand', () => {
    expect(measureRowHtml(view)).toBe(
      '<tr class="isek-measure-row"><td data-label="Nr.">2024-008</td>' +
        '<th scope="row"><a href="/isek/massnahmen/2024-008/">Radweg Nord</a></th>' +
        '<td data-label="Status"><span class="isek-status isek-status--in-progress">in Umsetzung</span></td>' +
        '<td class="isek-num" data-label="Fortschritt">45,5\u00a0%</td>' +
        '<td data-label="Geplantes Ende">Juni 2027</td>' +
        '<td class="isek-num" data-label="Kosten">1.250.000,50\u00a0€</td>' +
        '<td data-label="Federführung">61 Stadtplanung und -entwicklung</td>' +
        '<td data-label="Stadtteil">Mitte, Faldera</td>' +
        '<td data-label="Stand">12.11.2026</td></tr>',
    );
  });

  it('adds the delay tag with the planned end at its precision after the status', () => {
    expect(measureRowHtml({ ...view, delayedEnd: partialDateOf('2026-06') })).toContain(
      '<td data-label="Status"><span class="isek-status isek-status--in-progress">in Umsetzung</span> ' +
        '<span class="isek-tag isek-tag--delayed">verzögert <span class="isek-tag__detail">(geplant bis Juni 2026)</span></span></td>',
    );
    expect(measureRowHtml({ ...view, delayedEnd: partialDateOf('2025-03-31') })).toContain('(geplant bis 31.03.2025)');
    expect(measureRowHtml(view)).not.toContain('isek-tag--delayed');
  });

  it('marks approximate costs „ca.“, as the office gave them', () => {
    expect(measureRowHtml({ ...view, costs: 500_000, costsApproximate: true })).toContain(
      '<td class="isek-num" data-label="Kosten">ca. 500.000\u00a0€</td>',
    );
  });

  it('shows a dash for missing progress and Stand, and dates at their precision', () => {
    const html = measureRowHtml({ ...view, progress: null, costs: null, stand: null, end: null, districts: [] });
    expect(html).toContain('data-label="Fortschritt">–</td><td data-label="Geplantes Ende">–</td>');
    expect(html).toContain('data-label="Kosten">–</td>');
    expect(html).toContain('data-label="Stadtteil">–</td>');
    expect(html).toMatch(/data-label="Stand">–<\/td><\/tr>$/);
    expect(measureRowHtml({ ...view, stand: partialDateOf('2026-11') })).toContain('>November 2026</td></tr>');
    expect(measureRowHtml({ ...view, stand: partialDateOf('2025') })).toContain('>2025</td></tr>');
  });

  it('escapes every text, so data can never add markup', () => {
    const html = measureRowHtml({ ...view, title: '<b>"Rad" & \'Weg\'</b>', lead: '<i>', href: '/a"b/' });
    expect(html).toContain('>&lt;b&gt;&quot;Rad&quot; &amp; &#39;Weg&#39;&lt;/b&gt;</a>');
    expect(html).toContain('href="/a&quot;b/"');
    expect(html).not.toContain('<i>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters only', () => {
    expect(escapeHtml(`a&b<c>d"e'f ü`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f ü');
  });
});
