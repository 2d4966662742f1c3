import type { Goal } from '../../lib/schemas/goal.ts';
import { exampleGoal } from './model.ts';
import type { ComponentExample } from './types.ts';

type Props = { goals: readonly Goal[]; current?: string };

/**
 * Goals of the example model (`model.ts`): a product area's tree three levels deep, several
 * roots (one in focus, one without measures), and a goal's own page marked, not linked.
 */
export const examples: ComponentExample<Props>[] = [
  { name: 'Produktbereich mit Unterzielen', props: { goals: [exampleGoal('5.1')] } },
  {
    name: 'mehrere Ziele, eines ohne Maßnahmen',
    props: { goals: [exampleGoal('2.1'), exampleGoal('3.1')] },
  },
  {
    name: 'aktuelles Ziel markiert',
    props: { goals: [exampleGoal('5.1.1'), exampleGoal('5.1.2')], current: '5.1.2.1' },
  },
];
