import { describe, expect, it } from 'vitest';
import { compareGerman, germanCollator } from './collate.ts';

describe('German order', () => {
  it('orders numbers as written naturally and umlauts beside their base letter', () => {
    expect(['2024-10', '2024-9', '5.10', '5.2'].sort(germanCollator.compare)).toEqual([
      '5.2',
      '5.10',
      '2024-9',
      '2024-10',
    ]);
    expect(['Zoo', 'Ärger', 'Auto'].sort(germanCollator.compare)).toEqual(['Ärger', 'Auto', 'Zoo']);
  });

  it('makes case-only ties total (code-point order), whatever the input order', () => {
    expect(germanCollator.compare('a', 'A')).toBe(0);
    expect(['a', 'A'].sort(compareGerman)).toEqual(['A', 'a']);
    expect(['A', 'a'].sort(compareGerman)).toEqual(['A', 'a']);
  });
});
