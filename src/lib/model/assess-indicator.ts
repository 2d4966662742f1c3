/**
 * The assessment of an indicator's progress, exactly as the input contract defines it
 * (`../shared/workbook-format.md`, "How an indicator's progress is assessed"), from the
 * city-wide values only. A pure function: the site explains its result, it never recomputes it.
 *
 * Decisions where the contract leaves a case open:
 * - A `Basisjahr` without a city-wide value: not assessable (the caller warns at that cell);
 *   the first year with a value is not taken instead, as the office chose the base on purpose.
 * - Values before the base year do not count; "fewer than two years" counts the base year and
 *   the years after it.
 * - A target year not after the base year needs no yearly change that could be computed: not
 *   assessable (the caller reports it as an error).
 * - A base value already at or beyond the target, the newest value short of it: the target
 *   needs no change, so `q` has no meaning; the value moved away from the target in the bad
 *   direction: falsche Richtung, `ratio` `null`.
 * - Without a target and with base value 0: the sign of `latest − base` alone decides, and
 *   `trend` is `null` (a relative change from 0 has no size).
 * - Category boundaries are compared after rounding `q` and `t` to nine decimals, so that a
 *   ratio of exactly 0.95 is not lost to floating point.
 */
import type { Assessment, IndicatorAssessment, IndicatorDirection } from '../schemas/indicator.ts';

/** What the assessment needs of an indicator. */
export interface AssessmentInput {
  readonly direction: IndicatorDirection;
  readonly targetValue: number | null;
  readonly targetYear: number | null;
  /** The Basisjahr as given, or `null` for the first year with a value. */
  readonly baseYearGiven: number | null;
  /** City-wide values (one per year), in any order. */
  readonly values: readonly { readonly year: number; readonly value: number }[];
}

/** The thresholds of the method. */
export const ON_TRACK_RATIO = 0.95;
export const TOO_SLOW_RATIO = 0.5;
export const TREND_THRESHOLD = 0.01;

const round9 = (n: number): number => Math.round(n * 1e9) / 1e9;

const notAssessable = (latest: { year: number; value: number } | undefined): IndicatorAssessment => ({
  category: 'not-assessable',
  baseYear: null,
  baseValue: null,
  latestYear: latest?.year ?? null,
  latestValue: latest?.value ?? null,
  actualPerYear: null,
  requiredPerYear: null,
  ratio: null,
  trend: null,
  targetYearPassed: false,
});

/** The category of a ratio `q` (see the module comment). */
export function categoryOfRatio(q: number): Assessment {
  const r = round9(q);
  if (r >= ON_TRACK_RATIO) return 'on-track';
  if (r >= TOO_SLOW_RATIO) return 'too-slow';
  if (r >= 0) return 'little-progress';
  return 'wrong-direction';
}

/** The category of a trend `t` (see the module comment). */
export function categoryOfTrend(t: number): Assessment {
  const r = round9(t);
  if (r > TREND_THRESHOLD) return 'positive-trend';
  if (r < -TREND_THRESHOLD) return 'negative-trend';
  return 'no-change';
}

/** Assesses an indicator by the contract's method. */
export function assessIndicator(input: AssessmentInput): IndicatorAssessment {
  const series = [...input.values].sort((a, b) => a.year - b.year);
  const latest = series[series.length - 1];
  const base = input.baseYearGiven === null ? series[0] : series.find((v) => v.year === input.baseYearGiven);
  if (!base || !latest || latest.year <= base.year) return notAssessable(latest);

  const good = input.direction === 'up' ? 1 : -1;
  const years = latest.year - base.year;
  const actualPerYear = (latest.value - base.value) / years;
  const common = {
    baseYear: base.year,
    baseValue: base.value,
    latestYear: latest.year,
    latestValue: latest.value,
    actualPerYear,
  };

  if (input.targetValue !== null && input.targetYear !== null) {
    const target = input.targetValue;
    if (input.targetYear <= base.year) return notAssessable(latest);
    const requiredPerYear = (target - base.value) / (input.targetYear - base.year);
    if (good * (latest.value - target) >= 0) {
      return {
        ...common,
        category: 'target-reached',
        requiredPerYear,
        ratio: null,
        trend: null,
        targetYearPassed: false,
      };
    }
    const targetYearPassed = input.targetYear < latest.year;
    if (good * requiredPerYear <= 0) {
      return { ...common, category: 'wrong-direction', requiredPerYear, ratio: null, trend: null, targetYearPassed };
    }
    const ratio = actualPerYear / requiredPerYear;
    return { ...common, category: categoryOfRatio(ratio), requiredPerYear, ratio, trend: null, targetYearPassed };
  }

  if (base.value === 0) {
    const sign = Math.sign(good * (latest.value - base.value));
    const category: Assessment = sign > 0 ? 'positive-trend' : sign < 0 ? 'negative-trend' : 'no-change';
    return { ...common, category, requiredPerYear: null, ratio: null, trend: null, targetYearPassed: false };
  }
  const trend = (good * (latest.value - base.value)) / Math.abs(base.value) / years;
  return {
    ...common,
    category: categoryOfTrend(trend),
    requiredPerYear: null,
    ratio: null,
    trend,
    targetYearPassed: false,
  };
}
