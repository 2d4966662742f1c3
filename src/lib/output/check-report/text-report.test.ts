import { describe, expect, it } from 'vitest';
import { formatPlace, formatTextReport } from './text-report.ts';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../../diagnostics.ts';
import type { CheckJson } from './check-result.ts';

describe('formatPlace', () => {
  it('names file, sheet, Excel row and column header', () => {
    expect(formatPlace({ file: 'M.xlsx', sheet: 'Maßnahmen', row: 17, column: 'Fortschritt' })).toBe(
      'M.xlsx › Blatt „Maßnahmen“ › Zeile 17 › Spalte „Fortschritt“',
    );
    // With its letter, as the spreadsheet program shows the column.
    expect(formatPlace({ file: 'M.xlsx', sheet: 'Maßnahmen', row: 17, column: 'Fortschritt', columnLetter: 'L' })).toBe(
      'M.xlsx › Blatt „Maßnahmen“ › Zeile 17 › Spalte L „Fortschritt“',
    );
  });
  it('calls a place in the settings file a setting, not a column', () => {
    expect(formatPlace({ file: 'einstellungen.json', sheet: null, row: null, column: 'colours.primary' })).toBe(
      'einstellungen.json › Einstellung „colours.primary“',
    );
  });
});

describe('formatTextReport', () => {
  const cell = (row: number, column = 'Stand', code: DiagnosticCode = 'value.invalid') =>
    diagnostic(code, { file: 'M.xlsx', sheet: 'Maßnahmen', row, column, columnLetter: 'X' }, `Wert in Zeile ${row}`);
  const report = (diagnostics: Diagnostic[]): CheckJson => ({
    ok: false,
    counts: {
      measures: 0,
      goals: 0,
      departments: 0,
      productAreas: 0,
      reports: 0,
      indicators: 0,
      indicatorValues: 0,
      errors: diagnostics.length,
      warnings: 0,
      notices: 0,
    },
    rowCounts: {},
    diagnostics,
  });
  const places = (text: string) => text.split('\n').filter((l) => l.startsWith('  ✖'));

  it('lists a few problems of one kind in one column one by one', () => {
    const text = formatTextReport(report([5, 6, 7, 8, 9].map((r) => cell(r))));
    expect(places(text)).toHaveLength(5);
    expect(text).not.toContain('weitere');
  });

  it('shows the first three of a long run in full and names the rows of the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => 5 + i);
    const other = cell(6, 'Beginn');
    const text = formatTextReport(
      report([...rows.slice(0, 2).map((r) => cell(r)), other, ...rows.slice(2).map((r) => cell(r))]),
    );
    expect(places(text)).toEqual([
      '  ✖ M.xlsx › Blatt „Maßnahmen“ › Zeile 5 › Spalte X „Stand“',
      '  ✖ M.xlsx › Blatt „Maßnahmen“ › Zeile 6 › Spalte X „Stand“',
      '  ✖ M.xlsx › Blatt „Maßnahmen“ › Zeile 6 › Spalte X „Beginn“',
      '  ✖ M.xlsx › Blatt „Maßnahmen“ › Zeile 7 › Spalte X „Stand“',
      '  ✖ M.xlsx › Blatt „Maßnahmen“ › Spalte X „Stand“',
    ]);
    expect(text).toContain(
      '    27 weitere Zellen dieser Spalte mit derselben Meldung, nur mit anderem Wert [value.invalid]: Zeilen 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 und 7 weitere. Alle einzeln zeigt: npm run check -- --alle',
    );
    expect(text).toContain('Fehler (31)');
  });

  it('keeps different messages under one code apart: only the values may differ within a run', () => {
    const lost = (row: number) =>
      diagnostic(
        'value.invalid',
        { file: 'M.xlsx', sheet: 'Maßnahmen', row, column: 'Stand', columnLetter: 'X' },
        `„${46000 + row}“ ist eine Zahl, kein Datum. Als Datum formatiert zeigt die Zelle den ${row}.01.2026.`,
      );
    const text = (row: number) =>
      diagnostic(
        'value.invalid',
        { file: 'M.xlsx', sheet: 'Maßnahmen', row, column: 'Stand', columnLetter: 'X' },
        `„Frühjahr ${2020 + row}“ ist kein gültiges Datum.`,
      );
    const output = formatTextReport(report([...[1, 2, 3].map(lost), ...[4, 5, 6, 7].map(text)]));
    expect(places(output)).toHaveLength(7);
    expect(output).not.toContain('weitere');
    const many = formatTextReport(report([...[1, 2, 3, 4, 5, 6, 7].map(lost), ...[8, 9].map(text)]));
    expect(many).toContain('4 weitere Zellen dieser Spalte');
    expect(many).toContain('„Frühjahr 2028“ ist kein gültiges Datum.');
  });

  it('keeps runs of other codes in the same column apart, and lists everything with --alle', () => {
    const diagnostics = [
      ...[1, 2, 3, 4, 5, 6].map((r) => cell(r)),
      ...[7, 8, 9].map((r) => cell(r, 'Stand', 'value.required')),
    ];
    expect(places(formatTextReport(report(diagnostics)))).toHaveLength(3 + 1 + 3);
    expect(places(formatTextReport(report(diagnostics), { verbose: true }))).toHaveLength(9);
  });
});
