import { describe, expect, it } from 'vitest';
import { extractNotes, formatBenchReport } from './report.ts';
import type { BenchResult, SizeResult } from './results.ts';
import { judgeTargets } from './targets.ts';

function size(
  measures: number,
  buildMs: number,
  floorMs: number,
  checkMs: number,
  peakBytes = 500 * 1024 ** 2,
): SizeResult {
  return {
    measures,
    pages: measures + 120,
    checkMs,
    checkRunsMs: [checkMs],
    buildMs,
    buildRunsMs: [buildMs],
    floorMs,
    floorRunsMs: [floorMs],
    checkCpuMs: checkMs,
    buildCpuMs: buildMs * 0.8,
    floorCpuMs: floorMs * 0.8,
    stages: { read: 100, check: 200, pages: buildMs / 2, search: buildMs / 4, publish: 10 },
    checkPeakBytes: 200 * 1024 ** 2,
    buildPeakBytes: peakBytes,
    buildPeakProcess: 'astro-build-worker.ts',
    buildProcessPeaks: [
      { name: 'astro-build-worker.ts', bytes: peakBytes },
      { name: 'pagefind_extend', bytes: peakBytes / 2 },
      { name: 'esbuild', bytes: 16 * 1024 ** 2 },
    ],
    buildPeakSumBytes: peakBytes * 2,
    floorPeakBytes: 300 * 1024 ** 2,
    outputBytes: measures * 12_000,
    indexBytes: measures * 3_000,
    heaviestPage: { page: '/massnahmen/', html: 1000, css: 200, js: 300, total: 1500 },
  };
}

function result(sizes: SizeResult[], filterMs: number | null): BenchResult {
  return {
    date: '2026-11-25T12:00:00.000Z',
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryBytes: 8 * 1024 ** 3,
      os: 'Linux 6 (x64)',
      node: 'v24.0.0',
      loadAtStart: [1, 1, 1],
    },
    load: { min: 0.5, median: 1, max: 2 },
    runs: 3,
    sizes,
    filtering:
      filterMs === null
        ? null
        : {
            measures: 3000,
            interactions: 20,
            medianMs: filterMs,
            minMs: filterMs / 2,
            maxMs: filterMs * 2,
            readyMs: 800,
          },
    filteringNote: filterMs === null ? 'skipped (--no-browser)' : null,
    totalMs: 600_000,
  };
}

describe('judgeTargets', () => {
  it('judges every target of the issue at its size', () => {
    const verdicts = judgeTargets(
      result(
        [
          size(300, 6000, 4000, 500),
          size(3000, 30_000, 12_000, 900),
          size(10_000, 90_000, 40_000, 2500, 1.2 * 1024 ** 3),
        ],
        20,
      ),
    );
    expect(verdicts.map((v) => v.met)).toEqual([false, false, false, true, true, true]);
    expect(verdicts[1]!.measured).toContain('2.50 ×');
  });
  it('says "not measured" rather than "met" for sizes that did not run', () => {
    const verdicts = judgeTargets(result([size(300, 6000, 4000, 500)], null));
    expect(verdicts.every((v) => v.met === null)).toBe(true);
    expect(verdicts[0]!.measured).toMatch(/not measured/);
  });
  it('flags cost per measure that grows with size', () => {
    // 300→3000: 4 ms per measure; 3000→10000: 20 ms per measure.
    const verdicts = judgeTargets(
      result([size(300, 3000, 1000, 100), size(3000, 13_800, 5000, 200), size(10_000, 153_800, 9000, 300)], null),
    );
    expect(verdicts.find((v) => v.target.startsWith('build:'))!.met).toBe(false);
  });
});

describe('formatBenchReport', () => {
  const report = formatBenchReport(result([size(300, 6000, 4000, 500), size(3000, 24_000, 12_000, 900)], 20));

  it('has a results row per size with check, build, floor and ratio', () => {
    expect(report).toContain('| 300 | 420 | 0.50 | 6.00 | 4.00 | 1.50 |');
    expect(report).toContain('| 3,000 | 3,120 | 0.90 | 24.00 | 12.00 | 2.00 |');
  });
  it('lists the peak of every sizeable process of the build', () => {
    expect(report).toContain('astro-build-worker.ts 500, pagefind_extend 250 |');
  });
  it('names the machine, the date and the load', () => {
    expect(report).toContain('2026-11-25');
    expect(report).toContain('| CPU | Test CPU |');
    expect(report).toContain('0.50 lowest, 1.00 median, 2.00 highest');
  });
  it('keeps hand-written notes of the previous report', () => {
    const previous = `${report}`.replace(
      '<!-- notes -->\n<!-- /notes -->',
      '<!-- notes -->\nAstro limits this.\n<!-- /notes -->',
    );
    expect(extractNotes(previous)).toBe('<!-- notes -->\nAstro limits this.\n<!-- /notes -->');
    expect(formatBenchReport(result([size(300, 6000, 4000, 500)], null), previous)).toContain('Astro limits this.');
  });
  it('says why filtering was not measured', () => {
    expect(formatBenchReport(result([size(300, 6000, 4000, 500)], null))).toContain(
      'Not measured: skipped (--no-browser).',
    );
  });
});
