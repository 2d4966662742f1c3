import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from './today.ts';

describe('todayIso', () => {
  // East of UTC, so that just after local midnight UTC is still on the day before; Node applies
  // a changed TZ at once.
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('writes the local calendar day with two-digit month and day', () => {
    expect(todayIso(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 11, 31, 12))).toBe('2026-12-31');
  });

  it('takes the day from the local calendar, not from UTC', () => {
    const justAfterLocalMidnight = new Date(2026, 10, 20, 0, 30);
    expect(justAfterLocalMidnight.toISOString().slice(0, 10)).toBe('2026-11-19');
    expect(todayIso(justAfterLocalMidnight)).toBe('2026-11-20');
  });
});
