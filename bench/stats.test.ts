import { describe, expect, it } from 'vitest';
import { maxOrNull, median } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 2, 10])).toBe(3);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('maxOrNull', () => {
  it('ignores runs without a value', () => {
    expect(maxOrNull([null, 3, 7, null, 5])).toBe(7);
  });
  it('is null when no run had a value', () => {
    expect(maxOrNull([null, null])).toBeNull();
  });
});
