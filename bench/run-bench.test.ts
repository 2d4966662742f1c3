/**
 * The benchmark end to end on a tiny size: generates the exports, checks, builds, builds the
 * floor and writes the table. No timing is asserted: only that every number is there.
 */
import { describe, expect, it } from 'vitest';
import { formatBenchReport } from './report.ts';
import { runBench } from './run-bench.ts';

describe('runBench', () => {
  it('measures 20 measures once without a browser and produces the table', async () => {
    const lines: string[] = [];
    const result = await runBench(
      { sizes: [20], runs: 1, browser: false, out: 'unused.md', keep: false },
      { log: (l) => lines.push(l) },
    );

    expect(result.sizes).toHaveLength(1);
    const size = result.sizes[0]!;
    expect(size.measures).toBe(20);
    // Measure pages plus goals, departments, product areas and the fixed pages.
    expect(size.pages).toBeGreaterThan(20 + 59);
    for (const ms of [size.checkMs, size.buildMs, size.floorMs, size.buildCpuMs, size.floorCpuMs])
      expect(ms).toBeGreaterThan(0);
    expect(size.buildPeakBytes).toBeGreaterThan(0);
    expect(size.buildProcessPeaks.map((p) => p.name)).toContain('astro-build-worker.ts');
    expect(size.indexBytes).toBeGreaterThan(0);
    expect(size.outputBytes).toBeGreaterThan(size.indexBytes);
    expect(size.heaviestPage?.total).toBeGreaterThan(0);
    expect(size.stages.pages).toBeGreaterThan(0);
    expect(result.filtering).toBeNull();

    const report = formatBenchReport(result);
    expect(report).toMatch(/^\| 20 \| \d[\d,]* \| \d+\.\d\d \| \d+\.\d\d \| \d+\.\d\d \| \d+\.\d\d \|/m);
    expect(report).toContain('Not measured: skipped (--no-browser).');
    expect(lines.some((l) => l.includes('floor 1/1'))).toBe(true);
  });
});
