import { describe, expect, it } from 'vitest';
import { CHART_FONT, CHART_WIDTH, consecutiveRuns, lineChart, sparkline, SPARKLINE_SIZE } from './chart.ts';

const series = (pairs: readonly [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe('lineChart', () => {
  const chart = lineChart({
    values: series([
      [2020, 7.0],
      [2018, 8.2],
      [2019, 7.8],
      [2021, 6.9],
      [2022, 6.5],
      [2023, 6.6],
      [2024, 6.2],
    ]),
    targetValue: 4,
    targetYear: 2030,
    baseYear: 2018,
  });

  it('puts every value inside the plot, years left to right, higher values higher', () => {
    expect(chart.points.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(p.x).toBeLessThanOrEqual(chart.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(p.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
    const xs = chart.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const [first, second] = chart.points;
    expect(first!.y).toBeLessThan(second!.y); // 8.2 is above 7.8
  });

  it('extends the years to the target year and draws the target below the values', () => {
    expect(chart.target).not.toBeNull();
    expect(chart.target!.year).toBe(2030);
    expect(chart.target!.x).toBeGreaterThan(chart.points.at(-1)!.x);
    expect(chart.target!.y).toBeGreaterThan(chart.points.at(-1)!.y);
    expect(chart.target!.x).toBeLessThanOrEqual(chart.plot.right);
  });

  it('marks the base year', () => {
    expect(chart.points.filter((p) => p.base).map((p) => p.year)).toEqual([2018]);
  });

  it('draws one line through consecutive years', () => {
    expect(chart.segments).toHaveLength(1);
    expect(chart.segments[0]).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){6}$/);
  });

  it('labels the value axis with German numbers covering values and target', () => {
    const labels = chart.yTicks.map((t) => t.label);
    expect(labels).toContain('0');
    expect(labels.some((l) => l.includes(','))).toBe(false);
    const lowest = Math.max(...chart.yTicks.map((t) => t.position));
    expect(lowest).toBeGreaterThanOrEqual(chart.target!.y);
    const decimals = lineChart({
      values: series([
        [2020, 0.42],
        [2021, 0.47],
      ]),
      targetValue: null,
      targetYear: null,
      baseYear: 2020,
    });
    expect(decimals.yTicks.some((t) => /^0,\d+$/.test(t.label))).toBe(true);
  });

  it('gives the years only as many labels as fit at 12 px', () => {
    const long = lineChart({
      values: series(Array.from({ length: 25 }, (_, i) => [2000 + i, i] as [number, number])),
      targetValue: null,
      targetYear: null,
      baseYear: null,
    });
    const positions = long.xTicks.map((t) => t.position);
    const gaps = positions.slice(1).map((p, i) => p - positions[i]!);
    const labelWidth = CHART_FONT * 0.58 * 4 + 12;
    for (const gap of gaps) expect(gap).toBeGreaterThan(labelWidth);
    expect(long.xTicks.length).toBeGreaterThan(2);
    expect(long.xTicks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('keeps text at least 12 CSS pixels where the chart is 288 pixels wide', () => {
    expect((CHART_FONT * 288) / CHART_WIDTH).toBeGreaterThanOrEqual(12);
  });

  it('bridges a year without value with the line but marks only measured years (never a 0)', () => {
    const gappy = lineChart({
      values: series([
        [2017, 13],
        [2019, 14],
        [2021, 16],
        [2023, 17],
      ]),
      targetValue: null,
      targetYear: null,
      baseYear: 2017,
    });
    expect(gappy.segments).toHaveLength(1);
    expect(gappy.segments[0]).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(gappy.points.map((p) => p.year)).toEqual([2017, 2019, 2021, 2023]);
    expect(
      sparkline(
        series([
          [2017, 13],
          [2019, 14],
        ]),
      ).segments,
    ).toHaveLength(1);
  });

  it('draws a single value and an empty series without failing', () => {
    const one = lineChart({ values: series([[2024, 3]]), targetValue: null, targetYear: null, baseYear: null });
    expect(one.points).toHaveLength(1);
    expect(one.segments).toEqual([]);
    expect(Number.isFinite(one.points[0]!.x) && Number.isFinite(one.points[0]!.y)).toBe(true);
    const none = lineChart({ values: [], targetValue: 10, targetYear: 2030, baseYear: null });
    expect(none.points).toEqual([]);
    expect(Number.isFinite(none.target!.y)).toBe(true);
  });

  it('handles negative values', () => {
    const negative = lineChart({
      values: series([
        [2020, -2],
        [2021, 1],
      ]),
      targetValue: null,
      targetYear: null,
      baseYear: null,
    });
    expect(negative.yTicks.some((t) => t.label.startsWith('-'))).toBe(true);
    expect(negative.points[0]!.y).toBeGreaterThan(negative.points[1]!.y);
  });
});

describe('sparkline', () => {
  it('fills its box with the values, the newest as its last point', () => {
    const s = sparkline(
      series([
        [2019, 10],
        [2020, 12],
        [2021, 11],
      ]),
    );
    expect(s.segments).toHaveLength(1);
    expect(s.last).toEqual({ x: SPARKLINE_SIZE.width - 3, y: expect.any(Number) });
    const flat = sparkline(
      series([
        [2019, 5],
        [2020, 5],
      ]),
    );
    expect(flat.segments[0]).toMatch(/^M3,12L77,12$/);
    expect(sparkline([]).last).toBeNull();
  });
});

describe('consecutiveRuns', () => {
  it('splits where a year is missing', () => {
    expect(
      consecutiveRuns(
        series([
          [2018, 1],
          [2019, 1],
          [2021, 1],
        ]),
      ).map((r) => r.map((v) => v.year)),
    ).toEqual([[2018, 2019], [2021]]);
  });
});
