import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysInMonth,
  endOfPartialDate,
  isLeapYear,
  monthsBetween,
  parseDate,
  parseDateText,
  parseEndDate,
  partialDateOfQuarter,
  partialDateFromParts,
  precisionOfDateFormat,
  startOfPartialDate,
} from './date.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { booleanCell, errorCell, numberCell, textCell } from './test-cells.ts';

const day = (iso: string): PartialDate => ({ precision: 'day', iso });
const month = (iso: string): PartialDate => ({ precision: 'month', iso });
const year = (iso: string): PartialDate => ({ precision: 'year', iso });
const quarter = (iso: string): PartialDate => ({ precision: 'quarter', iso });
const ok = (value: PartialDate | null) => ({ ok: true, value });

describe('parseDate: empty and errors', () => {
  it('gives null for a missing or blank cell', () => {
    expect(parseDate(undefined)).toEqual(ok(null));
    expect(parseDate(textCell(' \u00a0 '))).toEqual(ok(null));
  });

  it('reports an Excel error', () => {
    expect(parseDate(errorCell('#WERT!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });
});

describe('parseDate: Excel dates', () => {
  it('takes the calendar date the reader resolved', () => {
    const cell = numberCell(46338, {
      date: { year: 2026, month: 11, day: 12 },
      format: 'dd.mm.yyyy',
      text: '12.11.2026',
    });
    expect(parseDate(cell)).toEqual(ok(day('2026-11-12')));
  });

  it('keeps a month when the date format shows only month and year', () => {
    const cell = numberCell(46327, { date: { year: 2026, month: 11, day: 1 }, format: 'mmm yy', text: 'Nov 26' });
    expect(parseDate(cell)).toEqual(ok(month('2026-11')));
  });

  it('keeps a year when the date format shows only the year', () => {
    const cell = numberCell(46023, { date: { year: 2026, month: 1, day: 1 }, format: 'yyyy' });
    expect(parseDate(cell)).toEqual(ok(year('2026')));
  });

  it('refuses a resolved date outside 1900–2199', () => {
    const cell = numberCell(1, { date: { year: 1899, month: 12, day: 31 }, text: '31.12.1899' });
    expect(parseDate(cell)).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});

describe('precisionOfDateFormat', () => {
  it('reads the codes, not quoted text or locale tags', () => {
    expect(precisionOfDateFormat(null)).toBe('day');
    expect(precisionOfDateFormat('dd.mm.yyyy')).toBe('day');
    expect(precisionOfDateFormat('[$-407]mmmm yyyy')).toBe('month');
    expect(precisionOfDateFormat('mm/yyyy')).toBe('month');
    expect(precisionOfDateFormat('"Jahr "yyyy')).toBe('year');
    expect(precisionOfDateFormat('\\d yyyy')).toBe('year');
    expect(precisionOfDateFormat('dd. mmm')).toBe('day');
  });
});

describe('parseDate: years as numbers', () => {
  it('reads a plain number cell between 1900 and 2199 as a year', () => {
    expect(parseDate(numberCell(2026))).toEqual(ok(year('2026')));
    expect(parseDate(numberCell(1900))).toEqual(ok(year('1900')));
    expect(parseDate(numberCell(2199))).toEqual(ok(year('2199')));
  });

  it('refuses other numbers: no guessing of serial day numbers', () => {
    for (const n of [46338, 1899, 2200, 2026.5, 12]) {
      expect(parseDate(numberCell(n))).toMatchObject({ ok: false, code: 'value.invalid' });
    }
  });

  it('says when a number looks like a date that lost its format, and still refuses it', () => {
    const result = parseDate(numberCell(46346, { serialDate: { year: 2026, month: 11, day: 20 } }));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    expect(!result.ok && result.message).toBe(
      '„46346“ ist eine Zahl, kein Datum. Als Datum formatiert zeigt die Zelle den 20.11.2026. Vermutlich hat sie ihr Datumsformat verloren. Bitte die Zelle als Datum formatieren (Zellen formatieren › Zahlen › Datum) oder das Datum als 20.11.2026 eintragen.',
    );
    expect(parseEndDate(numberCell(47154, { serialDate: { year: 2029, month: 2, day: 5 } }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('zeigt die Zelle den 05.02.2029'),
    });
  });

  it('refuses a boolean', () => {
    expect(parseDate(booleanCell(true))).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});

describe('parseDate: text', () => {
  it.each([
    ['12.11.2026', day('2026-11-12')],
    ['1.2.2026', day('2026-02-01')],
    ['1.2.26', day('2026-02-01')],
    ['12.11.26', day('2026-11-12')],
    ['12. 11. 2026', day('2026-11-12')],
    ['12.11.2026 14:30', day('2026-11-12')],
    ['12.11.2026, 14:30:00 Uhr', day('2026-11-12')],
    ['12.11.2026.', day('2026-11-12')],
    ['  12.11.2026\u00a0', day('2026-11-12')],
    ['2026-11-12', day('2026-11-12')],
    ['2026-11-12T00:00:00Z', day('2026-11-12')],
    ['2026-11-12 23:30', day('2026-11-12')],
    ['11/2026', month('2026-11')],
    ['3/2026', month('2026-03')],
    ['03/2026', month('2026-03')],
    ['11.2026', month('2026-11')],
    ['2026-11', month('2026-11')],
    ['2026', year('2026')],
    ['2026.', year('2026')],
  ])('reads „%s“', (input, expected) => {
    expect(parseDate(textCell(input))).toEqual(ok(expected));
  });

  it('accepts leap days only in leap years', () => {
    expect(parseDate(textCell('29.02.2024'))).toEqual(ok(day('2024-02-29')));
    expect(parseDate(textCell('29.02.2000'))).toEqual(ok(day('2000-02-29')));
    expect(parseDate(textCell('29.02.2026'))).toMatchObject({ ok: false });
    expect(parseDate(textCell('29.02.2100'))).toMatchObject({ ok: false });
  });

  it.each([
    '32.13.2026',
    '31.02.2026',
    '31.04.2026',
    '00.01.2026',
    '2026-13-01',
    '2026-02-30',
    '13/2026',
    '0/2026',
    '12.11.202',
    '1850',
    'Q5 2026',
    'Herbst 2026',
    'demnächst',
    '12.11.2026 bis 13.11.2026',
    '11/12/2026',
  ])('refuses „%s“ with a message quoting it', (input) => {
    const result = parseDate(textCell(input));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    if (!result.ok) {
      expect(result.message).toBe(
        `„${input}“ ist kein gültiges Datum. Erwartet wird ein Tag (12.11.2026), ein Monat (11/2026 oder November 2026), ein Quartal (Q3/2026 oder 3. Quartal 2026) oder ein Jahr (2026).`,
      );
    }
  });

  it('does not depend on the time zone: the ISO day is what was written', () => {
    expect(parseDateText('2026-01-01T00:30:00+14:00')).toEqual(day('2026-01-01'));
    expect(parseDateText('31.12.2026 23:59')).toEqual(day('2026-12-31'));
  });
});

describe('calendar helpers', () => {
  it('knows leap years and month lengths', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('builds partial dates from parts, or null', () => {
    expect(partialDateFromParts(2026)).toEqual(year('2026'));
    expect(partialDateFromParts(2026, 3)).toEqual(month('2026-03'));
    expect(partialDateFromParts(2026, 3, 9)).toEqual(day('2026-03-09'));
    expect(partialDateFromParts(2026, null, 9)).toBeNull();
    expect(partialDateFromParts(2026, 2, 29)).toBeNull();
    expect(partialDateFromParts(2026, 0)).toBeNull();
    expect(partialDateFromParts(2026.5)).toBeNull();
    expect(partialDateFromParts(1899)).toBeNull();
  });

  it('gives the first and last day of a partial date', () => {
    expect(startOfPartialDate(year('2026'))).toBe('2026-01-01');
    expect(endOfPartialDate(year('2026'))).toBe('2026-12-31');
    expect(startOfPartialDate(month('2024-02'))).toBe('2024-02-01');
    expect(endOfPartialDate(month('2024-02'))).toBe('2024-02-29');
    expect(endOfPartialDate(month('2026-02'))).toBe('2026-02-28');
    expect(endOfPartialDate(month('2026-11'))).toBe('2026-11-30');
    expect(startOfPartialDate(day('2026-11-12'))).toBe('2026-11-12');
    expect(endOfPartialDate(day('2026-11-12'))).toBe('2026-11-12');
  });

  it('orders partial dates by their earliest day, the more precise first on ties', () => {
    const dates = [
      year('2026'),
      day('2026-03-01'),
      month('2025-12'),
      month('2026-01'),
      day('2026-01-01'),
      year('2025'),
    ];
    expect([...dates].sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '2025',
      '2025-12',
      '2026-01-01',
      '2026-01',
      '2026',
      '2026-03-01',
    ]);
    expect(comparePartialDates(day('2026-11-12'), day('2026-11-12'))).toBe(0);
    expect(comparePartialDates(day('2026-11-13'), day('2026-11-12'))).toBeGreaterThan(0);
  });

  it('counts whole months between two days', () => {
    expect(monthsBetween('2026-01-15', '2026-03-14')).toBe(1);
    expect(monthsBetween('2026-01-15', '2026-03-15')).toBe(2);
    expect(monthsBetween('2025-11-30', '2026-11-29')).toBe(11);
    expect(monthsBetween('2025-11-30', '2026-11-30')).toBe(12);
    expect(monthsBetween('2026-03-15', '2026-01-15')).toBe(-2);
    expect(monthsBetween('2026-03-15', '2026-01-16')).toBe(-1);
    expect(monthsBetween('2026-05-10', '2026-05-20')).toBe(0);
    expect(monthsBetween('2026', '2026-07-01')).toBe(6);
  });
});

describe('parseDate: month names and quarters, as people type them', () => {
  it('reads a month by name or abbreviation as that month, never as a day', () => {
    expect(parseDateText('März 2026')).toEqual(month('2026-03'));
    expect(parseDateText('MÄRZ 2026')).toEqual(month('2026-03'));
    expect(parseDateText('Mrz. 2026')).toEqual(month('2026-03'));
    expect(parseDateText('Nov. 2026')).toEqual(month('2026-11'));
    expect(parseDateText('nov 2026')).toEqual(month('2026-11'));
    expect(parseDateText('Sept. 2026')).toEqual(month('2026-09'));
    expect(parseDateText('Mai/2026')).toEqual(month('2026-05'));
    expect(parseDateText('Dezember 2030')).toEqual(month('2030-12'));
  });

  it('refuses words that are no month, and a month without a four-digit year', () => {
    expect(parseDateText('Sommer 2026')).toBeNull();
    expect(parseDateText('Frühjahr 2026')).toBeNull();
    expect(parseDateText('März 26')).toBeNull();
    expect(parseDateText('März')).toBeNull();
  });

  it('reads a quarter in its usual forms and keeps it a quarter', () => {
    for (const text of [
      'Q3/2026',
      'Q3 2026',
      'q3-2026',
      '2026-Q3',
      '3. Quartal 2026',
      '3. Qu. 2026',
      'III. Quartal 2026',
    ]) {
      expect(parseDateText(text), text).toEqual(quarter('2026-Q3'));
    }
    expect(parseDateText('Q1/2027')).toEqual(quarter('2027-Q1'));
    expect(parseDateText('IV. Quartal 2026')).toEqual(quarter('2026-Q4'));
  });

  it('refuses a fifth quarter', () => {
    expect(parseDateText('Q5/2026')).toBeNull();
    expect(parseDateText('5. Quartal 2026')).toBeNull();
    expect(partialDateOfQuarter(2026, 0)).toBeNull();
  });

  it('gives a quarter its first and last day, and orders it between its months and its year', () => {
    expect(startOfPartialDate(quarter('2026-Q3'))).toBe('2026-07-01');
    expect(endOfPartialDate(quarter('2026-Q3'))).toBe('2026-09-30');
    expect(endOfPartialDate(quarter('2024-Q1'))).toBe('2024-03-31');
    const sorted = [year('2026'), quarter('2026-Q3'), month('2026-07'), day('2026-07-01')].sort(comparePartialDates);
    expect(sorted.map((d) => d.iso)).toEqual(['2026', '2026-07-01', '2026-07', '2026-Q3']);
    expect(monthsBetween('2026-Q3', '2026-10-01')).toBe(3);
  });
});

describe('parseEndDate: deadlines written with „bis“', () => {
  it('reads „bis 2030“ as the year 2030, and keeps the precision written', () => {
    expect(parseEndDate(textCell('bis 2030'))).toEqual(ok(year('2030')));
    expect(parseEndDate(textCell('Bis Ende 2030'))).toEqual(ok(year('2030')));
    expect(parseEndDate(textCell('bis Q2/2027'))).toEqual(ok(quarter('2027-Q2')));
    expect(parseEndDate(textCell('bis März 2027'))).toEqual(ok(month('2027-03')));
    expect(parseEndDate(textCell('bis 30.06.2027'))).toEqual(ok(day('2027-06-30')));
  });

  it('reads every other date form like parseDate', () => {
    expect(parseEndDate(textCell('12.11.2026'))).toEqual(ok(day('2026-11-12')));
    expect(parseEndDate(textCell('2030'))).toEqual(ok(year('2030')));
  });

  it('refuses „bis“ in other date columns, and names the accepted forms', () => {
    const result = parseDate(textCell('bis 2030'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Q3/2026');
    const end = parseEndDate(textCell('bis bald'));
    expect(end.ok).toBe(false);
    if (!end.ok) expect(end.message).toContain('bis 2030');
  });
});
