import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { dateCell, excelSerial, workbookBytes, type WorkbookData } from './workbook-data.ts';

describe('excelSerial', () => {
  it('counts days like Excel, including its fictitious 29 Feb 1900', () => {
    expect(excelSerial(1900, 3, 1)).toBe(61);
    expect(excelSerial(2026, 11, 20)).toBe(46346);
  });

  it('round-trips through SheetJS without any time zone', () => {
    for (const [y, m, d] of [
      [2026, 11, 20],
      [2024, 2, 29],
      [2019, 1, 1],
      [2030, 12, 31],
    ] as const) {
      const parsed = XLSX.SSF.parse_date_code(excelSerial(y, m, d));
      expect([parsed.y, parsed.m, parsed.d]).toEqual([y, m, d]);
    }
  });
});

describe('workbookBytes', () => {
  const data: WorkbookData = {
    file: 'Test.xlsx',
    sheets: [
      {
        name: 'Maßnahmen',
        rows: [
          ['Banner'],
          [],
          ['Nr.', 'Beginn', 'Fortschritt', 'Produkt', 'Fokus'],
          ['2024-001', dateCell(2026, 11, 20), { t: 'n', v: 0.45, z: '0%' }, '011101', true],
        ],
        merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }],
      },
      { name: 'Listen', rows: [['a']], hidden: true },
    ],
  };

  it('writes identical bytes every time', () => {
    expect(workbookBytes(data).equals(workbookBytes(data))).toBe(true);
  });

  it('keeps types, formats, merges and hidden sheets', () => {
    const wb = XLSX.read(workbookBytes(data), { cellNF: true });
    const ws = wb.Sheets['Maßnahmen'] as XLSX.WorkSheet;
    expect(ws['B4']).toMatchObject({ t: 'n', v: 46346 });
    expect(XLSX.SSF.is_date(ws['B4'].z as string)).toBe(true);
    expect(ws['C4']).toMatchObject({ t: 'n', v: 0.45, z: '0%' });
    expect(ws['D4']).toMatchObject({ t: 's', v: '011101' });
    expect(ws['E4']).toMatchObject({ t: 'b', v: true });
    expect(ws['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }]);
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(1);
  });
});
