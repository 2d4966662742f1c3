import { describe, expect, it } from 'vitest';
import { isEmptyMeaning } from './empty-meaning.ts';

describe('isEmptyMeaning', () => {
  it('recognises the contract’s texts for "no value", in any case and spacing', () => {
    for (const text of [
      '-',
      '–',
      '—',
      'k. A.',
      'k.A.',
      'K. a.',
      'n. b.',
      'n.b.',
      'offen',
      'Offen',
      'noch offen',
      ' noch  offen ',
    ]) {
      expect(isEmptyMeaning(text), text).toBe(true);
    }
  });

  it('leaves values alone that only contain such a text', () => {
    for (const text of [
      'offene Fragen',
      'Ist offen für alle',
      '-5',
      '2026-2030',
      'k. A. zum Termin, Kosten 5.000 €',
      'nb',
      'Kita',
    ]) {
      expect(isEmptyMeaning(text), text).toBe(false);
    }
  });
});
