/**
 * What the build hands to the site about changes (the optional `changes` field of the model
 * file): the change set for `/aenderungen/` and its feed, every earlier publication with its own
 * changes (the archive, the feed's older entries, each measure's history), and per measure the
 * Stand it last changed at, for „Zuletzt geändert“ on its page.
 */
import { z } from 'zod';
import type { IsekModel } from '../../schemas/model.ts';
import { changeSetSchema, diffSnapshots } from './diff.ts';
import { publicationStand, recordKey, sequenceOf, toSnapshot, type Snapshot } from './snapshot.ts';
import { todayIso } from '../../common/today.ts';

/** One publication of the record, with what changed since the one before it. */
export const publicationEntrySchema = z.object({
  /** The record's key: its Stand, `_2` … for a further publication of that Stand. */
  key: z.string(),
  /** ISO Stand. */
  stand: z.string(),
  /** The how-many-th publication of its Stand (1 for the first). */
  sequence: z.number().int().min(1),
  /** The Sitzung, e.g. `Ratsversammlung vom 11.11.2026`. */
  session: z.string().nullable(),
  /** The day it was built (ISO), `null` for records of older builds. */
  published: z.string().nullable(),
  /** What changed since the publication before it. */
  changes: changeSetSchema,
});
export type PublicationEntry = z.infer<typeof publicationEntrySchema>;

/** The changes of this publication, as the site reads them. */
export const publicationChangesSchema = z.object({
  /** What changed since the previous publication (or: this is the first). */
  changes: changeSetSchema,
  /** Measure Nr. → ISO Stand of the publication it last changed in. */
  changedAt: z.record(z.string(), z.string()),
  /** Stand of the very first publication (for the feed's stable `tag:` id). */
  firstStand: z.string(),
  /**
   * Every publication of the record, newest first; the first entry is this publication. Absent
   * in model files of older builds: then only this publication is known.
   */
  publications: z.array(publicationEntrySchema).optional(),
  /** Whether this publication has the same Stand as the one before it (the Stand was not updated). */
  sameStand: z.boolean().optional(),
});
export type PublicationChanges = z.infer<typeof publicationChangesSchema>;

const entryOf = (previous: Snapshot | null, record: Snapshot): PublicationEntry => ({
  key: recordKey(record),
  stand: record.stand,
  sequence: sequenceOf(record),
  session: record.session,
  published: record.published ?? null,
  changes: diffSnapshots(previous, record),
});

/**
 * The site's view of a publication compared with the previous one (`null`: the first).
 * `history` is the record's publications oldest first, ending with `current`; each is compared
 * with the one before it (default: `current` alone). Linear in publications × measures.
 */
export function publicationChanges(
  previous: Snapshot | null,
  current: Snapshot,
  history: readonly Snapshot[] = [current],
): PublicationChanges {
  const changedAt: Record<string, string> = {};
  for (const m of current.measures) changedAt[m.id] = m.changedAt;
  // The oldest record of `history` has no predecessor, unless it is `current` itself.
  const publications = history
    .map((record, i) => entryOf(i > 0 ? history[i - 1]! : record === current ? previous : null, record))
    .reverse();
  const changes = diffSnapshots(previous, current);
  const sameStand = previous !== null && previous.stand === current.stand;
  return { changes, changedAt, firstStand: current.firstStand, publications, sameStand };
}

/** The publications of a change record, newest first (only the current one for older files). */
export function publicationsOf(publication: PublicationChanges): PublicationEntry[] {
  if (publication.publications && publication.publications.length > 0) return publication.publications;
  const { current } = publication.changes;
  return [
    {
      key: current.stand,
      stand: current.stand,
      sequence: 1,
      session: current.session,
      published: null,
      changes: publication.changes,
    },
  ];
}

/**
 * The changes when no snapshot is at hand (`astro dev`, a hand-written model file): the data is
 * shown as a first publication, every measure changed at its Stand (`today` when it has none).
 */
export function changesWithoutHistory(
  model: Pick<IsekModel, 'info' | 'measures'>,
  today: string = todayIso(),
): PublicationChanges {
  return publicationChanges(null, toSnapshot(model, { stand: publicationStand(model, today), previous: null }));
}
