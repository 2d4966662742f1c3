import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { excelSerial } from './excel-serial.ts';

describe('excelSerial', () => {
  it('counts days like Excel, including its fictitious 29 February 1900', () => {
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2026-11-12')).toBe(46338);
    expect(excelSerial('2026-11-12', true)).toBe(46338 - 1462);
  });

  it('round-trips through SheetJS without any time zone', () => {
    for (const iso of ['2026-11-20', '2024-02-29', '2019-01-01', '2030-12-31']) {
      const parsed = XLSX.SSF.parse_date_code(excelSerial(iso));
      expect([parsed.y, parsed.m, parsed.d].join('-'), iso).toBe(iso.split('-').map(Number).join('-'));
    }
  });

  it('refuses malformed input, days that do not exist, and days before 1 March 1900', () => {
    expect(() => excelSerial('12.11.2026')).toThrow();
    expect(() => excelSerial('2026-02-29')).toThrow();
    expect(() => excelSerial('1900-02-28')).toThrow();
  });
});
