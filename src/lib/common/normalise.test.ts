import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from './normalise.ts';

describe('normaliseForMatch', () => {
  it('lower-cases', () => {
    expect(normaliseForMatch('Titel')).toBe('titel');
  });

  it('spells out umlauts in both cases', () => {
    expect(normaliseForMatch('Übergeordnetes Ziel')).toBe('uebergeordnetes ziel');
    expect(normaliseForMatch('ÄÖÜ äöü ß')).toBe('aeoeue aeoeue ss');
    expect(normaliseForMatch('Maßnahmen')).toBe(normaliseForMatch('Massnahmen'));
    expect(normaliseForMatch('zurückgestellt')).toBe(normaliseForMatch('zurueckgestellt'));
  });

  it('composes decomposed umlauts before spelling them out', () => {
    expect(normaliseForMatch('zuru\u0308ckgestellt')).toBe('zurueckgestellt');
  });

  it('collapses non-breaking spaces, tabs, line breaks and repeated spaces', () => {
    expect(normaliseForMatch('Fortschritt\u00a0in  %')).toBe('fortschritt in %');
    expect(normaliseForMatch('geplantes\r\nEnde')).toBe('geplantes ende');
    expect(normaliseForMatch('in\tUmsetzung')).toBe('in umsetzung');
    expect(normaliseForMatch('a\u202fb\u2009c')).toBe('a b c');
  });

  it('trims and removes one trailing dot or colon', () => {
    expect(normaliseForMatch('  Nr.  ')).toBe('nr');
    expect(normaliseForMatch('Stand:')).toBe('stand');
    expect(normaliseForMatch('Stand :')).toBe('stand');
    expect(normaliseForMatch('Maßnahmen-Nr.')).toBe('massnahmen-nr');
  });

  it('keeps dots and colons inside the text', () => {
    expect(normaliseForMatch('Tsd. €')).toBe('tsd. €');
    expect(normaliseForMatch('a:b')).toBe('a:b');
  });

  it('returns an empty string for white space only', () => {
    expect(normaliseForMatch(' \u00a0\n ')).toBe('');
  });
});
