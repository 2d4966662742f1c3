import { describe, expect, it } from 'vitest';
import {
  changedMeasureCount,
  changeSetSchema,
  diffSnapshots,
  filterChangeSet,
  isUnchanged,
  OTHER_FIELDS,
  type ComparedChangeSet,
} from './diff.ts';
import { SNAPSHOT_FIELDS, snapshotSchema, toSnapshot } from './snapshot.ts';
import { assessment, makeIndicator } from '../../testing/make-indicator.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { publicationChanges, changesWithoutHistory, publicationChangesSchema } from './publication-changes.ts';
import { makeMeasure, makeModel, report } from './testing.ts';
import type { Measure } from '../../schemas/measure.ts';

const snapshotOf = (
  measures: Measure[],
  stand: string,
  session: string | null = null,
  previous = null as ReturnType<typeof toSnapshot> | null,
) => toSnapshot(makeModel(measures, { stand, session }), { stand, previous });

function compare(before: Measure[], after: Measure[]): ComparedChangeSet {
  const previous = snapshotOf(before, '2026-11-12', 'Ratsversammlung vom 11.11.2026');
  const result = diffSnapshots(previous, snapshotOf(after, '2027-02-10', 'Ratsversammlung vom 09.02.2027', previous));
  if (result.first) throw new Error('expected a comparison');
  expect(changeSetSchema.parse(result)).toEqual(result);
  return result;
}

const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

describe('diffSnapshots', () => {
  it('says "first publication" without a previous snapshot', () => {
    expect(diffSnapshots(null, snapshotOf([makeMeasure({ id: '1' })], '2026-11-12', 'Rat'))).toEqual({
      first: true,
      current: { stand: '2026-11-12', session: 'Rat' },
    });
  });

  it('finds nothing when nothing changed', () => {
    const ms = [makeMeasure({ id: '1', report: report('2026-01-01', 'a') }), makeMeasure({ id: '2' })];
    const result = compare(
      ms,
      ms.map((m) => ({ ...m })),
    );
    expect(isUnchanged(result)).toBe(true);
    expect(changedMeasureCount(result)).toBe(0);
    expect(result.previous).toEqual({ stand: '2026-11-12', session: 'Ratsversammlung vom 11.11.2026' });
    expect(result.current).toEqual({ stand: '2027-02-10', session: 'Ratsversammlung vom 09.02.2027' });
  });

  it('lists new and removed measures, sorted by Nr.', () => {
    const result = compare(
      [makeMeasure({ id: '1' }), makeMeasure({ id: '2', title: 'Alt' })],
      [makeMeasure({ id: '1' }), makeMeasure({ id: '10', title: 'Zehn' }), makeMeasure({ id: '3', title: 'Drei' })],
    );
    expect(result.added).toEqual([
      { id: '3', title: 'Drei' },
      { id: '10', title: 'Zehn' },
    ]);
    expect(result.removed).toEqual([{ id: '2', title: 'Alt' }]);
    expect(result.statusChanges).toEqual([]);
    expect(result.newReports).toEqual([]);
  });

  it('lists a completed measure once, with its former status, and not its jump to 100 %', () => {
    const result = compare(
      [makeMeasure({ id: '1', status: 'in-progress', progress: 80 })],
      [makeMeasure({ id: '1', status: 'completed', progress: 100 })],
    );
    expect(result.completed).toEqual([{ id: '1', title: 'Maßnahme 1', from: 'in-progress', to: 'completed' }]);
    expect(result.statusChanges).toEqual([]);
    expect(result.progressChanges).toEqual([]);
  });

  it('lists other status changes old → new, also a re-opened measure', () => {
    const result = compare(
      [makeMeasure({ id: '1', status: 'planned' }), makeMeasure({ id: '2', status: 'completed' })],
      [makeMeasure({ id: '1', status: 'preparing' }), makeMeasure({ id: '2', status: 'in-progress' })],
    );
    expect(result.statusChanges).toEqual([
      { id: '1', title: 'Maßnahme 1', from: 'planned', to: 'preparing' },
      { id: '2', title: 'Maßnahme 2', from: 'completed', to: 'in-progress' },
    ]);
    expect(result.completed).toEqual([]);
  });

  it('does not list a measure that was completed before and still is', () => {
    const result = compare(
      [makeMeasure({ id: '1', status: 'completed' })],
      [makeMeasure({ id: '1', status: 'completed' })],
    );
    expect(isUnchanged(result)).toBe(true);
  });

  it('lists progress changes, including to and from "not given"', () => {
    const result = compare(
      [
        makeMeasure({ id: '1', progress: 40 }),
        makeMeasure({ id: '2', progress: null }),
        makeMeasure({ id: '3', progress: 20 }),
      ],
      [
        makeMeasure({ id: '1', progress: 55 }),
        makeMeasure({ id: '2', progress: 10 }),
        makeMeasure({ id: '3', progress: null }),
      ],
    );
    expect(result.progressChanges.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: '1', from: 40, to: 55 },
      { id: '2', from: null, to: 10 },
      { id: '3', from: 20, to: null },
    ]);
  });

  it('lists a new report by date, a rewritten report of the same date, and a first report', () => {
    const result = compare(
      [
        makeMeasure({ id: '1', report: report('2026-10-01', 'alt') }),
        makeMeasure({ id: '2', report: report('2026-10-01', 'alt') }),
        makeMeasure({ id: '3' }),
        makeMeasure({ id: '4', report: report('2026-10-01', 'gleich') }),
      ],
      [
        makeMeasure({ id: '1', report: report('2027-01-15', 'neu') }),
        makeMeasure({ id: '2', report: report('2026-10-01', 'korrigiert') }),
        makeMeasure({ id: '3', report: report('2027-01-20', 'erster') }),
        makeMeasure({ id: '4', report: report('2026-10-01', 'gleich') }),
      ],
    );
    expect(result.newReports).toEqual([
      { id: '1', title: 'Maßnahme 1', date: '2027-01-15' },
      { id: '2', title: 'Maßnahme 2', date: '2026-10-01' },
      { id: '3', title: 'Maßnahme 3', date: '2027-01-20' },
    ]);
  });

  it('does not call a report that disappeared a new one', () => {
    const result = compare([makeMeasure({ id: '1', report: report('2026-10-01', 'a') })], [makeMeasure({ id: '1' })]);
    expect(result.newReports).toEqual([]);
  });

  it('lists a completed measure’s new report too', () => {
    const result = compare(
      [makeMeasure({ id: '1', report: report('2026-10-01', 'läuft') })],
      [makeMeasure({ id: '1', status: 'completed', progress: 100, report: report('2027-01-10', 'fertig') })],
    );
    expect(ids(result.completed)).toEqual(['1']);
    expect(ids(result.newReports)).toEqual(['1']);
    expect(changedMeasureCount(result)).toBe(1);
  });

  it('lists an amount that became exact as a change, though the figure is the same', () => {
    const result = compare(
      [makeMeasure({ id: '1', costs: 500_000, costsApproximate: true })],
      [makeMeasure({ id: '1', costs: 500_000 })],
    );
    expect(result.otherChanges).toEqual([
      { id: '1', title: 'Maßnahme 1', fields: [{ field: 'costs', from: 500_000, to: 500_000, fromApproximate: true }] },
    ]);
    // A record of an exact amount has no flag at all, so records written before the flag compare equal.
    expect('costsApproximate' in snapshotOf([makeMeasure({ id: '1', costs: 1 })], '2026-11-12').measures[0]!).toBe(
      false,
    );
  });

  it('lists title, lead, costs, funding and end changes with old and new values', () => {
    const result = compare(
      [
        makeMeasure({
          id: '1',
          title: 'Alt',
          leadDepartmentId: '61',
          costs: 100,
          funding: null,
          end: { precision: 'year', iso: '2027' },
        }),
      ],
      [
        makeMeasure({
          id: '1',
          title: 'Neu',
          leadDepartmentId: '66',
          costs: 150,
          funding: 50,
          end: { precision: 'month', iso: '2027-06' },
        }),
      ],
    );
    expect(result.otherChanges).toEqual([
      {
        id: '1',
        title: 'Neu',
        fields: [
          { field: 'title', from: 'Alt', to: 'Neu' },
          { field: 'lead', from: '61', to: '66' },
          { field: 'costs', from: 100, to: 150 },
          { field: 'funding', from: null, to: 50 },
          { field: 'end', from: '2027', to: '2027-06' },
        ],
      },
    ]);
  });

  it('names other published facts that changed, without their values', () => {
    const decision = { body: 'Ratsversammlung', date: null, paper: 'DS-1', link: null };
    const result = compare(
      [makeMeasure({ id: '1', decision, keywords: ['Kita'] }), makeMeasure({ id: '2', costs: 1 })],
      [
        makeMeasure({ id: '1', decision: { ...decision, paper: 'DS-2' }, keywords: ['Kita', 'Krippe'] }),
        makeMeasure({ id: '2', costs: 2, districts: ['Wittorf'] }),
      ],
    );
    expect(result.otherChanges).toEqual([
      { id: '1', title: 'Maßnahme 1', fields: [], details: ['decision', 'keywords'] },
      { id: '2', title: 'Maßnahme 2', fields: [{ field: 'costs', from: 1, to: 2 }], details: ['districts'] },
    ]);
    expect(changedMeasureCount(result)).toBe(2);
  });

  it('covers every changeable field of the snapshot', () => {
    const covered = new Set<string>(['status', 'progress', 'report', ...OTHER_FIELDS]);
    expect(SNAPSHOT_FIELDS.filter((f) => !covered.has(f))).toEqual([]);
  });
});

describe('publicationChanges', () => {
  it('hands the change set and each measure’s last change to the site', () => {
    const previous = snapshotOf([makeMeasure({ id: '1' }), makeMeasure({ id: '2' })], '2026-11-12');
    const current = snapshotOf(
      [makeMeasure({ id: '1' }), makeMeasure({ id: '2', progress: 70 })],
      '2027-02-10',
      null,
      previous,
    );
    const result = publicationChanges(previous, current);
    expect(publicationChangesSchema.parse(result)).toEqual(result);
    expect(result.changedAt).toEqual({ '1': '2026-11-12', '2': '2027-02-10' });
    expect(result.firstStand).toBe('2026-11-12');
    expect(result.changes.first).toBe(false);
  });

  it('shows data without any snapshot as a first publication', () => {
    const result = changesWithoutHistory(makeModel([makeMeasure({ id: '1' })], { stand: null }), '2026-12-01');
    const changes = { first: true, current: { stand: '2026-12-01', session: 'Ratsversammlung vom 11.11.2026' } };
    expect(result).toEqual({
      changes,
      changedAt: { '1': '2026-12-01' },
      firstStand: '2026-12-01',
      publications: [
        {
          key: '2026-12-01',
          stand: '2026-12-01',
          sequence: 1,
          session: 'Ratsversammlung vom 11.11.2026',
          published: null,
          changes,
        },
      ],
      sameStand: false,
    });
  });
});

describe('filterChangeSet', () => {
  it('keeps only the given measures in every list, and a first publication as it is', () => {
    const changes = compare(
      [makeMeasure({ id: '1', progress: 10 }), makeMeasure({ id: '2', progress: 10 }), makeMeasure({ id: '3' })],
      [
        makeMeasure({ id: '1', progress: 20 }),
        makeMeasure({ id: '2', progress: 30, status: 'completed' }),
        makeMeasure({ id: '4' }),
      ],
    );
    const only = filterChangeSet(changes, new Set(['2', '3', '4']));
    if (only.first) throw new Error('expected a comparison');
    expect([ids(only.progressChanges), ids(only.completed), ids(only.removed), ids(only.added)]).toEqual([
      [],
      ['2'],
      ['3'],
      ['4'],
    ]);
    expect(changedMeasureCount(filterChangeSet(changes, new Set(['1'])))).toBe(1);
    const first = diffSnapshots(null, snapshotOf([makeMeasure({ id: '1' })], '2026-11-12'));
    expect(filterChangeSet(first, new Set())).toBe(first);
  });
});

describe('diffSnapshots: indicators', () => {
  const k = (id: string, category: Indicator['assessment']['category'], values: [number, number, string?][]) =>
    makeIndicator({
      id,
      values: values.map(([year, value, district]) => ({
        year,
        value,
        district: district ?? null,
        note: null,
        source: { file: 'a', sheet: 'Kennzahlwerte', row: 2 },
      })),
      assessment: assessment({ category }),
    });
  const compareIndicators = (before: Indicator[], after: Indicator[]): ComparedChangeSet => {
    const model = (indicators: Indicator[], stand: string) => ({ ...makeModel([], { stand }), indicators });
    const previous = toSnapshot(model(before, '2026-11-12'), { stand: '2026-11-12', previous: null });
    const result = diffSnapshots(previous, toSnapshot(model(after, '2027-02-10'), { stand: '2027-02-10', previous }));
    if (result.first) throw new Error('expected a comparison');
    expect(changeSetSchema.parse(result)).toEqual(result);
    return result;
  };

  it('names new values by year and changed assessments, not unchanged indicators', () => {
    const before = [
      k('K1', 'on-track', [[2024, 9.1]]),
      k('K2', 'too-slow', [[2024, 5]]),
      k('K3', 'no-change', [[2024, 1]]),
    ];
    const after = [
      k('K1', 'target-reached', [
        [2024, 9.1],
        [2026, 7.8],
      ]),
      k('K2', 'too-slow', [
        [2024, 5],
        [2025, 6, 'Stadtmitte'],
      ]),
      k('K3', 'no-change', [[2024, 1]]),
      k('K4', 'not-assessable', [[2025, 3]]),
    ];
    const diff = compareIndicators(before, after);
    expect(diff.newIndicatorValues).toEqual([
      { id: 'K1', title: after[0]!.title, years: [2026], cityWide: true },
      { id: 'K2', title: after[1]!.title, years: [2025], cityWide: false },
      { id: 'K4', title: after[3]!.title, years: [2025], cityWide: true },
    ]);
    expect(diff.assessmentChanges).toEqual([
      { id: 'K1', title: after[0]!.title, from: 'on-track', to: 'target-reached' },
    ]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it('finds nothing when the indicators did not change', () => {
    const same = [k('K1', 'on-track', [[2024, 9.1]])];
    const diff = compareIndicators(same, same);
    expect(diff.newIndicatorValues).toEqual([]);
    expect(isUnchanged(diff)).toBe(true);
  });

  it('reads a record written before indicators existed', () => {
    const old = { version: 1, stand: '2026-11-12', session: null, firstStand: '2026-11-12', measures: [] };
    expect(snapshotSchema.parse(old).indicators).toEqual([]);
  });
});
