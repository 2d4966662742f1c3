import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  excelSerial,
  makeEncryptedWorkbookBytes,
  makeRawWorkbook,
  makeWorkbookBytes,
  truncate,
} from './make-workbook.ts';
import { rawCell, rawWorkbook } from './raw-workbook.ts';

describe('excelSerial', () => {
  it('computes Excel serial numbers from calendar dates, in both date systems', () => {
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2026-11-12')).toBe(46338);
    expect(excelSerial('2026-11-12', true)).toBe(46338 - 1462);
    expect(excelSerial('1904-01-02', true)).toBe(1);
  });
  it('refuses malformed dates, days that do not exist and dates before March 1900', () => {
    expect(() => excelSerial('12.11.2026')).toThrow();
    expect(() => excelSerial('2026-02-29')).toThrow();
    expect(() => excelSerial('1900-02-28')).toThrow();
  });
});

describe('makeWorkbookBytes', () => {
  it.each([
    ['xlsx', [0x50, 0x4b, 0x03, 0x04]],
    ['ods', [0x50, 0x4b, 0x03, 0x04]],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0]],
  ] as const)('writes %s files with their signature', (bookType, signature) => {
    const bytes = makeWorkbookBytes({ bookType, sheets: [{ name: 'S', rows: [['x']] }] });
    expect(Array.from(bytes.subarray(0, 4))).toEqual(signature);
  });

  it('writes every kind of cell so that SheetJS reads it back', () => {
    const bytes = makeWorkbookBytes({
      date1904: true,
      sheets: [
        {
          name: 'Maßnahmen',
          rows: [
            [{ banner: 'Titel', span: 3 }],
            [],
            [null, { date: '2026-11-12' }, { percent: 0.45 }, { text: 'Ratsinfo', link: 'https://rat.example.de/' }],
            [{ error: '#DIV/0!' }, { number: 1250000, format: '#,##0' }, { formula: 'B4*2', value: 2500000 }, true],
          ],
          merges: ['A5:B5'],
        },
      ],
    });
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    const ws = book.Sheets['Maßnahmen']!;
    expect(book.Workbook?.WBProps?.date1904).toBe(true);
    expect(ws['!ref']).toBe('A1:D4');
    expect(ws['!merges']).toEqual([
      { s: { r: 4, c: 0 }, e: { r: 4, c: 1 } },
      { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
    ]);
    expect(ws['B3']).toMatchObject({ t: 'n', v: 46338 - 1462, w: '12.11.2026' });
    expect(ws['C3']).toMatchObject({ t: 'n', v: 0.45, z: '0%' });
    expect(ws['D3'].l.Target).toBe('https://rat.example.de/');
    expect(ws['A4']).toMatchObject({ t: 'e', w: '#DIV/0!' });
    expect(ws['B4']).toMatchObject({ v: 1250000, z: '#,##0' });
    expect(ws['C4']).toMatchObject({ v: 2500000, f: 'B4*2' });
    expect(ws['D4']).toMatchObject({ t: 'b', v: true });
  });

  it('starts the stored range at the first cell, like a sheet whose table begins at B3', () => {
    const bytes = makeWorkbookBytes({ sheets: [{ name: 'S', rows: [[], [], [null, 'Nr.', 'Titel']] }] });
    expect(XLSX.read(bytes, { type: 'array' }).Sheets['S']!['!ref']).toBe('B3:C3');
  });
});

describe('makeRawWorkbook', () => {
  it('returns what the reader makes of the written file', () => {
    const book = makeRawWorkbook('a.xlsx', {
      sheets: [{ name: 'Ziele', rows: [['Ziel-Nr.', { date: '2026-11-12' }]] }],
    });
    expect(book.file).toBe('a.xlsx');
    expect(book.sheets[0]!.rows[0]![1]?.date).toEqual({ year: 2026, month: 11, day: 12 });
  });
});

describe('makeEncryptedWorkbookBytes and truncate', () => {
  it('builds a CFB container with the streams of an encrypted package', () => {
    const container = XLSX.CFB.read(makeEncryptedWorkbookBytes(), { type: 'array' });
    expect(XLSX.CFB.find(container, 'EncryptionInfo')).toBeTruthy();
    expect(XLSX.CFB.find(container, 'EncryptedPackage')).toBeTruthy();
  });
  it('cuts bytes to a fraction', () => {
    expect(Array.from(truncate(new Uint8Array([1, 2, 3, 4, 5, 6]), 0.5))).toEqual([1, 2, 3]);
    expect(truncate(new Uint8Array(10))).toHaveLength(5);
  });
});

describe('rawWorkbook', () => {
  it('builds a RawWorkbook from values, keeping null rows and cells', () => {
    const book = rawWorkbook('a.xlsx', { Ziele: [null, ['Nr.', null, 5, rawCell('x', { link: 'https://a.de/' })]] });
    expect(book.sheets[0]!.rows[0]).toBeNull();
    expect(book.sheets[0]!.rows[1]!.map((c) => c?.value ?? null)).toEqual(['Nr.', null, 5, 'x']);
    expect(book.sheets[0]!.rows[1]![3]!.link).toBe('https://a.de/');
  });
});
