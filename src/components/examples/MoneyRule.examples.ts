import type { ComponentExample } from './types.ts';

type Props = { headingLevel?: 2 | 3 };

/**
 * With the example model's explanations of the two words (`model.ts`). One example only: the
 * section's heading id `kosten` is fixed, so two on one page would clash.
 */
export const examples: ComponentExample<Props>[] = [{ name: 'wie auf „So bewerten wir“', props: {} }];
