import { describe, expect, it } from 'vitest';
import { makeRawWorkbook, type CellSpec } from '../../testing/make-workbook.ts';
import type { RawCell } from '../workbook/raw.ts';
import { isDateFormat, KEY_MAX_LENGTH, parseCodeCell, parseKeyCell, parseKeyList, refusingExcelDates } from './key.ts';
import { parseSingleLineText } from './text.ts';
import { numberCell, textCell } from './test-cells.ts';

/** The cell as the reader gives it after a round trip through a real .xlsx file. */
function real(spec: CellSpec, bookType: 'xlsx' | 'xls' | 'ods' = 'xlsx'): RawCell {
  const wb = makeRawWorkbook(`k.${bookType}`, { bookType, sheets: [{ name: 'S', rows: [[spec]] }] });
  return wb.sheets[0]!.rows[0]![0]!;
}

/** What German Excel stores for a typed `1.1` (1 January of the current year, shown `01. Jan`). */
const typed11 = { date: '2026-01-01', format: 'dd\\. mmm' };
/** What German Excel stores for a typed `2.3.1` (2 March 2001). */
const typed231 = { date: '2001-03-02', format: 'dd.mm.yyyy' };

describe('parseKeyCell: what Excel made of a typed key', () => {
  it.each(['xlsx', 'xls', 'ods'] as const)('refuses a date cell (typed 1.1) at its cell, in %s', (bookType) => {
    const result = parseKeyCell(real(typed11, bookType));
    expect(result).toMatchObject({ ok: false, code: 'value.excel-date' });
    if (!result.ok) {
      expect(result.message).toContain('01.01.2026');
      expect(result.message).toContain('Spalte als Text formatieren');
      // Names the date, not the serial number behind it (SheetJS's ODS writer drops the format's text).
      if (bookType !== 'ods') expect(result.message).not.toContain('46023');
    }
  });

  it('refuses a date cell that came from 2.3.1', () => {
    const result = parseKeyCell(real(typed231));
    expect(result).toMatchObject({ ok: false, code: 'value.excel-date' });
    expect(!result.ok && result.message).toContain('02.03.2001');
  });

  it('refuses a number with a date format even where it is no calendar day', () => {
    expect(parseKeyCell(numberCell(0, { format: 'dd.mm.yyyy', text: '00.01.1900' }))).toMatchObject({
      ok: false,
      code: 'value.excel-date',
    });
  });

  it('keeps numbers and text keys as before', () => {
    expect(parseKeyCell(real(61))).toEqual({ ok: true, value: '61' });
    expect(parseKeyCell(real('2026-011'))).toEqual({ ok: true, value: '2026-011' });
    expect(parseKeyCell(real({ number: 7, format: '000' }))).toEqual({ ok: true, value: '007' });
    expect(parseKeyCell(real({ number: 61, format: '#,##0' }))).toEqual({ ok: true, value: '61' });
    expect(parseKeyCell(real(' 5.1.2 '))).toEqual({ ok: true, value: '5.1.2' });
  });

  it('reads a decimal number cell with a warning: 5.10 would have become 5.1', () => {
    const result = parseKeyCell(real(5.1));
    expect(result).toMatchObject({ ok: true, value: '5.1', warnings: [{ code: 'key.decimal-number' }] });
  });

  it('refuses a number too large for Excel to keep every digit', () => {
    expect(parseKeyCell(real(2026000000000000001))).toMatchObject({ ok: false, code: 'key.number-imprecise' });
  });
});

describe('parseKeyCell: invisible characters', () => {
  it.each([
    ['word joiner', '2026-0\u201011'.replace('\u2010', '\u2060')],
    ['zero-width space', '2026-0\u200b11'],
    ['zero-width joiner', '2026\u200d-011'],
    ['zero-width non-joiner', '2026\u200c-011'],
    ['soft hyphen', '2026-\u00ad011'],
    ['right-to-left override', '\u202e2026-011'],
    ['left-to-right isolate', '2026-011\u2066'],
    ['right-to-left mark', '2026\u200f-011'],
    ['byte order mark', '\ufeff2026-011'],
  ])('refuses a key with a %s at its cell', (_, key) => {
    const result = parseKeyCell(real(key));
    expect(result).toMatchObject({ ok: false, code: 'key.invisible-character' });
    expect(!result.ok && result.message).toMatch(/U\+[0-9A-F]{4}/);
  });

  it('shows where the character is', () => {
    const result = parseKeyCell(textCell('2026-0\u206011'));
    expect(!result.ok && result.message).toContain('„2026-0⟨U+2060⟩11“');
    expect(!result.ok && result.message).toContain('Wortverbinder');
  });
});

describe('parseKeyCell: lookalike letters', () => {
  it.each([
    ['Cyrillic а', '2026-0\u0430'],
    ['Cyrillic О', 'SM-\u041e4'],
    ['Greek Α', '\u0391-12'],
  ])('refuses a key with a %s that looks Latin', (_, key) => {
    expect(parseKeyCell(real(key))).toMatchObject({ ok: false, code: 'key.lookalike-character' });
  });

  it('names the letter and its script', () => {
    const result = parseKeyCell(textCell('2026-0\u0430'));
    expect(!result.ok && result.message).toContain('„\u0430“ (kyrillisch)');
  });

  it('accepts umlauts and other Latin letters', () => {
    expect(parseKeyCell(textCell('Ü-5 Straße é'))).toMatchObject({ ok: true });
  });
});

describe('parseKeyCell: length', () => {
  it(`accepts ${KEY_MAX_LENGTH} characters and refuses more`, () => {
    expect(parseKeyCell(textCell('a'.repeat(KEY_MAX_LENGTH)))).toMatchObject({ ok: true });
    const result = parseKeyCell(real('Radweg '.repeat(58).trim()));
    expect(result).toMatchObject({ ok: false, code: 'key.too-long' });
    expect(!result.ok && result.message).toContain(`höchstens ${KEY_MAX_LENGTH}`);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(parseKeyCell(textCell('𝟙'.repeat(KEY_MAX_LENGTH)))).toMatchObject({ ok: true });
  });
});

describe('parseKeyList', () => {
  it('refuses a date cell instead of reading its serial number as a goal', () => {
    const result = parseKeyList(real(typed11));
    expect(result).toMatchObject({ ok: false, code: 'value.excel-date' });
  });

  it('reads lists with every separator of the contract', () => {
    expect(parseKeyList(real('1.1; 1.2, 2.1\n3 und 4 / 5 & 6'))).toEqual({
      ok: true,
      value: ['1.1', '1.2', '2.1', '3', '4', '5', '6'],
    });
    expect(parseKeyList(real(13))).toEqual({ ok: true, value: ['13'] });
  });

  it('keeps a key with a slash whole (5/1 is one key)', () => {
    expect(parseKeyList(real('5/1; 5/2'))).toEqual({ ok: true, value: ['5/1', '5/2'] });
  });

  it('refuses the whole cell for an invisible character or an over-long item', () => {
    expect(parseKeyList(real('1.1; 1\u20602'))).toMatchObject({ ok: false, code: 'key.invisible-character' });
    expect(parseKeyList(real(`1.1; ${'x'.repeat(KEY_MAX_LENGTH + 1)}`))).toMatchObject({
      ok: false,
      code: 'key.too-long',
    });
  });
});

describe('parseCodeCell (Produkt)', () => {
  it('warns at a number cell: its leading zero may be gone', () => {
    const result = parseCodeCell(real(54101));
    expect(result).toMatchObject({ ok: true, value: '54101', warnings: [{ code: 'value.leading-zero-lost' }] });
    expect(result.ok && result.warnings?.[0]?.message).toContain('„54101“');
  });

  it('keeps text and a shown leading zero without a warning', () => {
    expect(parseCodeCell(real('054101'))).toEqual({ ok: true, value: '054101' });
    expect(parseCodeCell(real({ number: 54101, format: '000000' }))).toEqual({ ok: true, value: '054101' });
  });

  it('refuses a date cell', () => {
    expect(parseCodeCell(real(typed231))).toMatchObject({ ok: false, code: 'value.excel-date' });
  });
});

describe('refusingExcelDates', () => {
  const parse = refusingExcelDates(parseSingleLineText);
  it('refuses a date cell (a department 13.1 Excel turned into 13 January)', () => {
    expect(parse(real({ date: '2026-01-13', format: 'dd\\. mmm' }))).toMatchObject({
      ok: false,
      code: 'value.excel-date',
    });
  });
  it('leaves other cells to the parser', () => {
    expect(parse(real('0815/2023/DS'))).toEqual({ ok: true, value: '0815/2023/DS' });
    expect(parse(undefined)).toEqual({ ok: true, value: null });
  });
});

describe('isDateFormat', () => {
  it.each(['dd.mm.yyyy', 'd/m/yy', 'mmm yy', '[$-407]dd/ mmm;@', 'hh:mm', 'yyyy'])('sees a date in %s', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  it.each([
    'General',
    'Standard',
    '0',
    '0.00',
    '#,##0 €',
    '0%',
    '@',
    '0.00E+00',
    '"Nr. "0',
    '[Red]0',
    '_-* #,##0.00 [$€-407]_-;_-@_-',
    '#,##0_d',
  ])('sees none in %s', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
});
