import { describe, expect, it } from 'vitest';
import { assetPath, normaliseBase, pagePath } from './base-path.ts';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['isek', '/isek/'],
    ['/isek', '/isek/'],
    ['isek/', '/isek/'],
    ['//stadt//isek//', '/stadt/isek/'],
    // As the build reads it (ISEK_BASE typed on Windows): the site must not get another base.
    ['\\stadt\\isek', '/stadt/isek/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('pagePath', () => {
  it('joins base and segments with a trailing slash', () => {
    expect(pagePath('/isek/', 'massnahmen', '2024-008')).toBe('/isek/massnahmen/2024-008/');
    expect(pagePath('/', 'produktbereiche', 5)).toBe('/produktbereiche/5/');
  });

  it('gives the base itself for the home page', () => {
    expect(pagePath('/isek/')).toBe('/isek/');
    expect(pagePath('/')).toBe('/');
  });

  it('normalises a base without slashes', () => {
    expect(pagePath('isek', 'ziele')).toBe('/isek/ziele/');
  });

  it('encodes each segment, so a slug cannot add a path level', () => {
    expect(pagePath('/', 'massnahmen', 'a/b c')).toBe('/massnahmen/a%2Fb%20c/');
  });

  it('skips empty segments', () => {
    expect(pagePath('/', '', 'ziele', '')).toBe('/ziele/');
  });
});

describe('assetPath', () => {
  it('joins base and file path without a trailing slash', () => {
    expect(assetPath('/isek/', 'pagefind/pagefind.js')).toBe('/isek/pagefind/pagefind.js');
    expect(assetPath('/', '/theme.css')).toBe('/theme.css');
  });
});
