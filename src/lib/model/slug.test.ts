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

describe('toSlug on Windows', () => {
  it.each([
    ['CON', 'con_'],
    ['nul', 'nul_'],
    ['Prn', 'prn_'],
    ['AUX', 'aux_'],
    ['COM1', 'com1_'],
    ['lpt9', 'lpt9_'],
    ['COM¹', 'com1_'],
    ['nul.txt', 'nul_.txt'],
    ['CON.2026', 'con_.2026'],
  ])('gives the reserved name %s a safe address (%s)', (key, slug) => {
    expect(toSlug(key)).toBe(slug);
  });

  it.each(['console', 'com', 'com10', 'lpt', 'nuller', 'icon', '2026-con', 'aux-1'])('leaves %s as it was', (key) => {
    expect(toSlug(key)).toBe(key);
  });

  it('never ends an address with a dot or a space', () => {
    expect(toSlug('5.1.')).toBe('5.1');
    expect(toSlug('5.1 ')).toBe('5.1');
  });
});
