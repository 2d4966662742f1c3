import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumberText, parseYear } from './number.ts';
import { numberCell, textCell, errorCell } from './test-cells.ts';

describe('parseNumberText', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['12 345', 12345],
    ['1.250.000', 1250000],
    ['-3,2', -3.2],
    ['\u22123,2', -3.2],
    ['45 %', 45],
    ['0', 0],
    ['-0', 0],
    [',5', 0.5],
  ])('reads %s as %s', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(['ca. 12', '12 t', '12-14', 'zwölf', '1.23.4', '12,5,6', ''])('refuses %s', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('parseNumber', () => {
  it('reads number cells, percent cells as percent, and German text', () => {
    expect(parseNumber(numberCell(12.5))).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber(numberCell(0.145, { format: '0.0%' }))).toEqual({ ok: true, value: 14.5 });
    expect(parseNumber(textCell(' 1.234 '))).toEqual({ ok: true, value: 1234 });
    expect(parseNumber(undefined)).toEqual({ ok: true, value: null });
    expect(parseNumber(textCell('  '))).toEqual({ ok: true, value: null });
  });

  it('refuses what is no number, quoting the cell', () => {
    const r = parseNumber(textCell('ca. 4 t'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('value.invalid');
      expect(r.message).toContain('„ca. 4 t“');
    }
    expect(parseNumber(errorCell('#DIV/0!')).ok).toBe(false);
    expect(parseNumber(numberCell(45000, { date: { year: 2023, month: 3, day: 15 }, format: 'dd.mm.yyyy' })).ok).toBe(
      false,
    );
  });
});

describe('parseYear', () => {
  it('reads a year as number or text, and the year of a date', () => {
    expect(parseYear(numberCell(2024))).toEqual({ ok: true, value: 2024 });
    expect(parseYear(textCell('2024'))).toEqual({ ok: true, value: 2024 });
    expect(parseYear(textCell('31.12.2023'))).toEqual({ ok: true, value: 2023 });
    expect(parseYear(numberCell(45291, { date: { year: 2023, month: 12, day: 31 }, format: 'dd.mm.yyyy' }))).toEqual({
      ok: true,
      value: 2023,
    });
  });

  it('refuses other numbers and years out of range', () => {
    expect(parseYear(numberCell(2024.5)).ok).toBe(false);
    expect(parseYear(textCell('Jahr 24')).ok).toBe(false);
    const r = parseYear(numberCell(1850));
    expect(r.ok === false && r.code).toBe('value.out-of-range');
  });
});
