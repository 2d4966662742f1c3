import { describe, expect, it } from 'vitest';
import {
  compareRecords,
  recordKey,
  samePublication,
  changedDetails,
  choosePrevious,
  DETAIL_GROUPS,
  detailHashes,
  measureRecord,
  publicationStand,
  reportHash,
  sameRecord,
  snapshotSchema,
  toSnapshot,
  type Snapshot,
} from './snapshot.ts';
import { makeMeasure, makeModel, report } from './testing.ts';
import type { Measure } from '../../schemas/measure.ts';

describe('measureRecord', () => {
  it('keeps only the normalised fields that matter', () => {
    const record = measureRecord(
      makeMeasure({
        id: '2024-008',
        title: 'Radweg',
        status: 'in-progress',
        progress: 45.000000000000004,
        leadDepartmentId: '61',
        costs: 1250000.499999,
        funding: null,
        end: { precision: 'month', iso: '2027-03' },
        report: report('2026-11-01', 'Bauabschnitt 1 **fertig**.'),
      }),
    );
    expect(record).toEqual({
      id: '2024-008',
      title: 'Radweg',
      status: 'in-progress',
      progress: 45,
      report: { date: '2026-11-01', hash: reportHash('Bauabschnitt 1 **fertig**.') },
      lead: '61',
      costs: 1250000.5,
      funding: null,
      end: '2027-03',
      details: {},
    });
  });

  it('takes the newest history entry when the row has no current report', () => {
    const older = report('2025-01-01', 'alt');
    const newer = report('2026-01-01', 'neu');
    const record = measureRecord(makeMeasure({ id: '1', report: null, reports: [newer, older] }));
    expect(record.report).toEqual({ date: '2026-01-01', hash: reportHash('neu') });
  });

  it('has no report when there is none', () => {
    expect(measureRecord(makeMeasure({ id: '1' })).report).toBeNull();
  });
});

describe('detailHashes', () => {
  const plain = makeMeasure({ id: '1' });
  /** A change to each detail group, applied to {@link plain}. */
  const changes: Record<(typeof DETAIL_GROUPS)[number], Partial<Measure>> = {
    summary: { summary: { markdown: 'Neu', html: '<p>Neu</p>', text: 'Neu' } },
    type: { type: 'key' },
    start: { start: { precision: 'year', iso: '2027' } },
    participants: { participatingDepartmentIds: ['66'] },
    productArea: { productAreaId: 5 },
    goals: { goalIds: ['1.1'] },
    sdgs: { sdgs: [11] },
    districts: { districts: ['Wittorf'] },
    location: { location: { lat: 54.07, lon: 9.98 } },
    decision: { decision: { body: 'Ratsversammlung', date: null, paper: null, link: null } },
    keywords: { keywords: ['Kita'] },
  };

  it('has no hash for a group without a value', () => {
    expect(detailHashes(plain)).toEqual({});
  });

  it.each(DETAIL_GROUPS)('tells a change of %s, and of nothing else', (group) => {
    const changed = detailHashes({ ...plain, ...changes[group] });
    expect(Object.keys(changed)).toEqual([group]);
    expect(changed[group]).toMatch(/^[0-9a-f]{8}$/);
  });

  it('ignores the order of a list', () => {
    const a = detailHashes(makeMeasure({ id: '1', districts: ['Wittorf', 'Faldera'], keywords: ['Kita', 'Krippe'] }));
    const b = detailHashes(makeMeasure({ id: '1', districts: ['Faldera', 'Wittorf'], keywords: ['Krippe', 'Kita'] }));
    expect(a).toEqual(b);
  });

  it('tells each part of the decision apart', () => {
    const decision = { body: 'Rat', date: null, paper: 'DS-1', link: null };
    const a = detailHashes(makeMeasure({ id: '1', decision }));
    const b = detailHashes(makeMeasure({ id: '1', decision: { ...decision, paper: 'DS-2' } }));
    expect(a.decision).not.toBe(b.decision);
  });
});

describe('changedDetails', () => {
  const a = measureRecord(makeMeasure({ id: '1', keywords: ['Kita'], districts: ['Wittorf'] }));
  const b = measureRecord(makeMeasure({ id: '1', keywords: ['Krippe'] }));

  it('names the groups that differ, in their order', () => {
    expect(changedDetails(a, b)).toEqual(['districts', 'keywords']);
    expect(changedDetails(a, a)).toEqual([]);
  });

  it('names nothing when a record predates the details', () => {
    const { details: _, ...old } = a;
    expect(changedDetails(old, b)).toEqual([]);
    expect(sameRecord(old, b)).toBe(true);
  });
});

describe('reportHash', () => {
  it('is short, stable and tells texts apart', () => {
    expect(reportHash('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(reportHash('a')).toBe(reportHash('a'));
    expect(reportHash('a')).not.toBe(reportHash('b'));
  });
});

describe('sameRecord', () => {
  const base = measureRecord(makeMeasure({ id: '1', report: report('2026-01-01', 'x') }));
  it('is true for equal records and false for any changed field', () => {
    expect(sameRecord(base, { ...base })).toBe(true);
    expect(sameRecord(base, { ...base, report: { ...base.report! } })).toBe(true);
    expect(sameRecord(base, { ...base, title: 'anders' })).toBe(false);
    expect(sameRecord(base, { ...base, status: 'completed' })).toBe(false);
    expect(sameRecord(base, { ...base, progress: null })).toBe(false);
    expect(sameRecord(base, { ...base, report: null })).toBe(false);
    expect(sameRecord(base, { ...base, report: { date: '2026-01-02', hash: base.report!.hash } })).toBe(false);
    expect(sameRecord(base, { ...base, lead: '66' })).toBe(false);
    expect(sameRecord(base, { ...base, costs: 1 })).toBe(false);
    expect(sameRecord(base, { ...base, funding: 1 })).toBe(false);
    expect(sameRecord(base, { ...base, end: '2027' })).toBe(false);
    expect(sameRecord(base, { ...base, details: { keywords: '0123abcd' } })).toBe(false);
  });
});

describe('publicationStand', () => {
  it('is the publication date, else today', () => {
    expect(publicationStand(makeModel([], { stand: '2026-11-12' }), '2026-12-01')).toBe('2026-11-12');
    expect(publicationStand(makeModel([], { stand: null }), '2026-12-01')).toBe('2026-12-01');
  });
});

describe('toSnapshot', () => {
  const m1 = makeMeasure({ id: '10', title: 'Zehn' });
  const m2 = makeMeasure({ id: '2', title: 'Zwei' });

  it('is a valid, versioned snapshot sorted by Nr. (naturally)', () => {
    const snap = toSnapshot(makeModel([m1, m2], { session: 'Rat' }), { stand: '2026-11-12', previous: null });
    expect(snapshotSchema.parse(snap)).toEqual(snap);
    expect(snap).toMatchObject({ version: 1, stand: '2026-11-12', session: 'Rat', firstStand: '2026-11-12' });
    expect(snap.measures.map((m) => m.id)).toEqual(['2', '10']);
    expect(snap.measures.every((m) => m.changedAt === '2026-11-12')).toBe(true);
  });

  it('carries changedAt forward for unchanged measures and sets it for changed and new ones', () => {
    const first = toSnapshot(makeModel([m1, m2]), { stand: '2026-11-12', previous: null });
    const next = toSnapshot(
      makeModel([m1, { ...m2, progress: 60 }, makeMeasure({ id: '3' })], { stand: '2027-02-10' }),
      { stand: '2027-02-10', previous: first },
    );
    const changedAt = Object.fromEntries(next.measures.map((m) => [m.id, m.changedAt]));
    expect(changedAt).toEqual({ '2': '2027-02-10', '3': '2027-02-10', '10': '2026-11-12' });
    expect(next.firstStand).toBe('2026-11-12');
    const third = toSnapshot(makeModel([m1, { ...m2, progress: 60 }]), { stand: '2027-05-01', previous: next });
    expect(third.measures.map((m) => m.changedAt)).toEqual(['2027-02-10', '2026-11-12']);
  });

  it('is small: no summary, links or HTML', () => {
    const big = makeMeasure({
      id: '1',
      summary: { markdown: 'x'.repeat(5000), html: 'x'.repeat(5000), text: 'x'.repeat(5000) },
      report: report('2026-01-01', 'y'.repeat(5000)),
    });
    expect(JSON.stringify(toSnapshot(makeModel([big]), { stand: '2026-11-12', previous: null })).length).toBeLessThan(
      500,
    );
  });
});

describe('choosePrevious', () => {
  const snap = (stand: string): Snapshot => ({
    version: 1,
    stand,
    session: null,
    firstStand: stand,
    measures: [],
    indicators: [],
  });

  it('takes the newest snapshot older than the current Stand, never the same Stand', () => {
    const all = [snap('2026-05-01'), snap('2026-11-12'), snap('2027-02-10'), snap('2025-01-01')];
    expect(choosePrevious(all, '2027-02-10')?.stand).toBe('2026-11-12');
    expect(choosePrevious(all, '2026-11-12')?.stand).toBe('2026-05-01');
    expect(choosePrevious(all, '2030-01-01')?.stand).toBe('2027-02-10');
    expect(choosePrevious(all, '2025-01-01')).toBeNull();
    expect(choosePrevious([], '2026-01-01')).toBeNull();
  });
});

describe('records of one Stand', () => {
  const base = toSnapshot(makeModel([makeMeasure({ id: '1' })]), { stand: '2026-11-12', previous: null });

  it('are keyed and ordered by Stand, then sequence', () => {
    const second = { ...base, sequence: 2 };
    expect(recordKey(base)).toBe('2026-11-12');
    expect(recordKey(second)).toBe('2026-11-12_2');
    const later = { ...base, stand: '2026-12-01' };
    expect([later, second, base].sort(compareRecords).map(recordKey)).toEqual([
      '2026-11-12',
      '2026-11-12_2',
      '2026-12-01',
    ]);
  });

  it('are the same publication when Sitzung, measures and sections agree, whatever Stand, day or changedAt', () => {
    const again = {
      ...base,
      stand: '2027-01-01',
      published: '2027-01-02',
      measures: base.measures.map((m) => ({ ...m, changedAt: '2027-01-01' })),
    };
    expect(samePublication(base, again)).toBe(true);
    expect(samePublication(base, { ...base, session: 'andere' })).toBe(false);
    expect(samePublication(base, { ...base, measures: base.measures.map((m) => ({ ...m, progress: 99 })) })).toBe(
      false,
    );
    expect(samePublication(base, { ...base, sections: { indicators: { version: 1, data: [1] } } })).toBe(false);
    expect(
      samePublication(
        { ...base, sections: { a: { version: 1, data: { x: 1, y: 2 } } } },
        { ...base, sections: { a: { version: 1, data: { y: 2, x: 1 } } } },
      ),
    ).toBe(true);
  });

  it('reads a record with sections and sequence back through the schema', () => {
    const record = {
      ...base,
      sequence: 2,
      published: '2026-11-13',
      sections: { indicators: { version: 3, data: { any: 'thing' } } },
    };
    expect(snapshotSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
