import { describe, expect, it } from 'vitest';
import { parseList, parseTextList, splitList } from './list.ts';
import { errorCell, numberCell, textCell } from './test-cells.ts';

describe('splitList', () => {
  it('splits at semicolons, commas and line breaks', () => {
    expect(splitList('Z1; Z2, Z3\nZ4\r\nZ5')).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5']);
  });

  it('trims items and drops empty ones', () => {
    expect(splitList(' ;Altstadt ,, \u00a0Nord\u00a0;\n')).toEqual(['Altstadt', 'Nord']);
  });

  it('collapses white space inside an item', () => {
    expect(splitList('Stadtplanung  und\t-entwicklung')).toEqual(['Stadtplanung und -entwicklung']);
  });

  it('keeps each item once, in the order first seen', () => {
    expect(splitList('13; 3, 13; 11; 3')).toEqual(['13', '3', '11']);
  });

  it('splits at a comma even between digits', () => {
    expect(splitList('3,13')).toEqual(['3', '13']);
  });

  it('splits at „ und “, „ / “ and „ & “ between spaces, in any case', () => {
    expect(splitList('66 und 67')).toEqual(['66', '67']);
    expect(splitList('61 / 66 & 67 UND 68')).toEqual(['61', '66', '67', '68']);
  });

  it('keeps „und“ next to a hyphen and a slash without spaces inside an item', () => {
    expect(splitList('Bau- und Umweltausschuss; Stadtplanung und -entwicklung')).toEqual([
      'Bau- und Umweltausschuss',
      'Stadtplanung und -entwicklung',
    ]);
    expect(splitList('5/1; Stadtmitte/Nord')).toEqual(['5/1', 'Stadtmitte/Nord']);
    expect(splitList('Grundschule')).toEqual(['Grundschule']);
  });

  it('splits only at punctuation with words: false', () => {
    expect(splitList('ISEK 2020 und Klimaschutzkonzept, Rat', { words: false })).toEqual([
      'ISEK 2020 und Klimaschutzkonzept',
      'Rat',
    ]);
  });

  it('gives an empty list for separators only', () => {
    expect(splitList(' ; , \n')).toEqual([]);
  });
});

describe('parseList', () => {
  it('gives null for an empty cell', () => {
    expect(parseList(undefined)).toEqual({ ok: true, value: null });
    expect(parseList(textCell('  '))).toEqual({ ok: true, value: null });
    expect(parseList(textCell(' ; '))).toEqual({ ok: true, value: null });
  });

  it('reads a text list', () => {
    expect(parseList(textCell('1.1; 1.2\n2.1'))).toEqual({ ok: true, value: ['1.1', '1.2', '2.1'] });
  });

  it('reads a number cell as one item', () => {
    expect(parseList(numberCell(13))).toEqual({ ok: true, value: ['13'] });
    expect(parseList(numberCell(7, { text: '007' }))).toEqual({ ok: true, value: ['007'] });
  });

  it('reports an Excel error', () => {
    expect(parseList(errorCell('#NAME?'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });
});

describe('parseTextList', () => {
  it('keeps „und“ inside a source name', () => {
    expect(parseTextList(textCell('Beschluss des Bau und Umweltausschusses; ISEK 2020'))).toEqual({
      ok: true,
      value: ['Beschluss des Bau und Umweltausschusses', 'ISEK 2020'],
    });
  });
});
