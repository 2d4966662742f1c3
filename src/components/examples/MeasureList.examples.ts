import type { Measure } from '../../lib/schemas/measure.ts';
import { subgoalNotes } from '../../utils/goal-notes.ts';
import { exampleGoal, exampleMeasure, exampleMeasures, exampleModel } from './model.ts';
import type { ComponentExample } from './types.ts';

type Props = { measures: readonly Measure[]; notes?: ReadonlyMap<string, string> };

const goalById = new Map(exampleModel.goals.map((g) => [g.id, g]));
const goal51 = exampleMeasures(...exampleGoal('5.1').allMeasureIds);

/**
 * The example model's measures (`model.ts`): key measures as on the home page, a goal's list with
 * the sub-goal notes, measures without progress, and a late one (the model has none: its planned
 * end moved before the Stand).
 */
export const examples: ComponentExample<Props>[] = [
  { name: 'Schlüsselmaßnahmen', props: { measures: exampleMeasures('2024-008', 'A 7/1') } },
  {
    name: 'Ziel mit Hinweisen auf Unterziele',
    props: { measures: goal51, notes: subgoalNotes(exampleGoal('5.1'), goal51, goalById) },
  },
  { name: 'ohne Fortschrittsangabe', props: { measures: exampleMeasures('2022-010', '2024-009', '2025-002') } },
  {
    name: 'verzögert',
    props: {
      measures: [{ ...exampleMeasure('A 7/1'), end: { precision: 'month', iso: '2026-06' }, delayed: true }],
    },
  },
];
