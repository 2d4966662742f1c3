/**
 * The one-sentence explanation of an indicator's assessment, from the figures the core's method
 * left in `indicator.assessment`: nothing is assessed here, only said. Numbers go through `Intl`
 * de-DE (`lib/common/format.ts`).
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { formatDecimal, formatPercent, formatRate } from '../../common/format.ts';
import { EXPLANATION_TEXT as T } from '../../i18n/de.ts';

/** The city-wide values of an indicator (no Stadtteil), by year. */
export function cityValues(indicator: Pick<Indicator, 'values'>): Indicator['values'] {
  return indicator.values.filter((v) => v.district === null).sort((a, b) => a.year - b.year);
}

/** A value with the indicator's unit: `7,4 t CO₂ je Einw.`. */
export function valueText(value: number, unit: string | null): string {
  return T.withUnit(formatDecimal(value), unit, false);
}

/** A change (per year) with the unit, without sign: `0,21 t`, `0,5 Prozentpunkte`. */
function changeText(value: number, unit: string | null): string {
  return T.withUnit(formatRate(Math.abs(value)), unit, true);
}

/**
 * Why the indicator has its assessment, in plain German: „Seit 2018 sinkt der Wert um
 * durchschnittlich 0,21 t je Jahr; für das Ziel 2030 wären 0,35 t je Jahr nötig.“ Adds a sentence
 * when the target year has passed without the target being reached.
 */
export function explainAssessment(
  indicator: Pick<
    Indicator,
    'assessment' | 'unit' | 'values' | 'targetValue' | 'targetYear' | 'baseYearGiven' | 'direction'
  >,
): string {
  const a = indicator.assessment;
  const { unit } = indicator;
  const { baseYear, baseValue, latestYear, latestValue, actualPerYear } = a;
  if (
    a.category === 'not-assessable' ||
    baseYear === null ||
    baseValue === null ||
    latestYear === null ||
    latestValue === null
  ) {
    const years = [...new Set(cityValues(indicator).map((v) => v.year))];
    if (years.length < 2) return T.notAssessable(years.length, years.length === 1 ? String(years[0]) : null);
    const given = indicator.baseYearGiven;
    if (given !== null && !years.includes(given)) return T.noBaseValue(given);
    if (given !== null && !years.some((y) => y > given)) return T.nothingAfterBase(given);
    return T.notAssessableOther;
  }
  const { targetValue, targetYear } = indicator;
  if (a.category === 'target-reached' && targetValue !== null && targetYear !== null) {
    return T.reached(valueText(latestValue, unit), latestYear, valueText(targetValue, unit), targetYear);
  }
  const actual = actualPerYear ?? (latestYear === baseYear ? 0 : (latestValue - baseValue) / (latestYear - baseYear));
  const sign = Math.sign(actual);
  if (a.category === 'positive-trend' || a.category === 'negative-trend' || a.category === 'no-change') {
    if (baseValue === 0) {
      return `${T.fromZero(baseYear, valueText(latestValue, unit), latestYear)}, ${T.trendTail[a.category]}`;
    }
    const relative = sign === 0 ? '' : T.relative(formatPercent(Math.abs(actual / baseValue) * 100), baseYear);
    return `${T.movement(baseYear, sign, changeText(actual, unit))}${relative}, ${T.trendTail[a.category]}`;
  }
  // With a target: on course, too slow, little progress, wrong direction.
  const movement = T.movement(baseYear, sign, changeText(actual, unit));
  const required = a.requiredPerYear;
  const passed = a.targetYearPassed;
  let need: string;
  if (targetYear === null || targetValue === null || required === null) {
    need = '';
  } else if (required * (indicator.direction === 'up' ? 1 : -1) <= 0) {
    need = T.baseMetTarget(baseYear, valueText(targetValue, unit), targetYear);
  } else if (Math.sign(required) === sign) {
    need = T.required(targetYear, changeText(required, unit), passed);
  } else {
    need = T.requiredTurn(targetYear, Math.sign(required), changeText(required, unit), passed);
  }
  const sentence = need ? `${movement}; ${need}.` : `${movement}.`;
  return passed && targetYear !== null ? `${sentence}${T.passed(targetYear)}` : sentence;
}
