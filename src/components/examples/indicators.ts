/**
 * Indicators for the examples of the indicator components: one with a target and a passed base
 * year, one with a trend only and a Stadtteil breakdown, one with a single value.
 */
import type { Indicator } from '../../lib/schemas/indicator.ts';
import { assessment, cityWide, makeIndicator } from '../../lib/testing/make-indicator.ts';

export const WITH_TARGET: Indicator = makeIndicator({
  id: 'K1',
  targetValue: 4,
  targetYear: 2030,
  values: cityWide([
    [2018, 7.2],
    [2019, 7.0],
    [2020, 6.4, 'Pandemiejahr'],
    [2021, 6.6],
    [2022, 6.3],
    [2023, 6.1],
    [2024, 5.8],
  ]),
  assessment: assessment({
    category: 'too-slow',
    baseYear: 2018,
    baseValue: 7.2,
    latestYear: 2024,
    latestValue: 5.8,
    actualPerYear: -0.23,
    requiredPerYear: -0.27,
    ratio: 0.86,
  }),
});

export const TREND_ONLY: Indicator = makeIndicator({
  id: 'K7',
  title: 'Anteil des Radverkehrs an allen Wegen',
  unit: '%',
  direction: 'up',
  values: cityWide([
    [2019, 11],
    [2021, 12.5],
    [2023, 14],
  ]),
  assessment: assessment({
    category: 'positive-trend',
    baseYear: 2019,
    baseValue: 11,
    latestYear: 2023,
    latestValue: 14,
    actualPerYear: 0.75,
    trend: 0.068,
  }),
});

export const SINGLE_VALUE: Indicator = makeIndicator({
  id: 'K12',
  title: 'Breitbandversorgung (Anteil der Haushalte mit 1 Gbit/s)',
  unit: '%',
  direction: 'up',
  values: cityWide([[2025, 62]]),
});
