import { describe, expect, it } from 'vitest';
import { suggestQueries } from './search-suggest.ts';

const WORDS = ['Klimaschutz', 'Klimaanpassung', 'Radweg', 'Radverkehr', 'Schwimmbad', 'Kindergarten', 'Einfeld'];

describe('suggestQueries', () => {
  it('corrects a misspelt word to the closest listed word', () => {
    expect(suggestQueries('Klimaschuz', WORDS)).toEqual(['Klimaschutz']);
    expect(suggestQueries('klimashcutz', WORDS)).toEqual(['Klimaschutz']);
    expect(suggestQueries('Schwimbad', WORDS)).toEqual(['Schwimmbad']);
  });

  it('keeps known words and words that start a listed word', () => {
    expect(suggestQueries('Radweg', WORDS)).toEqual([]);
    expect(suggestQueries('Radver', WORDS)).toEqual([]);
    expect(suggestQueries('Radweg Einfelt', WORDS)).toEqual(['Radweg Einfeld']);
  });

  it('suggests nothing for far-off or short words', () => {
    expect(suggestQueries('Xylophon', WORDS)).toEqual([]);
    expect(suggestQueries('Rdw', WORDS)).toEqual([]);
    expect(suggestQueries('  ', WORDS)).toEqual([]);
  });

  it('prefers fewer edits, then the more frequent word, up to max', () => {
    const words = ['Radwege', 'Radweg', 'Radwen', 'Radwel'];
    expect(suggestQueries('Radwex', words, 2)).toEqual(['Radweg', 'Radwen']);
  });
});
