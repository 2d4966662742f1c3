import { describe, expect, it } from 'vitest';
import { searchWordList } from './word-list.ts';

describe('searchWordList', () => {
  it('lists each word once, most frequent first, in its most common spelling', () => {
    const list = searchWordList(
      ['Klimaschutz im Quartier', 'KLIMASCHUTZ und Klimaschutz', 'Quartier Süd 2030'],
      [['Kita', 'Kindergarten']],
    );
    expect(list.words).toEqual(['Klimaschutz', 'Quartier', 'Kindergarten', 'Kita']);
  });

  it('leaves out short words and bare numbers', () => {
    expect(searchWordList(['am Bad 2030 CO₂'], []).words).toEqual([]);
  });
});
