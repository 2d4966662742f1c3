import { describe, expect, it } from 'vitest';
import {
  compareRecords,
  recordKey,
  samePublication,
  changedDetails,
  choosePrevious,
  comparableGroups,
  DETAIL_GROUPS,
  detailHashes,
  type DetailGroup,
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
  /** Two different values of each detail group, applied to {@link plain}. */
  const values: Record<DetailGroup, [Partial<Measure>, Partial<Measure>]> = {
    summary: [
      { summary: { markdown: 'Neu', html: '<p>Neu</p>', text: 'Neu' } },
      { summary: { markdown: 'Neuer', html: '<p>Neuer</p>', text: 'Neuer' } },
    ],
    type: [{ type: 'key' }, { type: 'council' }],
    start: [{ start: { precision: 'year', iso: '2027' } }, { start: { precision: 'quarter', iso: '2027-Q1' } }],
    participants: [{ participatingDepartmentIds: ['66'] }, { participatingDepartmentIds: ['66', '61'] }],
    productArea: [{ productAreaId: 5 }, { productAreaId: 5, product: '011101' }],
    goals: [{ goalIds: ['1.1'] }, { goalIds: ['1.1.1'] }],
    sdgs: [{ sdgs: [11] }, { sdgs: [1, 1] }],
    districts: [{ districts: ['Wittorf'] }, { districts: ['Wittorf', 'Faldera'] }],
    location: [{ location: { lat: 54.07, lon: 9.98 } }, { location: { lat: 54.07, lon: 9.99 } }],
    decision: [
      { decision: { body: 'DS-1', date: null, paper: null, link: null } },
      { decision: { body: null, date: null, paper: 'DS-1', link: null } },
    ],
    keywords: [{ keywords: ['a\nb'] }, { keywords: ['a', 'b'] }],
  };

  it('has no hash for a group without a value', () => {
    expect(detailHashes(plain)).toEqual({});
  });

  it.each(DETAIL_GROUPS)('tells a change of %s, and of nothing else', (group) => {
    const [one, other] = values[group].map((v) => detailHashes({ ...plain, ...v }));
    expect(Object.keys(one!)).toEqual([group]);
    expect(Object.keys(other!)).toEqual([group]);
    expect(one![group]).toMatch(/^[0-9a-f]{8}$/);
    expect(one![group]).not.toBe(other![group]);
  });

  it('ignores the order of a list', () => {
    const a = detailHashes(makeMeasure({ id: '1', districts: ['Wittorf', 'Faldera'], keywords: ['Kita', 'Krippe'] }));
    const b = detailHashes(makeMeasure({ id: '1', districts: ['Faldera', 'Wittorf'], keywords: ['Krippe', 'Kita'] }));
    expect(a).toEqual(b);
  });

  it('stays the same from version to version (stored records are compared with it)', () => {
    const measure = makeMeasure({
      id: '1',
      districts: ['Wittorf', 'Faldera'],
      decision: { body: 'Ratsversammlung', date: { precision: 'day', iso: '2026-11-11' }, paper: 'DS-1', link: null },
      keywords: ['Kita'],
    });
    expect(detailHashes(measure)).toEqual({ districts: '77849402', decision: 'b4842565', keywords: '03bb990a' });
  });
});

describe('comparableGroups and changedDetails', () => {
  const a = measureRecord(makeMeasure({ id: '1', keywords: ['Kita'], districts: ['Wittorf'] }));
  const b = measureRecord(makeMeasure({ id: '1', keywords: ['Krippe'] }));
  const current = { detailGroups: [...DETAIL_GROUPS] };

  it('names the groups that differ, in their order', () => {
    expect(changedDetails(a, b, DETAIL_GROUPS)).toEqual(['districts', 'keywords']);
    expect(changedDetails(a, a, DETAIL_GROUPS)).toEqual([]);
  });

  it('compares nothing with a record that predates the details', () => {
    expect(comparableGroups({}, current)).toEqual([]);
    expect(comparableGroups(null, current)).toEqual([]);
    const { details: _, ...old } = a;
    expect(sameRecord(old, b, comparableGroups({}, current))).toBe(true);
  });

  it('compares only the groups both writers knew, and keeps unknown ones', () => {
    const older = { detailGroups: DETAIL_GROUPS.filter((g) => g !== 'keywords') };
    expect(comparableGroups(older, current)).not.toContain('keywords');
    expect(changedDetails(a, b, comparableGroups(older, current))).toEqual(['districts']);
    const newer = { detailGroups: [...DETAIL_GROUPS, 'future'] };
    expect(comparableGroups(newer, current)).toEqual([...DETAIL_GROUPS]);
    const stored = snapshotSchema.parse({
      ...toSnapshot(makeModel([makeMeasure({ id: '1' })]), { stand: '2026-11-12', previous: null }),
      detailGroups: newer.detailGroups,
    });
    const withFuture = { ...stored, measures: [{ ...stored.measures[0]!, details: { future: '0123abcd' } }] };
    expect(snapshotSchema.parse(withFuture).measures[0]!.details).toEqual({ future: '0123abcd' });
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
    expect(sameRecord(base, { ...base }, DETAIL_GROUPS)).toBe(true);
    expect(sameRecord(base, { ...base, report: { ...base.report! } }, DETAIL_GROUPS)).toBe(true);
    expect(sameRecord(base, { ...base, title: 'anders' }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, status: 'completed' }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, progress: null }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, report: null }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, report: { date: '2026-01-02', hash: base.report!.hash } }, DETAIL_GROUPS)).toBe(
      false,
    );
    expect(sameRecord(base, { ...base, lead: '66' }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, costs: 1 }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, funding: 1 }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, end: '2027' }, DETAIL_GROUPS)).toBe(false);
    expect(sameRecord(base, { ...base, details: { keywords: '0123abcd' } }, DETAIL_GROUPS)).toBe(false);
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

  it('stays readable with quarter dates (end, report date and Stand)', () => {
    const quarterly = makeMeasure({
      id: '1',
      end: { precision: 'quarter', iso: '2027-Q3' },
      report: { ...report(null, 'Bericht'), date: { precision: 'quarter', iso: '2026-Q4' } },
    });
    const snap = toSnapshot(makeModel([quarterly], { stand: null }), { stand: '2026-Q4', previous: null });
    expect(snapshotSchema.safeParse(JSON.parse(JSON.stringify(snap))).success).toBe(true);
    expect(snap.measures[0]).toMatchObject({ end: '2027-Q3', report: { date: '2026-Q4' } });
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
