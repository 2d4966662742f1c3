import { describe, expect, it } from 'vitest';
import { assessIndicator, categoryOfRatio, categoryOfTrend, type AssessmentInput } from './assess-indicator.ts';
import { indicatorAssessmentSchema } from '../schemas/indicator.ts';

const series = (pairs: Record<number, number>) =>
  Object.entries(pairs).map(([year, value]) => ({ year: Number(year), value }));
const input = (over: Partial<AssessmentInput>): AssessmentInput => ({
  direction: 'down',
  targetValue: null,
  targetYear: null,
  baseYearGiven: null,
  values: [],
  ...over,
});

describe('assessIndicator with a target', () => {
  // CO₂ per inhabitant: from 8 t (2018) to 4 t (2030) needs −1/3 t a year.
  const co2 = (values: Record<number, number>) =>
    assessIndicator(input({ direction: 'down', targetValue: 4, targetYear: 2030, values: series(values) }));

  it('is on track when the yearly change is at least 95 % of what the target needs', () => {
    const a = co2({ 2018: 8, 2020: 7.2, 2024: 6 });
    expect(a.category).toBe('on-track');
    expect(a.baseYear).toBe(2018);
    expect(a.latestYear).toBe(2024);
    expect(a.actualPerYear).toBeCloseTo(-1 / 3);
    expect(a.requiredPerYear).toBeCloseTo(-1 / 3);
    expect(a.ratio).toBeCloseTo(1);
    expect(a.trend).toBeNull();
    expect(a.targetYearPassed).toBe(false);
    expect(indicatorAssessmentSchema.parse(a)).toEqual(a);
  });

  it('draws the lines of the method: 0.95, 0.5 and 0', () => {
    // required −1/3 a year; over 6 years a change of −2·q reaches ratio q.
    expect(co2({ 2018: 8, 2024: 8 - 2 * 0.95 }).category).toBe('on-track');
    expect(co2({ 2018: 8, 2024: 8 - 2 * 0.94 }).category).toBe('too-slow');
    expect(co2({ 2018: 8, 2024: 8 - 2 * 0.5 }).category).toBe('too-slow');
    expect(co2({ 2018: 8, 2024: 8 - 2 * 0.49 }).category).toBe('little-progress');
    expect(co2({ 2018: 8, 2024: 8 }).category).toBe('little-progress');
    expect(co2({ 2018: 8, 2024: 8.1 }).category).toBe('wrong-direction');
    expect(co2({ 2018: 8, 2024: 8.1 }).ratio).toBeLessThan(0);
  });

  it('is reached when the newest value is at or beyond the target in the good direction', () => {
    expect(co2({ 2018: 8, 2024: 4 }).category).toBe('target-reached');
    const beyond = co2({ 2018: 8, 2024: 3.5 });
    expect(beyond.category).toBe('target-reached');
    expect(beyond.ratio).toBeNull();
    const up = assessIndicator(
      input({ direction: 'up', targetValue: 30, targetYear: 2030, values: series({ 2019: 20, 2023: 31 }) }),
    );
    expect(up.category).toBe('target-reached');
  });

  it('assesses a passed target year the same way and says it has passed', () => {
    const a = assessIndicator(
      input({ direction: 'up', targetValue: 50, targetYear: 2022, values: series({ 2018: 30, 2024: 44 }) }),
    );
    // required (50−30)/4 = 5 a year, actual 14/6 ≈ 2.33: q ≈ 0.47
    expect(a.category).toBe('little-progress');
    expect(a.targetYearPassed).toBe(true);
    expect(a.ratio).toBeCloseTo(14 / 6 / 5);
    const reached = assessIndicator(
      input({ direction: 'up', targetValue: 40, targetYear: 2022, values: series({ 2018: 30, 2024: 44 }) }),
    );
    expect(reached.targetYearPassed).toBe(false);
  });

  it('counts only base and newest value when the series goes up and down', () => {
    const a = co2({ 2018: 8, 2019: 9, 2020: 5, 2021: 9.5, 2024: 6 });
    expect(a.category).toBe('on-track');
    expect(a.actualPerYear).toBeCloseTo(-1 / 3);
  });

  it('starts from the given base year, ignoring earlier values', () => {
    const a = assessIndicator(
      input({
        direction: 'down',
        targetValue: 4,
        targetYear: 2030,
        baseYearGiven: 2020,
        values: series({ 2018: 20, 2020: 8, 2025: 8 - 5 / 2.5 }),
      }),
    );
    expect(a.baseYear).toBe(2020);
    expect(a.baseValue).toBe(8);
    expect(a.requiredPerYear).toBeCloseTo(-0.4);
    expect(a.category).toBe('on-track');
  });

  it('is falsche Richtung when the base already met the target and the newest value falls short', () => {
    const a = assessIndicator(
      input({ direction: 'up', targetValue: 50, targetYear: 2030, values: series({ 2018: 60, 2024: 45 }) }),
    );
    expect(a.category).toBe('wrong-direction');
    expect(a.ratio).toBeNull();
  });

  it('handles a base value of 0 with a target', () => {
    const a = assessIndicator(
      input({ direction: 'up', targetValue: 100, targetYear: 2030, values: series({ 2020: 0, 2025: 50 }) }),
    );
    expect(a.category).toBe('on-track');
    expect(a.ratio).toBeCloseTo(1);
  });

  it('is not assessable when the target year is not after the base year', () => {
    expect(
      assessIndicator(input({ targetValue: 4, targetYear: 2018, values: series({ 2018: 8, 2024: 6 }) })).category,
    ).toBe('not-assessable');
  });
});

describe('assessIndicator without a target', () => {
  it('follows the relative yearly trend in the good direction', () => {
    const up = (values: Record<number, number>) => assessIndicator(input({ direction: 'up', values: series(values) }));
    // t = (latest − base) / |base| / years
    expect(up({ 2020: 100, 2024: 110 }).category).toBe('positive-trend');
    expect(up({ 2020: 100, 2024: 110 }).trend).toBeCloseTo(0.025);
    expect(up({ 2020: 100, 2024: 96 }).category).toBe('no-change');
    expect(up({ 2020: 100, 2024: 95.9 }).category).toBe('negative-trend');
    expect(up({ 2020: 100, 2024: 104 }).category).toBe('no-change');
    const down = assessIndicator(input({ direction: 'down', values: series({ 2020: 100, 2024: 110 }) }));
    expect(down.category).toBe('negative-trend');
    expect(down.trend).toBeCloseTo(-0.025);
    expect(down.requiredPerYear).toBeNull();
    expect(down.ratio).toBeNull();
  });

  it('divides by the size of a negative base value', () => {
    const a = assessIndicator(input({ direction: 'up', values: series({ 2020: -10, 2022: -5 }) }));
    expect(a.trend).toBeCloseTo(0.25);
    expect(a.category).toBe('positive-trend');
  });

  it('lets the sign alone decide with a base value of 0', () => {
    const a = (dir: 'up' | 'down', latest: number) =>
      assessIndicator(input({ direction: dir, values: series({ 2020: 0, 2024: latest }) }));
    expect(a('up', 3).category).toBe('positive-trend');
    expect(a('down', 3).category).toBe('negative-trend');
    expect(a('up', 0).category).toBe('no-change');
    expect(a('up', 3).trend).toBeNull();
  });
});

describe('assessIndicator: not assessable', () => {
  it('with a single value, keeping the newest value', () => {
    const a = assessIndicator(input({ values: series({ 2024: 5 }) }));
    expect(a).toMatchObject({
      category: 'not-assessable',
      baseYear: null,
      latestYear: 2024,
      latestValue: 5,
      ratio: null,
      trend: null,
    });
    expect(indicatorAssessmentSchema.parse(a)).toEqual(a);
  });

  it('without values', () => {
    expect(assessIndicator(input({})).latestYear).toBeNull();
  });

  it('when the base year has no value', () => {
    expect(
      assessIndicator(input({ baseYearGiven: 2019, values: series({ 2018: 5, 2020: 4, 2024: 3 }) })).category,
    ).toBe('not-assessable');
  });

  it('when only the base year and years before it have values', () => {
    expect(assessIndicator(input({ baseYearGiven: 2024, values: series({ 2018: 5, 2024: 3 }) })).category).toBe(
      'not-assessable',
    );
  });
});

describe('category boundaries', () => {
  it('keep 0.95 and 0.01 despite floating point', () => {
    expect(categoryOfRatio(0.9499999999999)).toBe('on-track');
    expect(categoryOfRatio(-0.0000000000001)).toBe('little-progress');
    expect(categoryOfTrend(0.0100000000001)).toBe('no-change');
    expect(categoryOfTrend(0.0101)).toBe('positive-trend');
  });
});
