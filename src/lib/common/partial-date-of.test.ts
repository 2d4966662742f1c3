import { describe, expect, it } from 'vitest';
import { partialDateOf } from './partial-date-of.ts';

describe('partialDateOf', () => {
  it('takes the precision from the length of the ISO text', () => {
    expect(partialDateOf('2027')).toEqual({ precision: 'year', iso: '2027' });
    expect(partialDateOf('2027-06')).toEqual({ precision: 'month', iso: '2027-06' });
    expect(partialDateOf('2027-06-01')).toEqual({ precision: 'day', iso: '2027-06-01' });
    expect(partialDateOf('2027-Q2')).toEqual({ precision: 'quarter', iso: '2027-Q2' });
  });
});
