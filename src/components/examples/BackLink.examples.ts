import type { ComponentExample } from './types.ts';

/** The link back from a measure to the overview. */
export const examples: ComponentExample<{ href: string; label: string }>[] = [
  { name: 'zur Übersicht', props: { href: '/massnahmen/', label: 'Zurück zur Übersicht der Maßnahmen' } },
];
