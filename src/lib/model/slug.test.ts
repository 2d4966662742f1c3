import { describe, expect, it } from 'vitest';
import { toSlug } from './slug.ts';

describe('toSlug', () => {
  it('keeps keys that are already URL-safe', () => {
    expect(toSlug('2024-008')).toBe('2024-008');
    expect(toSlug('5.1.2')).toBe('5.1.2');
  });
  it('lower-cases and replaces unsafe characters', () => {
    expect(toSlug('M 12/3')).toBe('m-12-3');
    expect(toSlug('SM-04')).toBe('sm-04');
  });
  it('spells out umlauts and drops accents', () => {
    expect(toSlug('Ü 5 Straße')).toBe('ue-5-strasse');
    expect(toSlug('Café 1')).toBe('cafe-1');
  });
  it('never starts or ends with a separator', () => {
    expect(toSlug('  -_12_- ')).toBe('12');
    expect(toSlug('#1')).toBe('1');
  });
  it('gives an empty slug when nothing usable is left', () => {
    expect(toSlug('§§')).toBe('');
  });
});
