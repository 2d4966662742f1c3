import type { Goal } from '../../lib/schemas/goal.ts';
import { exampleGoal } from './model.ts';
import type { ComponentExample } from './types.ts';

type Props = { goal: Goal };

/**
 * The example model has no indicators (`model.ts`): for a goal without any, the component shows
 * nothing. The indicator table itself has its examples under `IndicatorTable`.
 */
export const examples: ComponentExample<Props>[] = [
  { name: 'Ziel ohne Kennzahlen (nichts)', props: { goal: exampleGoal('5.1') } },
];
