import { describe, expect, it } from 'vitest';
import { normaliseText, parseKey, parseSingleLineText, parseText, toSingleLine } from './text.ts';
import { booleanCell, errorCell, numberCell, textCell } from './test-cells.ts';

describe('normaliseText', () => {
  it('turns non-breaking and other Unicode spaces into plain spaces and trims', () => {
    expect(normaliseText('\u00a0 Neubau\u202fSchule\u2009Nord \u00a0')).toBe('Neubau Schule Nord');
  });

  it('collapses runs of spaces and tabs within a line', () => {
    expect(normaliseText('a  \t b')).toBe('a b');
  });

  it('keeps line breaks, normalising CRLF and CR to LF and trimming trailing spaces', () => {
    expect(normaliseText('Zeile 1  \r\nZeile 2 \t\rZeile 3\n')).toBe('Zeile 1\nZeile 2\nZeile 3');
  });

  it('keeps the indentation of later lines, for nested lists', () => {
    expect(normaliseText('- a\n  - b  c\n\t- d\n\u00a0\u00a0- e')).toBe('- a\n  - b c\n    - d\n  - e');
  });

  it('keeps one empty line between paragraphs but no more', () => {
    expect(normaliseText('a\n\n\n\nb')).toBe('a\n\nb');
    expect(normaliseText('a\n \nb')).toBe('a\n\nb');
  });

  it('removes zero-width spaces and byte order marks', () => {
    expect(normaliseText('\ufeffNr.\u200b')).toBe('Nr.');
  });

  it('gives an empty string for white space only', () => {
    expect(normaliseText(' \n\u00a0\t')).toBe('');
  });
});

describe('toSingleLine', () => {
  it('joins lines with a space', () => {
    expect(toSingleLine('Neubau\r\nSchule  Nord')).toBe('Neubau Schule Nord');
  });
});

describe('parseText', () => {
  it('gives null for a missing, empty or blank cell', () => {
    expect(parseText(undefined)).toEqual({ ok: true, value: null });
    expect(parseText(textCell(''))).toEqual({ ok: true, value: null });
    expect(parseText(textCell(' \u00a0\n '))).toEqual({ ok: true, value: null });
  });

  it('reports an Excel error', () => {
    const result = parseText(errorCell('#REF!'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('value.formula-error');
      expect(result.message).toContain('„#REF!“');
    }
  });

  it('normalises text and keeps line breaks', () => {
    expect(parseText(textCell('  Erste Zeile\r\nZweite  Zeile '))).toEqual({
      ok: true,
      value: 'Erste Zeile\nZweite Zeile',
    });
  });

  it('writes numbers without float noise when Excel gives no text', () => {
    expect(parseText(numberCell(61))).toEqual({ ok: true, value: '61' });
    expect(parseText(numberCell(2024.5))).toEqual({ ok: true, value: '2024.5' });
    expect(parseText(numberCell(0.1 + 0.2))).toEqual({ ok: true, value: '0.3' });
  });

  it('prefers the text Excel shows for a number', () => {
    expect(parseText(numberCell(7, { text: '007' }))).toEqual({ ok: true, value: '007' });
  });

  it('gives Excel’s text for a boolean, or ja/nein without one', () => {
    expect(parseText(booleanCell(true))).toEqual({ ok: true, value: 'TRUE' });
    expect(parseText(booleanCell(false, { text: null }))).toEqual({ ok: true, value: 'nein' });
    expect(parseText(booleanCell(true, { text: null }))).toEqual({ ok: true, value: 'ja' });
  });
});

describe('parseSingleLineText', () => {
  it('turns line breaks into spaces', () => {
    expect(parseSingleLineText(textCell('Neubau\nSchule\r\n\r\nNord'))).toEqual({
      ok: true,
      value: 'Neubau Schule Nord',
    });
  });

  it('gives null for blank and reports errors', () => {
    expect(parseSingleLineText(textCell('  '))).toEqual({ ok: true, value: null });
    expect(parseSingleLineText(errorCell('#NV')).ok).toBe(false);
  });
});

describe('parseKey', () => {
  it('gives the same key for a number stored as number and as text', () => {
    expect(parseKey(numberCell(61))).toEqual(parseKey(textCell('61')));
    expect(parseKey(numberCell(61))).toEqual({ ok: true, value: '61' });
  });

  it('ignores number formats that add decimals', () => {
    expect(parseKey(numberCell(61, { text: '61.00', format: '0.00' }))).toEqual({ ok: true, value: '61' });
  });

  it('keeps leading zeros Excel shows', () => {
    expect(parseKey(numberCell(7, { text: '007', format: '000' }))).toEqual({ ok: true, value: '007' });
  });

  it('keeps decimal keys such as 13.1', () => {
    expect(parseKey(numberCell(13.1))).toEqual({ ok: true, value: '13.1' });
  });

  it('trims text keys and puts them on one line', () => {
    expect(parseKey(textCell('\u00a0M-2024-008 \n'))).toEqual({ ok: true, value: 'M-2024-008' });
    expect(parseKey(textCell('Z 1\n.2'))).toEqual({ ok: true, value: 'Z 1 .2' });
  });

  it('gives null for blank and reports errors', () => {
    expect(parseKey(undefined)).toEqual({ ok: true, value: null });
    expect(parseKey(errorCell('#DIV/0!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });
});

describe('normaliseText: the shortcut for clean text', () => {
  /** The rules without the shortcut, line by line, to compare with. */
  function reference(s: string): string {
    const line = (l: string): string => {
      const indent = /^[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/.exec(l)?.[0] ?? '';
      const rest = l
        .slice(indent.length)
        .replace(/[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ')
        .trimEnd();
      return rest === '' ? '' : indent.replace(/\t/g, '    ').replace(/[^ ]/g, ' ') + rest;
    };
    return s
      .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
      .replace(/[\u200b\ufeff]/gu, '')
      .split('\n')
      .map(line)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  it('gives the same result as the full rules on random texts with every kind of space', () => {
    const alphabet = [
      'a',
      'b',
      'Ä',
      '-',
      '1',
      ' ',
      ' ',
      ' ',
      '\n',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      '\u200b',
      '\ufeff',
      '\r',
      '\r\n',
      '\u2028',
      '\v',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let unchanged = 0;
    for (let i = 0; i < 5000; i += 1) {
      // Mostly letters, spaces and line breaks, so clean texts come up often.
      const text = Array.from(
        { length: 1 + Math.floor(next() * 20) },
        () => alphabet[Math.floor(next() * (next() < 0.85 ? 9 : alphabet.length))],
      ).join('');
      expect(normaliseText(text), JSON.stringify(text)).toBe(reference(text));
      if (normaliseText(text) === text) unchanged += 1;
    }
    expect(unchanged).toBeGreaterThan(500);
  });
});
