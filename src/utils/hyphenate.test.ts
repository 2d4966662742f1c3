import { describe, expect, it } from 'vitest';
import { breakable } from './hyphenate.ts';

const SHY = '\u00ad';

describe('breakable', () => {
  it('puts soft hyphens into long German words, by syllable', () => {
    expect(breakable('abgeschlossen')).toBe(`ab${SHY}ge${SHY}schlos${SHY}sen`);
    expect(breakable('zurückgestellt')).toBe(`zu${SHY}rück${SHY}ge${SHY}stellt`);
    expect(breakable('in Vorbereitung')).toBe(`in Vor${SHY}be${SHY}rei${SHY}tung`);
    expect(breakable('Daueraufgabe')).toBe(`Dau${SHY}er${SHY}auf${SHY}ga${SHY}be`);
  });

  it('leaves short words whole and the text otherwise unchanged', () => {
    for (const word of ['geplant', 'entfallen', 'in Umsetzung', 'Gesamt']) expect(breakable(word)).toBe(word);
  });
});
