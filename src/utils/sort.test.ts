import { describe, expect, it } from 'vitest';
import { compareIds } from './sort.ts';

describe('compareIds', () => {
  it('orders numbers naturally', () => {
    expect(['10', '2', '1'].sort(compareIds)).toEqual(['1', '2', '10']);
    expect(['5.1.10', '5.1.2', '5.1'].sort(compareIds)).toEqual(['5.1', '5.1.2', '5.1.10']);
    expect(['2024-010', '2023-001', '2024-008'].sort(compareIds)).toEqual(['2023-001', '2024-008', '2024-010']);
  });

  it('is total: ids that differ only in case still get a fixed order', () => {
    expect(compareIds('a', 'A')).not.toBe(0);
    expect(compareIds('a', 'A')).toBe(-compareIds('A', 'a'));
  });
});
