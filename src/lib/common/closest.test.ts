import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance } from './closest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a swap of neighbouring characters as one edit', () => {
    expect(editDistance('umsetzugn', 'umsetzung')).toBe(1);
    expect(editDistance('61', '16')).toBe(1);
  });
});

const STATUSES = [
  'geplant',
  'in Vorbereitung',
  'in Umsetzung',
  'Daueraufgabe',
  'abgeschlossen',
  'zurückgestellt',
  'entfallen',
];

describe('closestMatches', () => {
  it('suggests the label a typo was meant to be', () => {
    expect(closestMatches('in Umsezung', STATUSES)).toEqual(['in Umsetzung']);
    expect(closestMatches('abgeschlosen', STATUSES, 1)).toEqual(['abgeschlossen']);
  });

  it('ignores case, umlaut spelling and white space', () => {
    expect(closestMatches('ZURUECKGESTELLT', STATUSES, 1)).toEqual(['zurückgestellt']);
    expect(closestMatches('in\u00a0 vorbereitung', STATUSES, 1)).toEqual(['in Vorbereitung']);
  });

  it('finds a candidate containing the input', () => {
    expect(closestMatches('Vorbereitung', STATUSES, 1)).toEqual(['in Vorbereitung']);
  });

  it('orders by distance and keeps the candidate order on ties', () => {
    expect(closestMatches('M-10', ['M-1', 'M-100', 'M-10a', 'X-99'])).toEqual(['M-1', 'M-100', 'M-10a']);
    expect(closestMatches('M-10', ['M-1', 'M-100', 'M-10a'], 2)).toEqual(['M-1', 'M-100']);
  });

  it('suggests nothing for unrelated input', () => {
    expect(closestMatches('Haushaltssperre', STATUSES)).toEqual([]);
    expect(closestMatches('', STATUSES)).toEqual([]);
    expect(closestMatches('geplant', STATUSES, 0)).toEqual([]);
  });

  it('returns each candidate once', () => {
    expect(closestMatches('61', ['61', '61', '62'])).toEqual(['61', '62']);
  });

  it('allows one edit even for very short values', () => {
    expect(closestMatches('16', ['61', '70'])).toEqual(['61']);
  });
});
