import type { ComponentExample } from './types.ts';

/** The example model's settings have no `dataNotice` (`model.ts`): the component shows nothing. */
export const examples: ComponentExample<Record<string, never>>[] = [
  { name: 'ohne Hinweis in den Einstellungen (nichts)', props: {} },
];
