import { describe, expect, it } from 'vitest';
import { keywordWordCount, resultExcerpt } from './search-excerpt.ts';

const content = 'Radweg am Stör. Der Fahrradweg wird verbreitert und beleuchtet. Kita Kindergarten radweg.';
const words = content.split(' ');
const source = (locations: number[], stichwoerter = '3') => ({
  content,
  locations,
  excerpt: 'PAGEFIND',
  meta: { stichwoerter },
});

describe('keywordWordCount', () => {
  it('counts words as Pagefind splits them', () => {
    expect(keywordWordCount('Kühle Orte  Hitzeschutz\nCO₂')).toBe(4);
  });
});

describe('resultExcerpt', () => {
  it("keeps Pagefind's excerpt on a page without keywords", () => {
    expect(resultExcerpt(source([words.length - 1], '0'), 24)).toBe('PAGEFIND');
    expect(resultExcerpt({ ...source([words.length - 1]), meta: {} }, 24)).toBe('PAGEFIND');
  });

  it('never runs into the keyword list when a hit lies near the end of the text', () => {
    // „beleuchtet.“ (index 8) is hit in the text; a window of 6 words would reach the keywords.
    expect(resultExcerpt(source([8]), 6)).toBe('… Der Fahrradweg wird verbreitert und <mark>beleuchtet.</mark>');
    expect(resultExcerpt(source([0, words.length - 1]), 24)).toBe(
      '<mark>Radweg</mark> am Stör. Der <mark>Fahrradweg</mark> wird verbreitert und beleuchtet.',
    );
  });

  it('places the window where most hits are', () => {
    const long = `eins ${'Wort '.repeat(20)}Bad Bad Bad ${'Ende '.repeat(20)}x`;
    const html = resultExcerpt(
      { content: long, locations: [0, 21, 22, 23], excerpt: 'X', meta: { stichwoerter: '1' } },
      6,
    );
    expect(html).toBe('… Wort Wort <mark>Bad</mark> <mark>Bad</mark> <mark>Bad</mark> Ende …');
  });

  it('marks the words holding a keyword hit instead of showing the keywords', () => {
    const html = resultExcerpt(source([words.length - 1]), 24);
    expect(html).toBe('<mark>Radweg</mark> am Stör. Der <mark>Fahrradweg</mark> wird verbreitert und beleuchtet.');
    expect(html).not.toContain('Kindergarten');
  });

  it("shows the text's beginning for a synonym hit", () => {
    expect(resultExcerpt(source([words.length - 2]), 4)).toBe('Radweg am Stör. Der …');
  });

  it('centres a long text on the first marked word', () => {
    const long = `${'Wort '.repeat(30)}Fahrradweg ${'Ende '.repeat(30)}radweg`;
    const html = resultExcerpt({ content: long, locations: [61], excerpt: 'X', meta: { stichwoerter: '1' } }, 9);
    expect(html).toBe('… Wort Wort Wort <mark>Fahrradweg</mark> Ende Ende Ende Ende Ende …');
  });
});
