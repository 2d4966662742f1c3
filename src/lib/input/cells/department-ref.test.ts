import { describe, expect, it } from 'vitest';
import { parseDepartmentRef } from './department-ref.ts';

describe('parseDepartmentRef', () => {
  it.each([
    ['61', '61', null],
    ['FD 61', '61', null],
    ['FD61', '61', null],
    ['fd 61', '61', null],
    ['FD. 61', '61', null],
    ['Fachdienst 61', '61', null],
    ['61 Stadtplanung und -entwicklung', '61', 'Stadtplanung und -entwicklung'],
    ['61 - Stadtplanung', '61', 'Stadtplanung'],
    ['61 – Stadtplanung', '61', 'Stadtplanung'],
    ['61: Stadtplanung', '61', 'Stadtplanung'],
    ['FD 61 Stadtplanung', '61', 'Stadtplanung'],
    ['13.1', '13.1', null],
    ['FD 40a', '40a', null],
    ['40a Schulen', '40a', 'Schulen'],
    ['Stadtplanung und -entwicklung', null, 'Stadtplanung und -entwicklung'],
    ['  Fachdienst\u00a0Umwelt ', null, 'Fachdienst Umwelt'],
    ['61\nStadtplanung', '61', 'Stadtplanung'],
  ])('splits „%s“', (input, number, name) => {
    expect(parseDepartmentRef(input)).toEqual({ number, name });
  });

  it('gives neither for blank text', () => {
    expect(parseDepartmentRef(' \u00a0')).toEqual({ number: null, name: null });
  });
});
