/** Reading a PDF's page count and bookmark titles (see `pdf.ts`). */
import { describe, expect, it } from 'vitest';
import { decodePdfString, pdfOutlineTitles, pdfPageCount } from './pdf.ts';

describe('decodePdfString', () => {
  it('reads literal strings with escapes and UTF-16 hex strings', () => {
    expect(decodePdfString('(Ziel 1: \\(neu\\) a\\\\b)')).toBe('Ziel 1: (neu) a\\b');
    expect(decodePdfString('(\\374ber)')).toBe('über');
    expect(decodePdfString('<FEFF00DC006200650072007300690063006800740020>')).toBe('Übersicht ');
  });
});

describe('pdfPageCount and pdfOutlineTitles', () => {
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R]>> endobj\n2 0 obj <</Type /Page>> endobj\n3 0 obj <</Type/Page>> endobj\n' +
      '4 0 obj <</Title (Stadtentwicklungsbericht) /Parent 5 0 R>> endobj\n6 0 obj <</Title <FEFF00DC00620065007200730069006300680074>>> endobj\n',
    'latin1',
  );

  it('counts pages, not the page tree', () => {
    expect(pdfPageCount(pdf)).toBe(2);
  });

  it('lists the bookmark titles in order', () => {
    expect(pdfOutlineTitles(pdf)).toEqual(['Stadtentwicklungsbericht', 'Übersicht']);
  });
});
