import { describe, expect, it } from 'vitest';
import { indicatorValuesCsv } from './values-csv.ts';
import { cityWide, makeIndicator } from '../../testing/make-indicator.ts';

describe('indicatorValuesCsv', () => {
  it('writes one tidy row per year and Stadtteil, empty Stadtteil for the city', () => {
    const indicator = makeIndicator({
      id: 'K 7',
      values: [
        ...cityWide([
          [2023, 7.5],
          [2024, -1.25, 'vorläufig, geschätzt'],
        ]),
        {
          year: 2024,
          value: 3,
          district: 'Mitte',
          note: null,
          source: { file: 'a.xlsx', sheet: 'Kennzahlwerte', row: 9 },
        },
      ],
    });
    expect(indicatorValuesCsv([indicator])).toBe(
      '\uFEFFKennzahl,Jahr,Stadtteil,Wert,Anmerkung\r\n' +
        'K 7,2023,,7.5,\r\n' +
        'K 7,2024,,-1.25,"vorläufig, geschätzt"\r\n' +
        'K 7,2024,Mitte,3,\r\n',
    );
  });

  it('neutralises a note that a spreadsheet would run as a formula', () => {
    const indicator = makeIndicator({ values: cityWide([[2024, 1, '=HYPERLINK("x")']]) });
    expect(indicatorValuesCsv([indicator])).toContain(`,"'=HYPERLINK(""x"")"\r\n`);
  });
});
