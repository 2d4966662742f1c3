import { describe, expect, it } from 'vitest';
import { formatPlace } from './text-report.ts';

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
