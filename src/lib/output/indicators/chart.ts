/**
 * Geometry of the indicator charts, computed at build time so the browser gets plain SVG and no
 * script: the line chart of an indicator's page (values, target line and target year, base year
 * marked; a marker only where a year has a value) and the small trend line of the lists. The components only draw what this returns.
 *
 * Readable at 320 px and 400 % zoom: the chart's view box is `CHART_WIDTH` units wide and scales
 * with its container, so text of `CHART_FONT` units is at least 12 CSS pixels wherever the
 * container is 288 px or wider (320 px less the page's margins). Years and values get only as
 * many labels as fit side by side at that size.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDecimal } from '../../common/format.ts';

/** Width of the line chart's view box, in its own units. */
export const CHART_WIDTH = 480;
/** Height of the line chart's view box. */
export const CHART_HEIGHT = 300;
/** Font size of the chart's labels, in view-box units (12 px at 288 px width). */
export const CHART_FONT = 20;

/** Roughly how wide a digit is at `CHART_FONT` (system sans-serif fonts: about 0.55 em). */
const DIGIT_WIDTH = CHART_FONT * 0.58;

/** A year and its value, as the chart needs them. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/** One plotted value. */
export interface ChartPoint extends YearValue {
  readonly x: number;
  readonly y: number;
  /** Whether this is the base year's value (drawn as a square). */
  readonly base: boolean;
}

/** One label on an axis, at its position. */
export interface Tick {
  readonly position: number;
  readonly label: string;
}

/** What to draw for an indicator's line chart. */
export interface LineChartGeometry {
  readonly width: number;
  readonly height: number;
  /** The plot area inside the axes. */
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /**
   * Path data of the line through the values (none with fewer than two). A year without value
   * is bridged, as surveys every few years need, but gets no marker: only measured years do.
   */
  readonly segments: readonly string[];
  readonly points: readonly ChartPoint[];
  /** Target value and year: the horizontal target line at `y`, the target mark at `x`. */
  readonly target: { readonly x: number; readonly y: number; readonly year: number; readonly value: number } | null;
}

/** What the line chart shows. */
export interface LineChartInput {
  /** City-wide values; any order. */
  readonly values: readonly YearValue[];
  readonly targetValue: number | null;
  readonly targetYear: number | null;
  /** The base year of the assessment, marked when it has a value. */
  readonly baseYear: number | null;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Runs of consecutive years: `[2018, 2019, 2021]` → `[[2018, 2019], [2021]]`. */
export function consecutiveRuns<T extends YearValue>(sorted: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs.at(-1);
    if (run && item.year - run.at(-1)!.year === 1) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** The value range to show: every value and the target, never a flat range. */
function valueDomain(values: readonly number[]): [number, number] {
  let min = Math.min(...values);
  let max = Math.max(...values);
  // Positive values close to 0 read better from 0: the line's height then means something.
  if (min > 0 && min <= max / 2) min = 0;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  return [min, max];
}

/**
 * The line chart's geometry. Years run left to right up to the target year when it lies ahead;
 * the value axis covers the values and the target, rounded to tidy ticks.
 */
export function lineChart(input: LineChartInput): LineChartGeometry {
  const values = [...input.values].sort((a, b) => a.year - b.year);
  const hasTarget = input.targetValue !== null && input.targetYear !== null;
  const years = values.map((v) => v.year);
  if (hasTarget) years.push(input.targetYear!);
  const numbers = values.map((v) => v.value);
  if (hasTarget) numbers.push(input.targetValue!);

  const y = scaleLinear()
    .domain(numbers.length > 0 ? valueDomain(numbers) : [0, 1])
    .nice(5);
  const yTickValues = y.ticks(5);
  const yLabels = yTickValues.map((t) => formatDecimal(t));
  const labelWidth = Math.max(...yLabels.map((l) => l.length)) * DIGIT_WIDTH;
  const plot = {
    left: Math.ceil(labelWidth + 12),
    top: CHART_FONT,
    right: CHART_WIDTH - 16,
    bottom: CHART_HEIGHT - CHART_FONT - 16,
  };
  y.range([plot.bottom, plot.top]);

  let [minYear, maxYear] = years.length > 0 ? [Math.min(...years), Math.max(...years)] : [0, 1];
  if (minYear === maxYear) {
    minYear -= 1;
    maxYear += 1;
  }
  // Markers need room at both ends.
  const x = scaleLinear()
    .domain([minYear, maxYear])
    .range([plot.left + 12, plot.right - 12]);
  const fitting = Math.max(2, Math.floor((plot.right - plot.left) / (DIGIT_WIDTH * 4 + 28)));
  const xTickValues = x.ticks(Math.min(fitting, maxYear - minYear)).filter((t) => Number.isInteger(t));

  const points: ChartPoint[] = values.map((v) => ({
    ...v,
    x: round(x(v.year)),
    y: round(y(v.value)),
    base: v.year === input.baseYear,
  }));
  const path = line<ChartPoint>(
    (p) => p.x,
    (p) => p.y,
  ).digits(1);
  const segments = points.length > 1 ? [path(points) ?? ''] : [];

  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot,
    xTicks: xTickValues.map((t) => ({ position: round(x(t)), label: String(t) })),
    yTicks: yTickValues.map((t, i) => ({ position: round(y(t)), label: yLabels[i]! })),
    segments,
    points,
    target: hasTarget
      ? {
          x: round(x(input.targetYear!)),
          y: round(y(input.targetValue!)),
          year: input.targetYear!,
          value: input.targetValue!,
        }
      : null,
  };
}

/** What to draw for a small trend line in a list. */
export interface SparklineGeometry {
  readonly width: number;
  readonly height: number;
  readonly segments: readonly string[];
  /** The newest value's position, drawn as a dot; `null` without values. */
  readonly last: { readonly x: number; readonly y: number } | null;
}

/** Width and height of the small trend line's view box (drawn at this size in CSS pixels). */
export const SPARKLINE_SIZE = { width: 80, height: 24 } as const;

/** The small trend line of a list: the values only, scaled to fill the box, years without value bridged. */
export function sparkline(values: readonly YearValue[]): SparklineGeometry {
  const { width, height } = SPARKLINE_SIZE;
  const sorted = [...values].sort((a, b) => a.year - b.year);
  if (sorted.length === 0) return { width, height, segments: [], last: null };
  const pad = 3;
  const first = sorted[0]!.year;
  const lastYear = sorted.at(-1)!.year;
  const x = scaleLinear()
    .domain(first === lastYear ? [first - 1, first + 1] : [first, lastYear])
    .range([pad, width - pad]);
  const [min, max] = [Math.min(...sorted.map((v) => v.value)), Math.max(...sorted.map((v) => v.value))];
  const y = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([height - pad, pad]);
  const points = sorted.map((v) => ({ ...v, x: round(x(v.year)), y: round(y(v.value)), base: false }));
  const path = line<ChartPoint>(
    (p) => p.x,
    (p) => p.y,
  ).digits(1);
  const newest = points.at(-1)!;
  return {
    width,
    height,
    segments: points.length > 1 ? [path(points) ?? ''] : [],
    last: { x: newest.x, y: newest.y },
  };
}
