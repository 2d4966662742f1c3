import type { ComponentExample } from './types.ts';

type Props = { headingLevel?: 2 | 3 };

/**
 * With the example model's Stand and limit for out-of-date reports (`model.ts`). One example
 * only: the sections' heading ids `verzoegert` and `veraltet` are fixed, so two on one page would
 * clash.
 */
export const examples: ComponentExample<Props>[] = [{ name: 'wie auf „So bewerten wir“', props: {} }];
