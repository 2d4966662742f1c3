import { describe, expect, it } from 'vitest';
import { normaliseBasePath, resolveBasePath, resolveDataDir } from './environment.ts';

describe('resolveDataDir', () => {
  it('prefers the flag, then ISEK_DATA_DIR, then data', () => {
    expect(resolveDataDir('x', { ISEK_DATA_DIR: 'y' })).toBe('x');
    expect(resolveDataDir(undefined, { ISEK_DATA_DIR: 'y' })).toBe('y');
    expect(resolveDataDir(undefined, {})).toBe('data');
  });
});

describe('resolveBasePath', () => {
  it('prefers the flag, then ISEK_BASE, then the settings, then /', () => {
    expect(resolveBasePath('/a/', { ISEK_BASE: '/b/' }, '/c/')).toBe('/a/');
    expect(resolveBasePath(undefined, { ISEK_BASE: '/b/' }, '/c/')).toBe('/b/');
    expect(resolveBasePath(undefined, {}, '/c/')).toBe('/c/');
    expect(resolveBasePath(undefined, {}, undefined)).toBe('/');
  });
  it('normalises slashes', () => {
    expect(normaliseBasePath('isek')).toBe('/isek/');
    expect(normaliseBasePath('/isek')).toBe('/isek/');
    expect(normaliseBasePath('\\stadt\\isek\\')).toBe('/stadt/isek/');
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('//')).toBe('/');
  });
});
