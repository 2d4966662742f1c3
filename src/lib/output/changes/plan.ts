/**
 * Which record a build compares with and whether it records a new one. The rules, so that no
 * publication is ever lost or overwritten:
 *
 * - The build compares with the newest record whose Stand is not after its own (records of a later
 *   Stand belong to a later publication and are left alone).
 * - Data the same as that record (see {@link samePublication}), with the same Stand: a rebuild of
 *   what is already published. Nothing new is recorded; the site shows that record's changes.
 * - Other data with the same Stand: a further publication of that Stand, recorded beside the
 *   first as `<Stand>_2`, `_3` … and compared with it. The office is warned: the Stand was not
 *   updated.
 * - A later Stand: a new record, compared with the newest one before it.
 */
import type { IsekModel } from '../../schemas/model.ts';
import {
  compareRecords,
  samePublication,
  sequenceOf,
  toSnapshot,
  type Snapshot,
  type SnapshotSection,
} from './snapshot.ts';

/** What a build publishes, against the records already kept. */
export interface PublicationPlan {
  /** The record this publication is compared with (`null`: the first publication). */
  readonly previous: Snapshot | null;
  /** This publication's record: a new one, or the existing one a rebuild repeats. */
  readonly snapshot: Snapshot;
  /** Whether {@link snapshot} is new and must be recorded. */
  readonly isNew: boolean;
  /**
   * Set when this is a further publication of the previous record's Stand with other data: the
   * Stand in `Info` was not updated.
   */
  readonly sameStand: boolean;
  /** The records of this publication's history, oldest first, ending with {@link snapshot}. */
  readonly history: readonly Snapshot[];
  /**
   * The record the data were compared with was written by a build before the further facts
   * (Beschluss, Stadtteile, Schlagworte …) were recorded: a change to only those cannot be told
   * from it. `null` when there was nothing to compare with or it knew them.
   */
  readonly comparedWithoutDetails: Snapshot | null;
}

/** What {@link planPublication} needs besides the records. */
export interface PlanOptions {
  /** This publication's Stand (see `publicationStand`). */
  readonly stand: string;
  /** The build day (ISO), kept in a new record. */
  readonly today: string;
  /** Further parts of the record (see `snapshotSectionSchema`). */
  readonly sections?: Readonly<Record<string, SnapshotSection>>;
}

/** Plans the publication of `model` against the kept `records` (any order). Writes nothing. */
export function planPublication(
  records: readonly Snapshot[],
  model: Pick<IsekModel, 'info' | 'measures'>,
  options: PlanOptions,
): PublicationPlan {
  const eligible = records.filter((r) => r.stand <= options.stand).sort(compareRecords);
  const latest = eligible.at(-1) ?? null;
  const comparedWithoutDetails = latest !== null && latest.detailGroups === undefined ? latest : null;
  const make = (previous: Snapshot | null, sequence: number): Snapshot =>
    toSnapshot(model, {
      stand: options.stand,
      previous,
      sequence,
      published: options.today,
      sections: options.sections,
    });
  /** A new record, compared with `previous`. */
  const recordNew = (previous: Snapshot | null, sequence: number, sameStand: boolean): PublicationPlan => {
    const snapshot = make(previous, sequence);
    return { previous, snapshot, isNew: true, sameStand, history: [...eligible, snapshot], comparedWithoutDetails };
  };
  if (latest !== null && latest.stand === options.stand) {
    const before = eligible.at(-2) ?? null;
    if (samePublication(make(before, sequenceOf(latest)), latest)) {
      const history = eligible;
      return { previous: before, snapshot: latest, isNew: false, sameStand: false, history, comparedWithoutDetails };
    }
    return recordNew(latest, sequenceOf(latest) + 1, true);
  }
  return recordNew(latest, 1, false);
}
