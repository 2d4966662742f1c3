import { describe, expect, it } from 'vitest';
import { CRLF, CSV_BOM, csvField, csvLines, csvRecord, neutraliseFormula, quoteField } from './csv.ts';
import { parseCsv } from './testing.ts';

const B = { yes: 'ja', no: 'nein' };

describe('neutraliseFormula', () => {
  it.each(['=SUMME(A1)', '+49 4321', '-entfällt', '@user', '\tTab', '\rCR'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['Radweg', '61 Stadtplanung und -entwicklung', 'E-Mail: a@b.de', '1 + 1', ''])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('quoteField', () => {
  it('quotes only when RFC 4180 requires it and doubles quotes', () => {
    expect(quoteField('plain text; with semicolon')).toBe('plain text; with semicolon');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('er sagte "ja"')).toBe('"er sagte ""ja"""');
    expect(quoteField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(quoteField('x\r\ny')).toBe('"x\r\ny"');
  });
});

describe('csvField', () => {
  it('writes null empty, numbers plain with a dot, booleans as words', () => {
    expect(csvField(null, B)).toBe('');
    expect(csvField(1250000.5, B)).toBe('1250000.5');
    expect(csvField(0, B)).toBe('0');
    expect(csvField(true, B)).toBe('ja');
    expect(csvField(false, B)).toBe('nein');
  });

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvField('=HYPERLINK("http://x","klick")', B)).toBe(`"'=HYPERLINK(""http://x"",""klick"")"`);
    expect(csvField('- Punkt 1\n- Punkt 2', B)).toBe(`"'- Punkt 1\n- Punkt 2"`);
  });

  it('never changes a number, even a negative one', () => {
    expect(csvField(-5, B)).toBe('-5');
  });
});

describe('csvLines', () => {
  it('starts with the BOM, has one header, ends every record with CRLF and reads back exactly', () => {
    const items = [
      { nr: '1', text: 'ä, ö und "ü"' },
      { nr: '2', text: 'zwei\nZeilen' },
      { nr: '3', text: '@mention' },
    ];
    const text = [...csvLines(['nr', 'text'], items, (i) => [csvField(i.nr, B), csvField(i.text, B)])].join('');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith(CRLF)).toBe(true);
    expect(text.slice(1).split(CRLF).length).toBe(5); // header, 3 records (one with LF inside), trailing empty
    expect(parseCsv(text.slice(1))).toEqual([
      ['nr', 'text'],
      ['1', 'ä, ö und "ü"'],
      ['2', 'zwei\nZeilen'],
      ['3', "'@mention"],
    ]);
  });

  it('is UTF-8 with BOM when encoded', () => {
    const bytes = new TextEncoder().encode([...csvLines(['ä'], [], () => [])].join(''));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes a record of empty fields as commas', () => {
    expect(csvRecord(['', '', ''])).toBe(',,\r\n');
  });
});
