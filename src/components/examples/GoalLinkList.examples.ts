import type { Goal } from '../../lib/schemas/goal.ts';
import type { ComponentExample } from './types.ts';

/** A goal with the fields the list shows (the rest of the model does not matter here). */
function goal(id: string, title: string): Goal {
  return { id, slug: id, title } as Goal;
}

/** One goal and several. */
export const examples: ComponentExample<{ goals: readonly Goal[] }>[] = [
  { name: 'ein Ziel', props: { goals: [goal('5.1', 'Klimaneutrale Stadt bis 2040')] } },
  {
    name: 'mehrere Ziele',
    props: { goals: [goal('5.1', 'Klimaneutrale Stadt bis 2040'), goal('5.2', 'Mehr Grün in allen Stadtteilen')] },
  },
];
