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
