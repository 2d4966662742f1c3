import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { dateCell, workbookBytes, type WorkbookData } from './workbook-data.ts';

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
