/**
 * The notes of a goal's measure list: a measure that counts for the goal through one of its
 * sub-goals says which („über Unterziel 5.1.2 Radverkehr stärken“). Shared by the goal page and
 * the further pages of its list (`/ziele/<id>/seite/<n>/`).
 */
import type { Goal } from '../lib/schemas/goal.ts';
import type { Measure } from '../lib/schemas/measure.ts';
import { SITE_TEXT } from '../lib/i18n/de.ts';

/** Note per measure id, for the measures that name a sub-goal of `goal` rather than `goal` itself. */
export function subgoalNotes(
  goal: Pick<Goal, 'id'>,
  measures: readonly Pick<Measure, 'id' | 'goalIds'>[],
  goalById: ReadonlyMap<string, Pick<Goal, 'id' | 'title' | 'ancestorIds'>>,
): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of measures) {
    if (m.goalIds.includes(goal.id)) continue;
    const via = m.goalIds
      .map((id) => goalById.get(id))
      .filter((g) => g !== undefined && g.ancestorIds.includes(goal.id))
      .map((g) => `${g!.id} ${g!.title}`);
    if (via.length > 0) notes.set(m.id, SITE_TEXT.goal.via(via));
  }
  return notes;
}
