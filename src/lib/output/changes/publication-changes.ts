/**
 * What the build hands to the site about changes (the optional `changes` field of the model
 * file): the change set for `/aenderungen/` and its feed, and per measure the Stand it last
 * changed at, for „Zuletzt geändert“ on its page.
 */
import { z } from 'zod';
import type { IsekModel } from '../../schemas/model.ts';
import { changeSetSchema, diffSnapshots } from './diff.ts';
import { publicationStand, toSnapshot, type Snapshot } from './snapshot.ts';
import { todayIso } from '../../common/today.ts';

/** The changes of this publication, as the site reads them. */
export const publicationChangesSchema = z.object({
  /** What changed since the previous publication (or: this is the first). */
  changes: changeSetSchema,
  /** Measure Nr. → ISO Stand of the publication it last changed in. */
  changedAt: z.record(z.string(), z.string()),
  /** Stand of the very first publication (for the feed's stable `tag:` id). */
  firstStand: z.string(),
});
export type PublicationChanges = z.infer<typeof publicationChangesSchema>;

/** The site's view of a publication compared with the previous one (`null`: the first). */
export function publicationChanges(previous: Snapshot | null, current: Snapshot): PublicationChanges {
  const changedAt: Record<string, string> = {};
  for (const m of current.measures) changedAt[m.id] = m.changedAt;
  return { changes: diffSnapshots(previous, current), changedAt, firstStand: current.firstStand };
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
