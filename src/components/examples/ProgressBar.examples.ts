import type { ComponentExample } from './types.ts';

/** Start, middle with a fraction, done, and no value („keine Angabe“, never an empty bar). */
export const examples: ComponentExample<{ value: number | null }>[] = [
  { name: '0 %', props: { value: 0 } },
  { name: '45,5 %', props: { value: 45.5 } },
  { name: '100 %', props: { value: 100 } },
  { name: 'ohne Wert', props: { value: null } },
];
