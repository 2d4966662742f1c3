import { describe, expect, it } from 'vitest';
import { measureHistories } from './measure-history.ts';
import { publicationChanges, type PublicationEntry } from './publication-changes.ts';
import { toSnapshot, type Snapshot } from './snapshot.ts';
import { makeMeasure, makeModel } from './testing.ts';
import type { Measure } from '../../schemas/measure.ts';

/** The record of a sequence of publications, newest first, as the model file holds it. */
function record(steps: { stand: string; measures: Measure[] }[]): PublicationEntry[] {
  const history: Snapshot[] = [];
  for (const step of steps) {
    history.push(
      toSnapshot(makeModel(step.measures, { stand: step.stand, session: `Sitzung ${step.stand}` }), {
        stand: step.stand,
        previous: history.at(-1) ?? null,
      }),
    );
  }
  return publicationChanges(history.at(-2) ?? null, history.at(-1)!, history).publications!;
}

describe('measureHistories', () => {
  it('lists per measure the status, progress and end changes of each publication, oldest first', () => {
    const histories = measureHistories(
      record([
        { stand: '2026-05-01', measures: [makeMeasure({ id: '1', status: 'planned', progress: 0 })] },
        {
          stand: '2026-11-12',
          measures: [
            makeMeasure({ id: '1', status: 'in-progress', progress: 20, end: { precision: 'year', iso: '2027' } }),
            makeMeasure({ id: '2' }),
          ],
        },
        {
          stand: '2027-02-10',
          measures: [
            makeMeasure({
              id: '1',
              status: 'completed',
              progress: 100,
              end: { precision: 'year', iso: '2027' },
              title: 'Neu',
            }),
            makeMeasure({ id: '2' }),
          ],
        },
      ]),
    );
    expect(histories.get('1')).toEqual([
      {
        key: '2026-11-12',
        stand: '2026-11-12',
        sequence: 1,
        session: 'Sitzung 2026-11-12',
        kinds: [
          { kind: 'status', from: 'planned', to: 'in-progress' },
          { kind: 'progress', from: 0, to: 20 },
          { kind: 'other', fields: [{ field: 'end', from: null, to: '2027' }] },
        ],
      },
      // The title change is not part of the history; completion implies 100 %.
      {
        key: '2027-02-10',
        stand: '2027-02-10',
        sequence: 1,
        session: 'Sitzung 2027-02-10',
        kinds: [{ kind: 'completed', from: 'in-progress' }],
      },
    ]);
    expect(histories.get('2')).toEqual([
      {
        key: '2026-11-12',
        stand: '2026-11-12',
        sequence: 1,
        session: 'Sitzung 2026-11-12',
        kinds: [{ kind: 'added' }],
      },
    ]);
  });

  it('knows nothing of the first publication, which compares with nothing', () => {
    expect(measureHistories(record([{ stand: '2026-05-01', measures: [makeMeasure({ id: '1' })] }])).size).toBe(0);
  });
});
