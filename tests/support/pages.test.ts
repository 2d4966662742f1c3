/** Page types for the representative pages: folders of similar pages group together. */
import { describe, expect, it } from 'vitest';
import { pageTypeOf, pathOfFile } from './pages.ts';

describe('pageTypeOf', () => {
  it('groups pages by their folder, one level at a time', () => {
    expect(pageTypeOf('massnahmen/2019-001/index.html')).toBe('massnahmen/*');
    expect(pageTypeOf('massnahmen/seite/2/index.html')).toBe('massnahmen/seite/*');
    expect(pageTypeOf('a/b.html')).toBe('a/*.html');
    expect(pageTypeOf('kennzahlen/k-5.1/index.html')).toBe('kennzahlen/*');
    expect(pageTypeOf('kennzahlen/seite/2/index.html')).toBe('kennzahlen/seite/*');
  });

  it('makes each part of the report a page type of its own, its later pages another', () => {
    expect(pageTypeOf('bericht/ziele/index.html')).toBe('bericht/ziele/');
    expect(pageTypeOf('bericht/zielerreichung/index.html')).toBe('bericht/zielerreichung/');
    expect(pageTypeOf('bericht/veraltete-berichte/index.html')).toBe('bericht/veraltete-berichte/');
    expect(pageTypeOf('bericht/veraltete-berichte/seite/2/index.html')).toBe('bericht/veraltete-berichte/seite/*');
  });
});

describe('pathOfFile', () => {
  it('gives the address a link names', () => {
    expect(pathOfFile('index.html')).toBe('');
    expect(pathOfFile('ziele/1.1/index.html')).toBe('ziele/1.1/');
    expect(pathOfFile('404.html')).toBe('404.html');
  });
});
