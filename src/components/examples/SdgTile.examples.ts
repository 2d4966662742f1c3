import type { ComponentExample } from './types.ts';

/** A plain tile and a linked one. */
export const examples: ComponentExample<{ number: number; href?: string }>[] = [
  { name: 'ohne Link', props: { number: 13 } },
  { name: 'mit Link', props: { number: 11, href: '/sdg/11/' } },
];
