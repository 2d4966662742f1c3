import type { Goal } from '../../lib/schemas/goal.ts';
import type { ProductArea } from '../../lib/schemas/product-area.ts';
import type { ComponentExample } from './types.ts';

/** A goal with the fields the chain shows (the rest of the model does not matter here). */
function goal(id: string, title: string): Goal {
  return { id, slug: id, title } as Goal;
}

const area = { id: 1, name: 'Verwaltung & Digitales' } as ProductArea;
const goals = [goal('1', 'Moderne Verwaltung'), goal('1.1', 'Digitale Dienste für alle')];

/** With and without product area; as a measure shows it (all linked) and on the goal's own page. */
export const examples: ComponentExample<{ productArea?: ProductArea; goals: readonly Goal[]; current?: string }>[] = [
  { name: 'alle Schritte verlinkt', props: { productArea: area, goals } },
  { name: 'auf der Seite des Ziels', props: { productArea: area, goals, current: '1.1' } },
  { name: 'ohne Produktbereich', props: { goals: goals.slice(0, 1) } },
];
