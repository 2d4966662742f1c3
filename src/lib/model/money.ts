/**
 * Costs and funding of a set of measures: the sums over the measures that give a value, and how
 * many do ("Kosten von 24 der 31 Maßnahmen"), so a missing amount never reads as 0 €. A measure
 * listed twice (under a goal and again under its sub-goal) is counted once.
 */
import type { Measure } from '../schemas/measure.ts';

/** A sum of amounts over a set of measures, with how many had a value. */
export interface MoneySum {
  /** Sum in euros over the measures with a value, exact to the cent. */
  readonly total: number;
  /** Measures with a value. */
  readonly withValue: number;
  /** All measures of the group. */
  readonly of: number;
  /** Measures whose amount is approximate (`ca.`): when above 0, the sum is approximate too. */
  readonly approximate: number;
}

/** Costs and funding of one group of measures. */
export interface MoneyFigures {
  readonly costs: MoneySum;
  readonly funding: MoneySum;
}

/** The sum of one amount over measures (each id once), with the count of measures giving it. */
export function sumMoney<M extends Pick<Measure, 'id'>>(
  measures: readonly M[],
  pick: (m: M) => number | null,
  isApproximate: (m: M) => boolean = () => false,
): MoneySum {
  const seen = new Set<string>();
  let cents = 0;
  let withValue = 0;
  let approximate = 0;
  for (const m of measures) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const v = pick(m);
    if (v !== null) {
      // In whole cents: floating sums of many amounts must not show 0,000001 €.
      cents += Math.round(v * 100);
      withValue += 1;
      if (isApproximate(m)) approximate += 1;
    }
  }
  return { total: cents / 100, withValue, of: seen.size, approximate };
}

/** Costs and funding of a set of measures (see the module comment). */
export function moneyFigures(
  measures: readonly Pick<Measure, 'id' | 'costs' | 'funding' | 'costsApproximate' | 'fundingApproximate'>[],
): MoneyFigures {
  return {
    costs: sumMoney(
      measures,
      (m) => m.costs,
      (m) => m.costsApproximate,
    ),
    funding: sumMoney(
      measures,
      (m) => m.funding,
      (m) => m.fundingApproximate,
    ),
  };
}
