import { describe, expect, it } from 'vitest';
import { parseMeasureType } from './measure-type.ts';
import { errorCell, textCell } from './test-cells.ts';

describe('parseMeasureType', () => {
  it('gives null for empty cells and reports errors', () => {
    expect(parseMeasureType(undefined)).toEqual({ ok: true, value: null });
    expect(parseMeasureType(errorCell('#NV'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each([
    ['Schlüsselmaßnahme', 'key'],
    ['Schluesselmassnahme', 'key'],
    ['schlüsselmassnahme', 'key'],
    ['SM', 'key'],
    ['sm', 'key'],
    ['Schlüsselmaßnahmen', 'key'],
    ['Beschluss der Selbstverwaltung', 'council'],
    ['beschluss  der\nSelbstverwaltung', 'council'],
    ['Maßnahme der Verwaltung', 'administration'],
    ['Massnahme der Verwaltung ', 'administration'],
  ])('reads „%s“', (input, expected) => {
    expect(parseMeasureType(textCell(input))).toEqual({ ok: true, value: expected });
  });

  it('refuses unknown kinds, listing the valid ones and the closest', () => {
    const result = parseMeasureType(textCell('Schlüsselmasnahme'));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    expect(!result.ok && result.message).toBe(
      '„Schlüsselmasnahme“ ist keine gültige Art der Maßnahme. Erlaubt sind „Schlüsselmaßnahme“, „Beschluss der Selbstverwaltung“ und „Maßnahme der Verwaltung“. Meinten Sie „Schlüsselmaßnahme“?',
    );
  });

  it('suggests the kind whose words a compound or another word order contains, not the nearest spelling', () => {
    const suggestionFor = (text: string) => {
      const result = parseMeasureType(textCell(text));
      return !result.ok && /Meinten Sie „([^“]+)“\?/.exec(result.message)?.[1];
    };
    expect(suggestionFor('Verwaltungsmaßnahme')).toBe('Maßnahme der Verwaltung');
    expect(suggestionFor('Verwaltungsmassnahmen')).toBe('Maßnahme der Verwaltung');
    expect(suggestionFor('Selbstverwaltungsbeschluss')).toBe('Beschluss der Selbstverwaltung');
    expect(suggestionFor('Schlüsselmaßnahme (SM)')).toBe('Schlüsselmaßnahme');
  });

  it('suggests nothing for unrelated words', () => {
    const result = parseMeasureType(textCell('Sonstiges'));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    expect(!result.ok && result.message).not.toContain('Meinten Sie');
  });
});
