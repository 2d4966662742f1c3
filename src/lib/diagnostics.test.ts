import { describe, expect, it } from 'vitest';
import { countBySeverity, diagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';

describe('diagnostic', () => {
  it('takes its severity from the code and fills missing places with null', () => {
    const d = diagnostic('key.duplicate', { file: 'a.xlsx', sheet: 'Ziele', row: 7 }, 'doppelt');
    expect(d).toEqual({
      severity: 'error',
      code: 'key.duplicate',
      file: 'a.xlsx',
      sheet: 'Ziele',
      row: 7,
      column: null,
      columnLetter: null,
      message: 'doppelt',
    });
    expect(diagnostic('column.unknown', { file: 'a.xlsx' }, 'x').severity).toBe('notice');
    expect(diagnostic('goal.without-measures', { file: 'a.xlsx' }, 'x').severity).toBe('warning');
  });
});

describe('sortDiagnostics', () => {
  it('puts errors first, then orders by file, sheet and row', () => {
    const notice = diagnostic('column.unknown', { file: 'a.xlsx', sheet: 'Ziele', row: 1 }, 'n');
    const late = diagnostic('value.invalid', { file: 'b.xlsx', sheet: 'Ziele', row: 3 }, 'l');
    const early = diagnostic('value.invalid', { file: 'b.xlsx', sheet: 'Ziele', row: 2 }, 'e');
    const first = diagnostic('value.required', { file: 'a.xlsx', sheet: 'Ziele', row: 9 }, 'f');
    expect(sortDiagnostics([notice, late, early, first]).map((d) => d.message)).toEqual(['f', 'e', 'l', 'n']);
  });

  it('orders one row from left to right, as the spreadsheet shows it (B before AA)', () => {
    const at = (column: string, columnLetter: string | null, message: string) =>
      diagnostic('value.invalid', { file: 'a.xlsx', sheet: 'Maßnahmen', row: 4, column, columnLetter }, message);
    const sorted = sortDiagnostics([
      at('Anmerkung', 'AA', 'aa'),
      at('Titel', 'B', 'b'),
      at('Zeile', null, 'row'),
      at('Beginn', 'Z', 'z'),
    ]);
    expect(sorted.map((d) => d.message)).toEqual(['row', 'b', 'z', 'aa']);
  });

  it('sorts file names in natural German order', () => {
    const inFile = (file: string) => diagnostic('value.invalid', { file, sheet: 'Ziele', row: 1 }, file);
    expect(
      sortDiagnostics([inFile('Liste 10.xlsx'), inFile('Liste 9.xlsx'), inFile('Ärger.xlsx')]).map((d) => d.message),
    ).toEqual(['Ärger.xlsx', 'Liste 9.xlsx', 'Liste 10.xlsx']);
  });
});

describe('hasErrors and countBySeverity', () => {
  it('count only what is there', () => {
    const list = [
      diagnostic('column.unknown', { file: 'a' }, ''),
      diagnostic('goal.without-measures', { file: 'a' }, ''),
    ];
    expect(hasErrors(list)).toBe(false);
    expect(countBySeverity(list)).toEqual({ error: 0, warning: 1, notice: 1 });
    expect(hasErrors([...list, diagnostic('goal.cycle', { file: 'a' }, '')])).toBe(true);
  });
});
