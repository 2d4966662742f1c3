import { describe, expect, it } from 'vitest';
import { staleReportAge } from './stale-report.ts';

const day = (iso: string) => ({ date: { precision: 'day' as const, iso } });
const month = (iso: string) => ({ date: { precision: 'month' as const, iso } });

describe('staleReportAge', () => {
  it('is the age of a report older than the limit', () => {
    expect(staleReportAge('in-progress', day('2025-01-10'), '2026-11-12', 12)).toEqual({
      date: { precision: 'day', iso: '2025-01-10' },
      months: 22,
    });
  });

  it('is null at or below the limit, without a date, or without a report', () => {
    expect(staleReportAge('in-progress', day('2025-11-12'), '2026-11-12', 12)).toBeNull();
    expect(staleReportAge('in-progress', { date: null }, '2026-11-12', 12)).toBeNull();
    expect(staleReportAge('in-progress', null, '2026-11-12', 12)).toBeNull();
  });

  it('ignores completed and dropped measures, but not a measure without status', () => {
    expect(staleReportAge('completed', day('2020-01-01'), '2026-11-12', 12)).toBeNull();
    expect(staleReportAge('dropped', day('2020-01-01'), '2026-11-12', 12)).toBeNull();
    expect(staleReportAge(null, day('2020-01-01'), '2026-11-12', 12)).not.toBeNull();
  });

  it('counts a month from its end', () => {
    // Report of November 2025 counts from 30 November: 12 months on 2026-11-30, not yet 13.
    expect(staleReportAge('in-progress', month('2025-11'), '2026-12-29', 12)).toBeNull();
    expect(staleReportAge('in-progress', month('2025-11'), '2026-12-30', 12)).toMatchObject({ months: 13 });
  });
});
