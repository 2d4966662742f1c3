/**
 * Test helper: an indicator as the core's model holds it, with sensible defaults, so tests of the
 * pages' helpers state only what matters to them. The assessment is given, never computed here.
 */
import type { Indicator, IndicatorAssessment, IndicatorValue } from '../schemas/indicator.ts';

/** City-wide values from `[year, value]` pairs (optionally with a note). */
export function cityWide(pairs: readonly (readonly [number, number, string?])[]): IndicatorValue[] {
  return pairs.map(([year, value, note]) => ({
    year,
    value,
    district: null,
    note: note ?? null,
    source: { file: 'Kennzahlen.xlsx', sheet: 'Kennzahlwerte', row: year - 2000 },
  }));
}

/** An assessment that says nothing yet (`not-assessable`), to override field by field. */
export function assessment(overrides: Partial<IndicatorAssessment> = {}): IndicatorAssessment {
  return {
    category: 'not-assessable',
    baseYear: null,
    baseValue: null,
    latestYear: null,
    latestValue: null,
    actualPerYear: null,
    requiredPerYear: null,
    ratio: null,
    trend: null,
    targetYearPassed: false,
    ...overrides,
  };
}

/** An indicator with defaults (id `K1`, falling, no target, no values) and the given fields. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  const id = overrides.id ?? 'K1';
  return {
    id,
    slug: id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'),
    title: 'CO₂-Emissionen je Einwohnerin und Einwohner',
    description: null,
    unit: 't',
    direction: 'down',
    targetValue: null,
    targetYear: null,
    baseYearGiven: null,
    sources: [],
    goalIds: [],
    productAreaIds: [],
    sdgs: [],
    sdgsInherited: false,
    sdgIndicator: null,
    departmentId: null,
    values: [],
    districts: [],
    assessment: assessment(),
    source: { file: 'Kennzahlen.xlsx', sheet: 'Kennzahlen', row: 2 },
    ...overrides,
  };
}
