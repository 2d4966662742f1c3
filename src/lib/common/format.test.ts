import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  approximateMoneyCompactText,
  approximateMoneyText,
  formatCount,
  formatDateLong,
  decimalsOf,
  formatDecimal,
  formatMoney,
  formatMoneyCompact,
  formatPartialDate,
  formatPercent,
  formatRate,
} from './format.ts';

const NBSP = '\u00a0';

describe('formatPartialDate', () => {
  it('writes each precision the German way', () => {
    expect(formatPartialDate({ precision: 'day', iso: '2026-11-12' })).toBe('12.11.2026');
    expect(formatPartialDate({ precision: 'day', iso: '2026-03-01' })).toBe('01.03.2026');
    expect(formatPartialDate({ precision: 'month', iso: '2026-11' })).toBe('November 2026');
    expect(formatPartialDate({ precision: 'month', iso: '2026-03' })).toBe('März 2026');
    expect(formatPartialDate({ precision: 'year', iso: '2026' })).toBe('2026');
    expect(formatPartialDate({ precision: 'quarter', iso: '2026-Q3' })).toBe('3. Quartal 2026');
  });

  it('keeps the first and last day of a year', () => {
    expect(formatPartialDate({ precision: 'day', iso: '2026-01-01' })).toBe('01.01.2026');
    expect(formatPartialDate({ precision: 'day', iso: '2026-12-31' })).toBe('31.12.2026');
    expect(formatPartialDate({ precision: 'day', iso: '2024-02-29' })).toBe('29.02.2024');
  });
});

describe('formatDateLong', () => {
  it('writes the month as a word', () => {
    expect(formatDateLong({ precision: 'day', iso: '2026-11-12' })).toBe('12. November 2026');
    expect(formatDateLong({ precision: 'day', iso: '2026-01-01' })).toBe('1. Januar 2026');
    expect(formatDateLong({ precision: 'month', iso: '2026-11' })).toBe('November 2026');
    expect(formatDateLong({ precision: 'year', iso: '2026' })).toBe('2026');
    expect(formatDateLong({ precision: 'quarter', iso: '2027-Q1' })).toBe('1. Quartal 2027');
  });
});

describe('formatMoney', () => {
  it('writes whole amounts without cents', () => {
    expect(formatMoney(1250000)).toBe(`1.250.000${NBSP}€`);
    expect(formatMoney(0)).toBe(`0${NBSP}€`);
    expect(formatMoney(1250)).toBe(`1.250${NBSP}€`);
    expect(formatMoney(1250000.001)).toBe(`1.250.000${NBSP}€`);
  });

  it('writes cents when there are any', () => {
    expect(formatMoney(1250000.5)).toBe(`1.250.000,50${NBSP}€`);
    expect(formatMoney(0.07)).toBe(`0,07${NBSP}€`);
  });
});

describe('approximateMoneyText', () => {
  it('writes an exact amount as formatMoney does', () => {
    expect(approximateMoneyText(500000, false)).toBe(`500.000${NBSP}€`);
    expect(approximateMoneyText(0.07, false)).toBe(`0,07${NBSP}€`);
  });

  it('marks an approximate amount with „ca.“', () => {
    expect(approximateMoneyText(500000, true)).toBe(`ca. 500.000${NBSP}€`);
    expect(approximateMoneyText(1250000.5, true)).toBe(`ca. 1.250.000,50${NBSP}€`);
  });

  it('marks a rounded sum the same way', () => {
    expect(approximateMoneyCompactText(56_000_000, true)).toBe(`ca. 56,0${NBSP}Mio.${NBSP}€`);
    expect(approximateMoneyCompactText(850_000, false)).toBe(`850.000${NBSP}€`);
  });
});

describe('formatMoneyCompact', () => {
  it('shortens millions and billions to always one decimal', () => {
    expect(formatMoneyCompact(56_000_000)).toBe(`56,0${NBSP}Mio.${NBSP}€`);
    expect(formatMoneyCompact(1250000)).toBe(`1,3${NBSP}Mio.${NBSP}€`);
    expect(formatMoneyCompact(1000000)).toBe(`1,0${NBSP}Mio.${NBSP}€`);
    expect(formatMoneyCompact(12_549_000)).toBe(`12,5${NBSP}Mio.${NBSP}€`);
    expect(formatMoneyCompact(1200000000)).toBe(`1,2${NBSP}Mrd.${NBSP}€`);
  });

  it('rounds from a thousand on to three significant digits, in whole euros', () => {
    expect(formatMoneyCompact(850_000)).toBe(`850.000${NBSP}€`);
    expect(formatMoneyCompact(850_400)).toBe(`850.000${NBSP}€`);
    expect(formatMoneyCompact(12_345)).toBe(`12.300${NBSP}€`);
    expect(formatMoneyCompact(1250.5)).toBe(`1.250${NBSP}€`);
    expect(formatMoneyCompact(1000)).toBe(`1.000${NBSP}€`);
  });

  it('writes amounts below a thousand in whole euros', () => {
    expect(formatMoneyCompact(999.4)).toBe(`999${NBSP}€`);
    expect(formatMoneyCompact(480.5)).toBe(`481${NBSP}€`);
    expect(formatMoneyCompact(0)).toBe(`0${NBSP}€`);
  });

  it('switches to millions where three digits would reach a million', () => {
    expect(formatMoneyCompact(999_499)).toBe(`999.000${NBSP}€`);
    expect(formatMoneyCompact(999_500)).toBe(`1,0${NBSP}Mio.${NBSP}€`);
    expect(formatMoneyCompact(999_950_000)).toBe(`1,0${NBSP}Mrd.${NBSP}€`);
  });
});

describe('formatPercent and formatCount', () => {
  it('writes percentages from 0–100', () => {
    expect(formatPercent(45)).toBe(`45${NBSP}%`);
    expect(formatPercent(45.5)).toBe(`45,5${NBSP}%`);
    expect(formatPercent(100)).toBe(`100${NBSP}%`);
    expect(formatPercent(0)).toBe(`0${NBSP}%`);
  });

  it('groups counts', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(12)).toBe('12');
  });
});

describe('time zones', () => {
  const script = `
    import * as f from ${JSON.stringify(fileURLToPath(new URL('./format.ts', import.meta.url)))};
    const dates = [
      { precision: 'day', iso: '2026-01-01' }, { precision: 'day', iso: '2026-12-31' },
      { precision: 'day', iso: '2024-02-29' }, { precision: 'month', iso: '2026-11' }, { precision: 'year', iso: '2026' },
    ];
    console.log(JSON.stringify({
      offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
      out: dates.flatMap((d) => [f.formatPartialDate(d), f.formatDateLong(d)]),
    }));
  `;
  const run = (tz: string): { offset: number; out: string[] } =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }),
    );

  it('formats the same days under UTC+14 and UTC−10', () => {
    const east = run('Pacific/Kiritimati');
    const west = run('America/Adak');
    // The zones really took effect in the child processes …
    expect(east.offset).toBe(-14 * 60);
    expect(west.offset).toBe(10 * 60);
    // … and change nothing.
    expect(east.out).toEqual(west.out);
    expect(east.out).toEqual([
      '01.01.2026',
      '1. Januar 2026',
      '31.12.2026',
      '31. Dezember 2026',
      '29.02.2024',
      '29. Februar 2024',
      'November 2026',
      'November 2026',
      '2026',
      '2026',
    ]);
  });
});

describe('decimalsOf and formatDecimal with a precision', () => {
  it('finds the most decimals a series is given with, up to three', () => {
    expect(decimalsOf([27, 27.9, 28.3])).toBe(1);
    expect(decimalsOf([1250, 980])).toBe(0);
    expect(decimalsOf([0.125, 2])).toBe(3);
    expect(decimalsOf([0.12345])).toBe(3);
    expect(decimalsOf([0.1 + 0.2])).toBe(1);
    expect(decimalsOf([])).toBe(0);
  });

  it('pads a value to the series precision, never rounding one away', () => {
    expect(formatDecimal(27, 1)).toBe('27,0');
    expect(formatDecimal(27.9, 1)).toBe('27,9');
    expect(formatDecimal(1234, 0)).toBe('1.234');
    expect(formatDecimal(0.125, 1)).toBe('0,125');
  });
});

describe('formatDecimal and formatRate', () => {
  it('writes measured values with German digits, up to three decimals', () => {
    expect(formatDecimal(7.42)).toBe('7,42');
    expect(formatDecimal(1234)).toBe('1.234');
    expect(formatDecimal(0.1256)).toBe('0,126');
    expect(formatDecimal(-3.5)).toBe('-3,5');
  });

  it('gives derived figures no more precision than they carry', () => {
    expect(formatRate(0.2134)).toBe('0,21');
    expect(formatRate(0.001234)).toBe('0,0012');
    expect(formatRate(2.345)).toBe('2,35');
    expect(formatRate(12.345)).toBe('12,3');
    expect(formatRate(1234.5)).toBe('1.235');
    expect(formatRate(-0.35)).toBe('-0,35');
    expect(formatRate(0)).toBe('0');
  });
});
