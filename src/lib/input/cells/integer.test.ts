import { describe, expect, it } from 'vitest';
import { parseIntegerInRange, parseIntegerList } from './integer.ts';
import { booleanCell, errorCell, numberCell, textCell } from './test-cells.ts';

const parseProductArea = parseIntegerInRange(1, 6, 'Produktbereich');
const parseSdg = parseIntegerInRange(1, 17, 'SDG');
const parseSdgs = parseIntegerList(1, 17, 'SDG');

describe('parseIntegerInRange', () => {
  it('gives null for empty cells and reports errors', () => {
    expect(parseProductArea(undefined)).toEqual({ ok: true, value: null });
    expect(parseProductArea(textCell(' '))).toEqual({ ok: true, value: null });
    expect(parseProductArea(errorCell('#REF!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each([
    ['5', 5],
    [' 5 ', 5],
    ['PB 5', 5],
    ['PB5', 5],
    ['PB. 5', 5],
    ['Produktbereich 5', 5],
    ['5 Gestaltung der Umwelt', 5],
    ['5 - Gestaltung der Umwelt', 5],
    ['5: Gestaltung der Umwelt', 5],
    ['5,0', 5],
    ['05', 5],
    ['5.', 5],
  ])('reads „%s“', (input, expected) => {
    expect(parseProductArea(textCell(input))).toEqual({ ok: true, value: expected });
  });

  it('reads SDG prefixes', () => {
    expect(parseSdg(textCell('SDG 13'))).toEqual({ ok: true, value: 13 });
    expect(parseSdg(textCell('SDG-13'))).toEqual({ ok: true, value: 13 });
    expect(parseSdg(textCell('SDG 13 Maßnahmen zum Klimaschutz'))).toEqual({ ok: true, value: 13 });
  });

  it('reads whole-number cells', () => {
    expect(parseProductArea(numberCell(5))).toEqual({ ok: true, value: 5 });
    expect(parseProductArea(numberCell(5.0))).toEqual({ ok: true, value: 5 });
  });

  it.each([
    [numberCell(5.5)],
    [textCell('5,5')],
    [textCell('fünf')],
    [textCell('5 6')],
    [textCell('PB')],
    [booleanCell(true)],
  ])('refuses what is no whole number', (cell) => {
    const result = parseProductArea(cell);
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    if (!result.ok)
      expect(result.message).toContain(
        'ist keine gültige Angabe für Produktbereich. Erwartet wird eine ganze Zahl von 1 bis 6.',
      );
  });

  it('refuses numbers out of range and names the range', () => {
    const pa = parseProductArea(numberCell(7));
    expect(pa).toMatchObject({ ok: false, code: 'value.out-of-range' });
    expect(!pa.ok && pa.message).toBe(
      '„7“ liegt außerhalb des erlaubten Bereichs für Produktbereich. Erlaubt sind ganze Zahlen von 1 bis 6.',
    );
    expect(parseProductArea(textCell('PB 0'))).toMatchObject({ ok: false, code: 'value.out-of-range' });
    const sdg = parseSdg(textCell('SDG 18'));
    expect(sdg).toMatchObject({ ok: false, code: 'value.out-of-range' });
    expect(!sdg.ok && sdg.message).toContain('„SDG 18“');
  });
});

describe('parseIntegerList', () => {
  it('gives null for empty cells and reports errors', () => {
    expect(parseSdgs(undefined)).toEqual({ ok: true, value: null });
    expect(parseSdgs(textCell(' ; '))).toEqual({ ok: true, value: null });
    expect(parseSdgs(errorCell('#NV'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it('reads „und“, „/“ and „&“ as separators, but not inside an SDG name', () => {
    expect(parseSdgs(textCell('11 und 13'))).toEqual({ ok: true, value: [11, 13] });
    expect(parseSdgs(textCell('3 / 4 & 5'))).toEqual({ ok: true, value: [3, 4, 5] });
    expect(parseSdgs(textCell('12 Nachhaltige/r Konsum und Produktion'))).toEqual({ ok: true, value: [12] });
  });

  it('reads lists, de-duplicated and sorted', () => {
    expect(parseSdgs(textCell('3; 11, 13'))).toEqual({ ok: true, value: [3, 11, 13] });
    expect(parseSdgs(textCell('SDG 13, SDG 3'))).toEqual({ ok: true, value: [3, 13] });
    expect(parseSdgs(textCell('13\n3\n13; 11'))).toEqual({ ok: true, value: [3, 11, 13] });
    expect(parseSdgs(textCell('3 Gesundheit und Wohlergehen; 13 Maßnahmen zum Klimaschutz'))).toEqual({
      ok: true,
      value: [3, 13],
    });
  });

  it('reads a number cell as a list of one', () => {
    expect(parseSdgs(numberCell(13))).toEqual({ ok: true, value: [13] });
  });

  it('names every bad item, out of range only', () => {
    const result = parseSdgs(textCell('3; 18; 0'));
    expect(result).toMatchObject({ ok: false, code: 'value.out-of-range' });
    if (!result.ok) {
      expect(result.message).toContain('„18“');
      expect(result.message).toContain('„0“');
      expect(result.message).not.toContain('„3“');
    }
  });

  it('is invalid when any item is unreadable', () => {
    const result = parseSdgs(textCell('3; 18; Klima'));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    if (!result.ok) expect(result.message).toContain('„Klima“');
  });

  it('refuses a non-integer number cell and booleans', () => {
    expect(parseSdgs(numberCell(3.13))).toMatchObject({ ok: false, code: 'value.invalid' });
    expect(parseSdgs(booleanCell(false))).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});
