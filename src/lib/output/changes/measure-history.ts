/**
 * Each measure's own history across the publications of the record: per publication in which
 * its status, progress or planned end changed (or it was added), what changed, old → new. Built
 * once for all measures from the publications' change sets, so a measure page only looks its
 * history up.
 */
import type { MeasureChangeKind } from './describe.ts';
import type { PublicationEntry } from './publication-changes.ts';

/** What changed about one measure in one publication. */
export interface MeasureHistoryEntry {
  /** The publication's key (its archive page). */
  readonly key: string;
  readonly stand: string;
  readonly sequence: number;
  readonly session: string | null;
  /** Added, completed, status, progress, or the planned end (an `other` change of `end` only). */
  readonly kinds: readonly MeasureChangeKind[];
}

/**
 * Measure Nr. → its history, oldest publication first. `publications` is the record, newest
 * first (as the model file holds it). Linear in the number of changes.
 */
export function measureHistories(publications: readonly PublicationEntry[]): Map<string, MeasureHistoryEntry[]> {
  const result = new Map<string, MeasureHistoryEntry[]>();
  for (const p of [...publications].reverse()) {
    const { changes } = p;
    if (changes.first) continue;
    const kinds = new Map<string, MeasureChangeKind[]>();
    const add = (id: string, kind: MeasureChangeKind): void => {
      const list = kinds.get(id);
      if (list) list.push(kind);
      else kinds.set(id, [kind]);
    };
    for (const m of changes.added) add(m.id, { kind: 'added' });
    for (const m of changes.completed) add(m.id, { kind: 'completed', from: m.from });
    for (const m of changes.statusChanges) add(m.id, { kind: 'status', from: m.from, to: m.to });
    for (const m of changes.progressChanges) add(m.id, { kind: 'progress', from: m.from, to: m.to });
    for (const m of changes.otherChanges) {
      const end = m.fields.filter((f) => f.field === 'end');
      if (end.length > 0) add(m.id, { kind: 'other', fields: end });
    }
    for (const [id, list] of kinds) {
      const entry: MeasureHistoryEntry = {
        key: p.key,
        stand: p.stand,
        sequence: p.sequence,
        session: p.session,
        kinds: list,
      };
      const history = result.get(id);
      if (history) history.push(entry);
      else result.set(id, [entry]);
    }
  }
  return result;
}
