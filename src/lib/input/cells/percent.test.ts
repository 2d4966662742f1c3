import { describe, expect, it } from 'vitest';
import { isPercentFormat, parsePercent } from './percent.ts';
import { booleanCell, errorCell, numberCell, textCell } from './test-cells.ts';

const ok = (value: number | null) => ({ ok: true, value });

describe('parsePercent', () => {
  it('gives null for missing or blank cells and reports errors', () => {
    expect(parsePercent(undefined)).toEqual(ok(null));
    expect(parsePercent(textCell('  '))).toEqual(ok(null));
    expect(parsePercent(errorCell('#DIV/0!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each([
    ['45', 45],
    ['45 %', 45],
    ['45%', 45],
    ['45\u00a0%', 45],
    ['45,5 %', 45.5],
    ['45.5', 45.5],
    ['0', 0],
    ['100 %', 100],
    ['45 Prozent', 45],
  ])('reads the text „%s“', (input, expected) => {
    expect(parsePercent(textCell(input))).toEqual(ok(expected));
  });

  it('reads a plain number cell as the percentage itself', () => {
    expect(parsePercent(numberCell(45))).toEqual(ok(45));
    expect(parsePercent(numberCell(45.5))).toEqual(ok(45.5));
  });

  it('reads a percent-formatted number cell as a fraction', () => {
    expect(parsePercent(numberCell(0.45, { format: '0%', text: '45%' }))).toEqual(ok(45));
    expect(parsePercent(numberCell(0.145, { format: '0.0%' }))).toEqual(ok(14.5));
    expect(parsePercent(numberCell(1, { format: '0%' }))).toEqual(ok(100));
  });

  it('does not guess that a plain 0.45 meant 45 %, but warns that it may have', () => {
    const result = parsePercent(numberCell(0.45));
    expect(result).toMatchObject(ok(0.45));
    expect(result.ok && result.warnings).toEqual([
      {
        code: 'value.percent-fraction',
        message: expect.stringContaining('„0.45“ wird als 0,45 % gelesen. War 45 % gemeint?'),
      },
    ]);
  });

  it.each(['0,5', '0.5', '1,0', '0,05'])(
    'reads the text „%s“ as typed, with a warning that it may mean a fraction',
    (input) => {
      const result = parsePercent(textCell(input));
      expect(result.ok && result.value).toBe(Number(input.replace(',', '.')));
      expect(result.ok && result.warnings?.map((w) => w.code)).toEqual(['value.percent-fraction']);
    },
  );

  it('warns about „0,5“ with the 50 % it may have meant', () => {
    const result = parsePercent(textCell('0,5'));
    expect(result.ok && result.warnings?.[0]?.message).toContain(
      '„0,5“ wird als 0,5 % gelesen. War 50 % gemeint? Dann bitte 50 eintragen.',
    );
  });

  it.each([
    textCell('1'),
    textCell('0'),
    textCell('0,5 %'),
    textCell('1,5'),
    numberCell(1),
    numberCell(0.5, { format: '0%' }),
    textCell('45'),
  ])('does not warn about %j (whole number, a percent sign, over 1, or a percent format)', (cell) => {
    const result = parsePercent(cell);
    expect(result.ok && result.warnings).toBeUndefined();
  });

  it.each([
    [numberCell(120)],
    [numberCell(1.2, { format: '0%', text: '120%' })],
    [numberCell(-5)],
    [textCell('101 %')],
    [textCell('-5 %')],
  ])('refuses values outside 0–100 and names the range', (cell) => {
    const result = parsePercent(cell);
    expect(result).toMatchObject({ ok: false, code: 'value.out-of-range' });
    if (!result.ok) expect(result.message).toContain('von 0 bis 100');
  });

  it('quotes what Excel shows in the range message', () => {
    const result = parsePercent(numberCell(1.2, { format: '0%', text: '120%' }));
    expect(!result.ok && result.message).toBe(
      '„120%“ liegt außerhalb des erlaubten Bereichs. Erwartet wird eine Prozentangabe von 0 bis 100.',
    );
  });

  it.each(['viel', '45 % bis 50 %', 'ca. 45 %', '45 €'])('refuses „%s“', (input) => {
    const result = parsePercent(textCell(input));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    if (!result.ok) expect(result.message).toContain(`„${input}“ ist keine gültige Prozentangabe`);
  });

  it('refuses a boolean', () => {
    expect(parsePercent(booleanCell(true))).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});

describe('isPercentFormat', () => {
  it('looks for % outside quoted text', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.0 %')).toBe(true);
    expect(isPercentFormat('0 "%"')).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
  });
});
