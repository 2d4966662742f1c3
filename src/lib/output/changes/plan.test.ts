import { describe, expect, it } from 'vitest';
import { planPublication } from './plan.ts';
import { makeMeasure, makeModel } from './testing.ts';
import type { Snapshot } from './snapshot.ts';

const today = '2026-11-25';
const model = (progress: number, stand = '2026-11-20', session = 'Ratsversammlung vom 11.11.2026') =>
  makeModel([makeMeasure({ id: '1', progress }), makeMeasure({ id: '2' })], { stand, session });

/** Plans and "records" the new snapshot, as a successful build would. */
function publish(records: Snapshot[], m: ReturnType<typeof model>, stand: string) {
  const plan = planPublication(records, m, { stand, today });
  return { plan, records: plan.isNew ? [...records, plan.snapshot] : records };
}

describe('planPublication', () => {
  it('makes the first record when there is none', () => {
    const plan = planPublication([], model(10), { stand: '2026-11-20', today });
    expect(plan).toMatchObject({ previous: null, isNew: true, sameStand: false });
    expect(plan.snapshot).toMatchObject({ stand: '2026-11-20', published: today });
    expect(plan.snapshot.sequence).toBeUndefined();
    expect(plan.history).toEqual([plan.snapshot]);
  });

  it('records nothing new for a rebuild of the same data, and still shows that record’s changes', () => {
    const a = publish([], model(10), '2026-11-20');
    const b = publish(a.records, model(20, '2027-02-19'), '2027-02-19');
    const again = planPublication(b.records, model(20, '2027-02-19'), { stand: '2027-02-19', today: '2027-03-01' });
    expect(again.isNew).toBe(false);
    expect(again.sameStand).toBe(false);
    expect(again.snapshot).toBe(b.plan.snapshot);
    expect(again.previous).toBe(a.plan.snapshot);
    expect(again.history).toEqual(b.records);
  });

  it('says when the record compared with predates the further facts, and not otherwise', () => {
    const a = publish([], model(10), '2026-11-20');
    const { detailGroups: _, ...old } = a.plan.snapshot;
    const withDistrict = makeModel(
      [makeMeasure({ id: '1', progress: 10, districts: ['Wittorf'] }), makeMeasure({ id: '2' })],
      {
        stand: '2026-11-20',
        session: 'Ratsversammlung vom 11.11.2026',
      },
    );
    // Against an old record, a change to a Stadtteil alone cannot be told: a rebuild, with the notice.
    const rebuild = planPublication([old], withDistrict, { stand: '2026-11-20', today });
    expect(rebuild).toMatchObject({ isNew: false, comparedWithoutDetails: old });
    const next = planPublication([old], model(10, '2027-02-19'), { stand: '2027-02-19', today });
    expect(next).toMatchObject({ isNew: true, comparedWithoutDetails: old });
    // Against a record that knows them, the same change is a further publication of the Stand.
    const known = planPublication(a.records, withDistrict, { stand: '2026-11-20', today });
    expect(known).toMatchObject({ isNew: true, sameStand: true, comparedWithoutDetails: null });
    expect(planPublication([], model(10), { stand: '2026-11-20', today }).comparedWithoutDetails).toBeNull();
  });

  it('records other data with the same Stand beside the first, compared with it', () => {
    const a = publish([], model(10), '2026-11-20');
    const b = publish(a.records, model(30), '2026-11-20');
    expect(b.plan).toMatchObject({ isNew: true, sameStand: true, previous: a.plan.snapshot });
    expect(b.plan.snapshot).toMatchObject({ stand: '2026-11-20', sequence: 2 });
    expect(b.plan.history).toEqual([a.plan.snapshot, b.plan.snapshot]);
    // The changed measure changed at this Stand; the first record is kept as it was.
    expect(b.records).toHaveLength(2);
    expect(b.records[0]).toBe(a.plan.snapshot);
    // A third version of that Stand follows the second; rebuilding it records nothing.
    const c = publish(b.records, model(40), '2026-11-20');
    expect(c.plan.snapshot.sequence).toBe(3);
    expect(c.plan.previous).toBe(b.plan.snapshot);
    expect(publish(c.records, model(40), '2026-11-20').plan).toMatchObject({ isNew: false, previous: b.plan.snapshot });
  });

  it('treats another Sitzung with the same Stand as other data', () => {
    const a = publish([], model(10), '2026-11-20');
    expect(
      planPublication(a.records, model(10, '2026-11-20', 'Ratsversammlung vom 12.11.2026'), {
        stand: '2026-11-20',
        today,
      }).isNew,
    ).toBe(true);
  });

  it('treats other data in a further section (e.g. indicators) as other data', () => {
    const a = planPublication([], model(10), {
      stand: '2026-11-20',
      today,
      sections: { indicators: { version: 1, data: { x: 1 } } },
    });
    const same = planPublication([a.snapshot], model(10), {
      stand: '2026-11-20',
      today,
      sections: { indicators: { version: 1, data: { x: 1 } } },
    });
    const other = planPublication([a.snapshot], model(10), {
      stand: '2026-11-20',
      today,
      sections: { indicators: { version: 1, data: { x: 2 } } },
    });
    expect(same.isNew).toBe(false);
    expect(other.isNew).toBe(true);
    expect(a.snapshot.sections).toEqual({ indicators: { version: 1, data: { x: 1 } } });
  });

  it('leaves records of a later Stand out of an older publication’s history', () => {
    const a = publish([], model(10), '2026-11-20');
    const b = publish(a.records, model(20, '2027-02-19'), '2027-02-19');
    const old = planPublication(b.records, model(15, '2026-12-01'), { stand: '2026-12-01', today });
    expect(old.previous).toBe(a.plan.snapshot);
    expect(old.history.map((s) => s.stand)).toEqual(['2026-11-20', '2026-12-01']);
  });
});
