import { describe, expect, it } from 'vitest';
import { explainAssessment, valueText } from './explain.ts';
import { assessment, cityWide, makeIndicator } from '../../testing/make-indicator.ts';

const NBSP = '\u00a0';
const plain = (text: string): string => text.replaceAll(NBSP, ' ');

describe('explainAssessment', () => {
  it('says how fast the value moves and how fast the target needs it to (the issue’s example)', () => {
    const indicator = makeIndicator({
      unit: 't',
      targetValue: 4,
      targetYear: 2030,
      values: cityWide([
        [2018, 8.2],
        [2024, 6.94],
      ]),
      assessment: assessment({
        category: 'too-slow',
        baseYear: 2018,
        baseValue: 8.2,
        latestYear: 2024,
        latestValue: 6.94,
        actualPerYear: -0.21,
        requiredPerYear: -0.35,
        ratio: 0.6,
      }),
    });
    expect(plain(explainAssessment(indicator))).toBe(
      'Seit 2018 sinkt der Wert um durchschnittlich 0,21 t je Jahr; für das Ziel 2030 wären 0,35 t je Jahr nötig.',
    );
  });

  it('names the needed turn when the value moves the wrong way', () => {
    const indicator = makeIndicator({
      unit: 't',
      targetValue: 4,
      targetYear: 2030,
      assessment: assessment({
        category: 'wrong-direction',
        baseYear: 2018,
        baseValue: 8,
        latestYear: 2024,
        latestValue: 8.6,
        actualPerYear: 0.1,
        requiredPerYear: -0.33333,
        ratio: -0.3,
      }),
    });
    expect(plain(explainAssessment(indicator))).toBe(
      'Seit 2018 steigt der Wert um durchschnittlich 0,1 t je Jahr; für das Ziel 2030 wäre ein Rückgang um 0,33 t je Jahr nötig.',
    );
  });

  it('says when the base value met the target already and the newest does not', () => {
    const indicator = makeIndicator({
      unit: 't',
      direction: 'down',
      targetValue: 4,
      targetYear: 2030,
      assessment: assessment({
        category: 'wrong-direction',
        baseYear: 2018,
        baseValue: 3,
        latestYear: 2024,
        latestValue: 5,
        actualPerYear: 0.3333,
        requiredPerYear: 0.0833,
      }),
    });
    expect(plain(explainAssessment(indicator))).toBe(
      'Seit 2018 steigt der Wert um durchschnittlich 0,33 t je Jahr; der Wert von 2018 erfüllte den Zielwert von 4 t für 2030 schon, der neueste nicht mehr.',
    );
  });

  it('says when the target year has passed', () => {
    const indicator = makeIndicator({
      unit: '%',
      direction: 'up',
      targetValue: 30,
      targetYear: 2022,
      assessment: assessment({
        category: 'little-progress',
        baseYear: 2016,
        baseValue: 18,
        latestYear: 2024,
        latestValue: 19.2,
        actualPerYear: 0.15,
        requiredPerYear: 2,
        ratio: 0.075,
        targetYearPassed: true,
      }),
    });
    const text = plain(explainAssessment(indicator));
    expect(text).toBe(
      'Seit 2016 steigt der Wert um durchschnittlich 0,15 Prozentpunkte je Jahr; für das Ziel 2022 wären 2 Prozentpunkte je Jahr nötig gewesen. Das Zieljahr 2022 ist vorbei, ohne dass der Zielwert erreicht wurde.',
    );
  });

  it('reports a reached target with the latest value', () => {
    const indicator = makeIndicator({
      unit: 'km',
      direction: 'up',
      targetValue: 120,
      targetYear: 2030,
      assessment: assessment({
        category: 'target-reached',
        baseYear: 2018,
        baseValue: 80,
        latestYear: 2024,
        latestValue: 1234.5,
      }),
    });
    expect(plain(explainAssessment(indicator))).toBe(
      'Mit 1.234,5 km im Jahr 2024 ist der Zielwert von 120 km für 2030 erreicht.',
    );
  });

  it('writes a count without the unit „Anzahl“ or „Stück“, and other units after a no-break space', () => {
    expect(valueText(205, 'Anzahl')).toBe('205');
    expect(valueText(2.5, ' stück ')).toBe('2,5');
    expect(valueText(43.4, '%')).toBe('43,4\u00a0%');
    expect(valueText(1.5, 'Anzahl je 1.000 Einw.')).toBe('1,5\u00a0Anzahl je 1.000 Einw.');
  });

  it('explains a trend without target relative to the base value', () => {
    const indicator = makeIndicator({
      unit: 'Anzahl',
      direction: 'up',
      assessment: assessment({
        category: 'positive-trend',
        baseYear: 2019,
        baseValue: 200,
        latestYear: 2024,
        latestValue: 250,
        actualPerYear: 10,
        trend: 0.05,
      }),
    });
    expect(plain(explainAssessment(indicator))).toBe(
      'Seit 2019 steigt der Wert um durchschnittlich 10 je Jahr (5 % des Werts von 2019), in die gewünschte Richtung; ein Zielwert ist nicht festgelegt.',
    );
    const falling = makeIndicator({
      direction: 'up',
      assessment: assessment({
        category: 'negative-trend',
        baseYear: 2019,
        baseValue: 200,
        latestYear: 2024,
        latestValue: 150,
        actualPerYear: -10,
        trend: -0.05,
      }),
    });
    expect(plain(explainAssessment(falling))).toContain(
      'sinkt der Wert um durchschnittlich 10 t je Jahr (5 % des Werts von 2019), entgegen der gewünschten Richtung',
    );
  });

  it('does not divide by a base value of 0', () => {
    const indicator = makeIndicator({
      unit: null,
      direction: 'up',
      assessment: assessment({
        category: 'positive-trend',
        baseYear: 2020,
        baseValue: 0,
        latestYear: 2024,
        latestValue: 3,
        actualPerYear: 0.75,
      }),
    });
    expect(explainAssessment(indicator)).toBe(
      'Seit 2020 ist der Wert von 0 auf 3 im Jahr 2024 gegangen, in die gewünschte Richtung; ein Zielwert ist nicht festgelegt.',
    );
  });

  it('calls an unchanged value no essential change', () => {
    const indicator = makeIndicator({
      assessment: assessment({
        category: 'no-change',
        baseYear: 2020,
        baseValue: 5,
        latestYear: 2024,
        latestValue: 5,
        actualPerYear: 0,
        trend: 0,
      }),
    });
    expect(explainAssessment(indicator)).toBe(
      'Seit 2020 ist der Wert im Durchschnitt gleich geblieben, das ist keine wesentliche Veränderung; ein Zielwert ist nicht festgelegt.',
    );
  });

  it('says why a single value or none cannot be assessed', () => {
    expect(explainAssessment(makeIndicator({ values: cityWide([[2024, 3]]) }))).toBe(
      'Für eine Bewertung sind Werte aus mindestens zwei Jahren nötig; bisher gibt es nur den Wert von 2024.',
    );
    expect(explainAssessment(makeIndicator())).toContain('bisher gibt es keinen Wert');
  });

  it('says why values of several years cannot be assessed: a base year without value, none after it', () => {
    const values = cityWide([
      [2019, 3],
      [2020, 4],
      [2021, 5],
    ]);
    expect(explainAssessment(makeIndicator({ values, baseYearGiven: 2018 }))).toBe(
      'Für das Basisjahr 2018 gibt es keinen Wert der gesamten Stadt; ohne ihn ist keine Bewertung möglich.',
    );
    expect(explainAssessment(makeIndicator({ values, baseYearGiven: 2021 }))).toBe(
      'Nach dem Basisjahr 2021 gibt es noch keinen Wert; für eine Bewertung ist einer nötig.',
    );
    expect(explainAssessment(makeIndicator({ values, targetValue: 1, targetYear: 2019 }))).toBe(
      'Aus den vorhandenen Werten lässt sich nach der Methode keine Bewertung ableiten.',
    );
  });
});

describe('valueText', () => {
  it('keeps number and unit together with a non-breaking space', () => {
    expect(valueText(7.4, 't CO₂ je Einw.')).toBe(`7,4${NBSP}t CO₂ je Einw.`);
    expect(valueText(45, '%')).toBe(`45${NBSP}%`);
    expect(valueText(1234, null)).toBe('1.234');
  });
});
