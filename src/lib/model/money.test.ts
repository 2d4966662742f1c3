import { describe, expect, it } from 'vitest';
import { moneyFigures, sumMoney } from './money.ts';

const m = (id: string, costs: number | null, funding: number | null = null, approximate = false) => ({
  id,
  costs,
  costsApproximate: approximate,
  funding,
  fundingApproximate: false,
});

describe('moneyFigures', () => {
  it('sums over the measures with a value and says how many of all have one', () => {
    const f = moneyFigures([m('1', 1_000_000, 250_000), m('2', 500.5), m('3', null, 100)]);
    expect(f.costs).toEqual({ total: 1_000_500.5, withValue: 2, of: 3, approximate: 0 });
    expect(f.funding).toEqual({ total: 250_100, withValue: 2, of: 3, approximate: 0 });
  });

  it('counts a measure listed twice once (a goal and its sub-goal)', () => {
    const f = moneyFigures([m('1', 100), m('2', 50), m('1', 100)]);
    expect(f.costs).toEqual({ total: 150, withValue: 2, of: 2, approximate: 0 });
  });

  it('never reads a missing amount as 0, and a 0 amount as a value', () => {
    expect(moneyFigures([m('1', null), m('2', null)]).costs).toEqual({ total: 0, withValue: 0, of: 2, approximate: 0 });
    expect(moneyFigures([m('1', 0)]).costs).toEqual({ total: 0, withValue: 1, of: 1, approximate: 0 });
    expect(moneyFigures([]).costs).toEqual({ total: 0, withValue: 0, of: 0, approximate: 0 });
  });

  it('adds in cents, so many amounts leave no floating dust', () => {
    const many = Array.from({ length: 1000 }, (_, i) => m(String(i), 0.1));
    expect(sumMoney(many, (x) => x.costs).total).toBe(100);
    expect(sumMoney([m('a', 0.1), m('b', 0.2)], (x) => x.costs).total).toBe(0.3);
  });

  it('counts the approximate amounts in a sum, so the sum can say it is approximate', () => {
    const f = moneyFigures([m('1', 500_000, 20_000, true), m('2', 100), m('3', null, null, true), m('1', 500_000)]);
    expect(f.costs).toEqual({ total: 500_100, withValue: 2, of: 3, approximate: 1 });
    // Only the costs were approximate: the funding sum stays exact.
    expect(f.funding).toEqual({ total: 20_000, withValue: 1, of: 3, approximate: 0 });
  });
});
