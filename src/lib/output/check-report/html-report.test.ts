import { describe, expect, it } from 'vitest';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import type { CheckJson } from './check-result.ts';
import { formatHtmlReport, groupByFileAndSheet } from './html-report.ts';
import { escapeHtml } from '../../common/escape-html.ts';

const measures = 'Massnahmenliste.xlsx';
const goals = 'Ziele.xlsx';

function check(diagnostics: Diagnostic[]): CheckJson {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    ok: count('error') === 0,
    counts: {
      measures: 12,
      goals: 5,
      departments: 3,
      productAreas: 6,
      reports: 20,
      indicators: 0,
      indicatorValues: 0,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
    },
    rowCounts: {
      measures: { read: 15, published: 12, skippedEmpty: 1, refused: 2 },
      goals: { read: 5, published: 5, skippedEmpty: 0, refused: 0 },
    },
    diagnostics,
  };
}

const options = { dataDir: 'data', checkedAt: '25. November 2026 um 19:30' };

/** The text between two markers (first occurrence). */
function between(html: string, from: string, to: string): string {
  const start = html.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = html.indexOf(to, start);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('escapeHtml', () => {
  it('escapes markup and both quote characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('groupByFileAndSheet', () => {
  it('groups by file and sheet, whole-file problems first, rows ascending', () => {
    const groups = groupByFileAndSheet([
      diagnostic('value.invalid', { file: measures, sheet: 'Maßnahmen', row: 30, column: 'Status' }, 'c'),
      diagnostic('file.unreadable', { file: 'Alt.xlsx' }, 'a'),
      diagnostic('value.invalid', { file: measures, sheet: 'Maßnahmen', row: 7, column: 'Ende' }, 'b'),
      diagnostic('column.missing', { file: measures, sheet: 'Fachdienste' }, 'd'),
      diagnostic('sheet.missing', { file: measures }, 'e'),
    ]);
    expect(groups.map((g) => g.file)).toEqual(['Alt.xlsx', measures]);
    expect(groups[1]!.sheets.map((s) => s.sheet)).toEqual([null, 'Fachdienste', 'Maßnahmen']);
    expect(groups[1]!.sheets[2]!.diagnostics.map((d) => d.row)).toEqual([7, 30]);
  });

  it('lists the problems of one row from left to right (B before AA)', () => {
    const [group] = groupByFileAndSheet([
      diagnostic(
        'value.invalid',
        { file: measures, sheet: 'Maßnahmen', row: 5, column: 'Anmerkung', columnLetter: 'AA' },
        'aa',
      ),
      diagnostic(
        'value.invalid',
        { file: measures, sheet: 'Maßnahmen', row: 5, column: 'Titel', columnLetter: 'B' },
        'b',
      ),
    ]);
    expect(group!.sheets[0]!.diagnostics.map((d) => d.message)).toEqual(['b', 'aa']);
  });
});

describe('formatHtmlReport', () => {
  const diagnostics = [
    diagnostic(
      'goal.without-measures',
      { file: goals, sheet: 'Ziele', row: 9, column: 'Ziel-Nr.' },
      'Ziel ohne Maßnahme',
    ),
    diagnostic('row.empty-skipped', { file: measures, sheet: 'Maßnahmen', row: 40 }, 'leere Zeile'),
    diagnostic(
      'value.out-of-range',
      { file: measures, sheet: 'Maßnahmen', row: 17, column: 'Fortschritt' },
      'Fortschritt 140 liegt über 100.',
    ),
    diagnostic(
      'ref.unknown-goal',
      { file: measures, sheet: 'Maßnahmen', row: 5, column: 'Ziele' },
      'Ziel „9.9“ gibt es nicht.',
    ),
    diagnostic('key.duplicate', { file: goals, sheet: 'Ziele', row: 3, column: 'Ziel-Nr.' }, 'Ziel-Nr. doppelt.'),
  ];
  const html = formatHtmlReport(check(diagnostics), options);

  it('is one self-contained German HTML document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<meta charset="utf-8">');
    // Nothing is fetched from anywhere: no external stylesheet, script, image or font.
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/);
  });

  it('lists errors before warnings before notices', () => {
    const errorsAt = html.indexOf('id="fehler"');
    const warningsAt = html.indexOf('id="warnungen"');
    const noticesAt = html.indexOf('id="hinweise"');
    const reconciliationAt = html.indexOf('id="zeilenbilanz"');
    expect(errorsAt).toBeGreaterThan(0);
    expect(errorsAt).toBeLessThan(warningsAt);
    expect(warningsAt).toBeLessThan(noticesAt);
    expect(noticesAt).toBeLessThan(reconciliationAt);
    const errors = between(html, 'id="fehler"', 'id="warnungen"');
    expect(errors).toContain('Fehler (3)');
    expect(errors).toContain('Fortschritt 140 liegt über 100.');
    expect(errors).not.toContain('Ziel ohne Maßnahme');
    expect(between(html, 'id="warnungen"', 'id="hinweise"')).toContain('Ziel ohne Maßnahme');
  });

  it('groups each severity by file and sheet, rows ascending, with row, column and code', () => {
    const errors = between(html, 'id="fehler"', 'id="warnungen"');
    const headings = [...errors.matchAll(/<h[34]>([^<]*)<\/h[34]>/g)].map((m) => m[1]);
    expect(headings).toEqual([measures, 'Blatt „Maßnahmen“', goals, 'Blatt „Ziele“']);
    expect(errors.indexOf('Ziel „9.9“')).toBeLessThan(errors.indexOf('Fortschritt 140'));
    expect(errors).toMatch(
      /<td class="num">17<\/td><td>Fortschritt<\/td><td>Fortschritt 140 liegt über 100\.<\/td><td><code>value\.out-of-range<\/code><\/td>/,
    );
  });

  it('summarises counts and reconciles the rows', () => {
    expect(html).toContain('3 Fehler, 1 Warnung, 1 Hinweis.');
    expect(html).toContain('verdict--error');
    const reconciliation = between(html, 'id="zeilenbilanz"', '</section>');
    expect(reconciliation).toMatch(
      /<th scope="row">Maßnahmen<\/th><td class="num">15<\/td><td class="num">12<\/td><td class="num">1<\/td><td class="num">2<\/td>/,
    );
    expect(reconciliation).toContain('12 Maßnahmen');
  });

  it('says so when there is nothing to fix', () => {
    const clean = formatHtmlReport(check([]), options);
    expect(clean).toContain('verdict--ok');
    expect(clean).toContain('Keine Fehler.');
    expect(clean).toContain('<title>Prüfbericht ISEK – keine Fehler</title>');
  });

  it('heads the column of settings problems "Einstellung"', () => {
    const report = formatHtmlReport(
      check([
        diagnostic('settings.invalid', { file: 'einstellungen.json', column: 'colours.primary' }, 'Farbe falsch'),
      ]),
      options,
    );
    expect(between(report, '<h3>einstellungen.json</h3>', '</table>')).toContain('<th scope="col">Einstellung</th>');
    expect(html).not.toContain('<th scope="col">Einstellung</th>');
  });

  it('escapes everything that comes from the data', () => {
    const evil = '<script>alert("x")</script>';
    const report = formatHtmlReport(
      check([
        diagnostic(
          'value.invalid',
          { file: `${evil}.xlsx`, sheet: `<b>Blatt</b>`, row: 2, column: `<img src=x onerror=y>` },
          `Wert ${evil} & mehr`,
        ),
      ]),
      { dataDir: `C:\\Daten\\"><svg onload=x>`, checkedAt: 'heute' },
    );
    expect(report).not.toContain('<script>');
    expect(report).not.toContain('<b>Blatt');
    expect(report).not.toContain('<img');
    expect(report).not.toContain('<svg');
    expect(report).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;.xlsx');
    expect(report).toContain('Wert &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mehr');
    expect(report).toContain('&lt;img src=x onerror=y&gt;');
  });
});
