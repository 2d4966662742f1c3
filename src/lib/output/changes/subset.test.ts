import { describe, expect, it } from 'vitest';
import { toSnapshot } from './snapshot.ts';
import { publicationChanges } from './publication-changes.ts';
import { changesForMeasures } from './subset.ts';
import { makeMeasure, makeModel } from './testing.ts';
import type { Measure } from '../../schemas/measure.ts';

const snapshotOf = (measures: Measure[], stand: string, previous = null as ReturnType<typeof toSnapshot> | null) =>
  toSnapshot(makeModel(measures, { stand, session: null }), { stand, previous });

describe('changesForMeasures', () => {
  it('keeps only the changes of the given measures, and no removed ones', () => {
    const before = snapshotOf([makeMeasure({ id: 'A', status: 'planned' }), makeMeasure({ id: 'B', status: 'planned' }), makeMeasure({ id: 'C' })], '2026-11-12');
    const after = snapshotOf(
      [makeMeasure({ id: 'A', status: 'in-progress' }), makeMeasure({ id: 'B', status: 'in-progress' }), makeMeasure({ id: 'D' })],
      '2027-02-10',
      before,
    );
    const subset = changesForMeasures(publicationChanges(before, after), new Set(['A', 'D']));
    expect(subset.changes.first).toBe(false);
    if (subset.changes.first) return;
    expect(subset.changes.statusChanges.map((c) => c.id)).toEqual(['A']);
    expect(subset.changes.added.map((c) => c.id)).toEqual(['D']);
    expect(subset.changes.removed).toEqual([]);
    expect(Object.keys(subset.changedAt).sort()).toEqual(['A', 'D']);
  });

  it('keeps a first publication a first publication', () => {
    const first = snapshotOf([makeMeasure({ id: 'A' })], '2026-11-12');
    expect(changesForMeasures(publicationChanges(null, first), new Set(['A'])).changes.first).toBe(true);
  });
});
