import { describe, expect, it } from 'vitest';
import { isSampleWorkbook, sampleMixDiagnostics, SAMPLE_WORKBOOK_FILES } from './sample-workbooks.ts';

describe('sampleMixDiagnostics', () => {
  it('is silent for the samples alone (a fresh install) and for own workbooks alone', () => {
    expect(sampleMixDiagnostics([...SAMPLE_WORKBOOK_FILES])).toEqual([]);
    expect(sampleMixDiagnostics(['Maßnahmen 2027.xlsx', 'Ziele.xlsx'])).toEqual([]);
    expect(sampleMixDiagnostics([])).toEqual([]);
  });

  it('warns at each sample workbook that lies next to own ones, naming what to delete', () => {
    const found = sampleMixDiagnostics([
      'ISEK-Zielsystem 2025-2026.xlsx',
      'Maßnahmen 2027.xlsx',
      'Massnahmenliste_2026-11-20.xlsx',
    ]);
    expect(found.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['file.sample-mixed', 'warning', 'ISEK-Zielsystem 2025-2026.xlsx'],
      ['file.sample-mixed', 'warning', 'Massnahmenliste_2026-11-20.xlsx'],
    ]);
    const message = found[0]!.message;
    expect(message).toContain('„Maßnahmen 2027.xlsx“');
    expect(message).toContain('„Massnahmenliste_2026-11-20.xlsx“');
    expect(message).toContain('veroeffentlichungen');
    expect(message).toContain('umbenennen');
  });

  it('knows a sample by its exact name only', () => {
    expect(isSampleWorkbook('Massnahmenliste_2026-11-20.xlsx')).toBe(true);
    expect(isSampleWorkbook('Massnahmenliste_2026-11-27.xlsx')).toBe(false);
    expect(isSampleWorkbook('kennzahlen_statistikstelle.xlsx')).toBe(false);
  });
});
