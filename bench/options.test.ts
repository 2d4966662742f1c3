import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCH_OPTIONS, parseBenchArgs } from './options.ts';

describe('parseBenchArgs', () => {
  it('defaults to the sizes and runs the targets are stated for', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_BENCH_OPTIONS);
  });
  it('reads sizes (sorted, without duplicates, thousands separators allowed), runs, --no-browser and --out', () => {
    expect(
      parseBenchArgs(['--sizes', '3000,300,10_000,300', '--runs', '1', '--no-browser', '--out', 'x.md', '--keep']),
    ).toEqual({
      sizes: [300, 3000, 10_000],
      runs: 1,
      browser: false,
      out: 'x.md',
      keep: true,
    });
  });
  it('refuses sizes and runs that are not positive whole numbers', () => {
    expect(() => parseBenchArgs(['--sizes', '300,abc'])).toThrow(/--sizes/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
  });
  it('refuses unknown options', () => {
    expect(() => parseBenchArgs(['--size', '3'])).toThrow();
  });
});
