/**
 * The changes of a publication restricted to some measures (a Stadtteil's), for a feed of its
 * own. Measures no longer published are left out: the current data cannot say where they were.
 */
import type { PublicationChanges } from './publication-changes.ts';

/** The publication's changes for the measures in `ids` only. */
export function changesForMeasures(publication: PublicationChanges, ids: ReadonlySet<string>): PublicationChanges {
  const { changes } = publication;
  const changedAt = Object.fromEntries(Object.entries(publication.changedAt).filter(([id]) => ids.has(id)));
  if (changes.first) return { ...publication, changedAt };
  const keep = <T extends { id: string }>(list: readonly T[]): T[] => list.filter((c) => ids.has(c.id));
  return {
    ...publication,
    changedAt,
    changes: {
      ...changes,
      added: keep(changes.added),
      removed: [],
      completed: keep(changes.completed),
      statusChanges: keep(changes.statusChanges),
      progressChanges: keep(changes.progressChanges),
      newReports: keep(changes.newReports),
      otherChanges: keep(changes.otherChanges),
    },
  };
}
