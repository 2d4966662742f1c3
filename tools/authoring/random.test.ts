import { describe, expect, it } from 'vitest';
import { createRandom, hashText } from './random.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(new Set(seqA).size).toBe(20);
  });

  it('differs between seeds', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('keeps int within its bounds and reaches both ends', () => {
    const r = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) {
      const v = r.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('forks into independent, reproducible streams', () => {
    const a = createRandom(5).fork('x');
    const b = createRandom(5).fork('x');
    const c = createRandom(5).fork('y');
    expect(a.next()).toBe(b.next());
    expect(createRandom(5).fork('x').next()).not.toBe(c.next());
  });

  it('samples distinct elements and shuffles without losing any', () => {
    const r = createRandom(9);
    const items = [1, 2, 3, 4, 5, 6];
    const s = r.sample(items, 4);
    expect(new Set(s).size).toBe(4);
    expect(r.shuffle(items).sort()).toEqual(items);
  });
});

describe('hashText', () => {
  it('is stable and spreads labels', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });
});
