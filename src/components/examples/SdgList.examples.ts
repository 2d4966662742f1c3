import type { ComponentExample } from './types.ts';

/** Unsorted numbers (the list sorts them), one tile, and all 17 (long German titles wrap). */
export const examples: ComponentExample<{ numbers: readonly number[] }>[] = [
  { name: 'drei, unsortiert', props: { numbers: [16, 3, 11] } },
  { name: 'eines', props: { numbers: [5] } },
  { name: 'alle 17', props: { numbers: Array.from({ length: 17 }, (_, i) => i + 1) } },
];
