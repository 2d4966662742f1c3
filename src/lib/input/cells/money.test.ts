import { describe, expect, it } from 'vitest';
import { formatFactor, parseMoney, parseMoneyAmount, parseMoneyText } from './money.ts';
import { booleanCell, errorCell, numberCell, textCell } from './test-cells.ts';

const ok = (value: number | null) => ({ ok: true, value });

describe('parseMoney: empty and errors', () => {
  it('gives null for missing or blank cells', () => {
    expect(parseMoney(undefined)).toEqual(ok(null));
    expect(parseMoney(textCell(' \u00a0'))).toEqual(ok(null));
  });

  it('reports an Excel error', () => {
    expect(parseMoney(errorCell('#REF!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });
});

describe('parseMoney: number cells', () => {
  it('reads euros', () => {
    expect(parseMoney(numberCell(1250000))).toEqual(ok(1250000));
    expect(parseMoney(numberCell(1250000.5, { format: '#,##0.00 €' }))).toEqual(ok(1250000.5));
    expect(parseMoney(numberCell(0))).toEqual(ok(0));
  });

  it('rounds to cents', () => {
    expect(parseMoney(numberCell(1234.5678))).toEqual(ok(1234.57));
  });

  it('takes a thousands unit in the number format into account', () => {
    expect(parseMoney(numberCell(250, { format: '#,##0 "T€"', text: '250 T€' }))).toEqual(ok(250000));
    expect(parseMoney(numberCell(1.5, { format: '0.0 "Mio. €"', text: '1.5 Mio. €' }))).toEqual(ok(1500000));
  });

  it('does not scale twice when the format divides by thousands itself', () => {
    expect(parseMoney(numberCell(250000, { format: '#,##0, "T€"', text: '250 T€' }))).toEqual(ok(250000));
  });

  it('refuses negative amounts as out of range', () => {
    const result = parseMoney(numberCell(-100, { text: '-100 €' }));
    expect(result).toMatchObject({ ok: false, code: 'value.out-of-range' });
    if (!result.ok)
      expect(result.message).toBe('„-100 €“ ist ein negativer Betrag. Erwartet wird ein Betrag von 0 € oder mehr.');
  });

  it('refuses booleans', () => {
    expect(parseMoney(booleanCell(true))).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});

describe('parseMoney: text', () => {
  it.each([
    ['1.250.000 €', 1250000],
    ['1.250.000,50 EUR', 1250000.5],
    ['1.250.000,50\u00a0€', 1250000.5],
    ['1250000', 1250000],
    ['1.250.000,-', 1250000],
    ['1.250.000,– €', 1250000],
    ['1.250.000,-- EUR', 1250000],
    ['1.250', 1250],
    ['1,5', 1.5],
    ['1250,5', 1250.5],
    ['1250.50', 1250.5],
    ['1 250 000 €', 1250000],
    ['€ 1.250', 1250],
    ['EUR 1.250,00', 1250],
    ['1.250 Euro', 1250],
    ['250 T€', 250000],
    ['250 TEUR', 250000],
    ['250 T EUR', 250000],
    ['250 Tsd. €', 250000],
    ['250 Tsd €', 250000],
    ['250 tsd.', 250000],
    ['250 Tausend Euro', 250000],
    ['250 k€', 250000],
    ['1,5 Mio. €', 1500000],
    ['1,5 Mio €', 1500000],
    ['1,5 Mio.', 1500000],
    ['1,1 Mio. €', 1100000],
    ['2 Millionen Euro', 2000000],
    ['1,2 Mrd. €', 1200000000],
    ['0 €', 0],
  ])('reads „%s“', (input, expected) => {
    expect(parseMoney(textCell(input))).toEqual(ok(expected));
  });

  it.each(['-1.250 €', '- 1.250 €', '€ -1.250', '−500 €', '-250 T€'])('refuses the negative amount „%s“', (input) => {
    const result = parseMoney(textCell(input));
    expect(result).toMatchObject({ ok: false, code: 'value.out-of-range' });
    if (!result.ok) expect(result.message).toContain(`„${input}“`);
  });

  it.each([
    'offen',
    '250 T',
    '250 $',
    '1,250,000',
    '1.250.000.50',
    '1.25.000',
    '€',
    '250 € + 10 €',
    '12.11.2026 €',
    'Mio. €',
  ])('refuses „%s“ with a message quoting it', (input) => {
    const result = parseMoney(textCell(input));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    if (!result.ok) {
      expect(result.message).toBe(
        `„${input}“ ist kein gültiger Geldbetrag. Erwartet wird ein Betrag in Euro, z. B. 1.250.000 €, 1.250.000,50 EUR, 250 T€ oder 1,5 Mio. €.`,
      );
    }
  });
});

describe('parseMoney: approximate figures and ranges', () => {
  it('reads „ca.“ and „rd.“ amounts with a warning that the figure is approximate', () => {
    for (const [text, amount] of [
      ['ca. 500.000 €', 500000],
      ['rd. 1 Mio. €', 1000000],
      ['circa 250 T€', 250000],
      ['etwa 12.500,50 EUR', 12500.5],
      ['~ 80.000 €', 80000],
    ] as const) {
      const result = parseMoney(textCell(text));
      expect(result, text).toMatchObject({ ok: true, value: amount });
      expect(result.ok && result.warnings?.map((w) => w.code), text).toEqual(['value.approximate-money']);
      expect(result.ok && result.warnings?.[0]?.message).toContain(`„${text}“ ist ein ungefährer Betrag`);
    }
  });

  it('reads an exact amount without a warning', () => {
    expect(parseMoney(textCell('500.000 €'))).toEqual({ ok: true, value: 500000 });
  });

  it('refuses a range, naming it as such and the accepted forms', () => {
    for (const text of ['500.000 bis 700.000 €', '500.000 - 700.000 €', '1–2 Mio. €', 'ca. 500.000 bis 700.000 €']) {
      const result = parseMoney(textCell(text));
      expect(result, text).toMatchObject({ ok: false, code: 'value.invalid' });
      expect(!result.ok && result.message, text).toContain('ist eine Spanne, kein Betrag');
    }
  });
});

describe('parseMoneyAmount', () => {
  it('keeps whether the figure was approximate, with the warning', () => {
    const rough = parseMoneyAmount(textCell('ca. 500.000 €'));
    expect(rough).toMatchObject({ ok: true, value: { amount: 500000, approximate: true } });
    expect(rough.ok && rough.warnings?.map((w) => w.code)).toEqual(['value.approximate-money']);
    expect(parseMoneyAmount(textCell('500.000 €'))).toEqual({
      ok: true,
      value: { amount: 500000, approximate: false },
    });
    expect(parseMoneyAmount(numberCell(80))).toEqual({ ok: true, value: { amount: 80, approximate: false } });
  });

  it('passes empty cells and refusals through unchanged', () => {
    expect(parseMoneyAmount(undefined)).toEqual({ ok: true, value: null });
    expect(parseMoneyAmount(textCell('500.000 bis 700.000 €'))).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});

describe('parseMoneyText', () => {
  it('gives negative amounts as such, for the caller to judge', () => {
    expect(parseMoneyText('-5 €')).toBe(-5);
  });
});

describe('formatFactor', () => {
  it('finds units in quoted text, escapes and currency tags', () => {
    expect(formatFactor(null)).toBe(1);
    expect(formatFactor('#,##0.00 €')).toBe(1);
    expect(formatFactor('#,##0 "TEUR"')).toBe(1000);
    expect(formatFactor('#,##0 \\T\\€')).toBe(1000);
    expect(formatFactor('#,##0 [$T€-407]')).toBe(1000);
    expect(formatFactor('#,##0,, "Mio. €"')).toBe(1);
    expect(formatFactor('#,##0, "Mio. €"')).toBe(1000);
  });
});
