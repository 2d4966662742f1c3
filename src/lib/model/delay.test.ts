import { describe, expect, it } from 'vitest';
import { delayedFirst, delayReferenceDay, isDelayed } from './delay.ts';
import { STATUSES, type Status } from '../schemas/status.ts';
import { partialDateOf } from '../common/partial-date-of.ts';

const measure = (status: Status, end: string | null) => ({ status, end: end === null ? null : partialDateOf(end) });

describe('isDelayed', () => {
  it('calls a measure late when its end lies before the Stand, for every status still to be done', () => {
    const late = STATUSES.filter((s) => isDelayed(measure(s, '2026-06-30'), '2026-11-12'));
    expect(late).toEqual(['planned', 'preparing', 'in-progress', 'deferred']);
  });

  it('never calls a completed, dropped or ongoing measure late', () => {
    for (const status of ['completed', 'dropped', 'ongoing'] as const) {
      expect(isDelayed(measure(status, '2020-01-01'), '2026-11-12'), status).toBe(false);
    }
  });

  it('is not late on the day of its end, only after it', () => {
    expect(isDelayed(measure('in-progress', '2026-11-12'), '2026-11-12')).toBe(false);
    expect(isDelayed(measure('in-progress', '2026-11-11'), '2026-11-12')).toBe(true);
  });

  it('counts a month from its last day', () => {
    expect(isDelayed(measure('in-progress', '2026-11'), '2026-11-30')).toBe(false);
    expect(isDelayed(measure('in-progress', '2026-11'), '2026-12-01')).toBe(true);
    // February of a leap year ends on the 29th.
    expect(isDelayed(measure('planned', '2028-02'), '2028-02-29')).toBe(false);
    expect(isDelayed(measure('planned', '2028-02'), '2028-03-01')).toBe(true);
  });

  it('counts a year from its last day', () => {
    expect(isDelayed(measure('in-progress', '2026'), '2026-12-31')).toBe(false);
    expect(isDelayed(measure('in-progress', '2026'), '2027-01-01')).toBe(true);
    expect(isDelayed(measure('in-progress', '2025'), '2026-11-12')).toBe(true);
  });

  it('is never late without a planned end', () => {
    for (const status of STATUSES) expect(isDelayed(measure(status, null), '2099-12-31')).toBe(false);
  });
});

describe('delayReferenceDay', () => {
  it('is the last day of the Stand at its precision', () => {
    expect(delayReferenceDay(partialDateOf('2026-11-12'), '2030-01-01')).toBe('2026-11-12');
    expect(delayReferenceDay(partialDateOf('2026-11'), '2030-01-01')).toBe('2026-11-30');
    expect(delayReferenceDay(partialDateOf('2026'), '2030-01-01')).toBe('2026-12-31');
  });

  it('is today without a Stand', () => {
    expect(delayReferenceDay(null, '2026-11-25')).toBe('2026-11-25');
  });
});

describe('delayedFirst', () => {
  it('puts the delayed measures first, keeping the order within each group', () => {
    const list = [
      { id: 'a', delayed: false },
      { id: 'b', delayed: true },
      { id: 'c', delayed: false },
      { id: 'd', delayed: true },
    ];
    expect(delayedFirst(list).map((m) => m.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(list.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
