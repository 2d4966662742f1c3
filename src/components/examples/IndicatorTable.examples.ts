import type { Indicator } from '../../lib/schemas/indicator.ts';
import { SINGLE_VALUE, TREND_ONLY, WITH_TARGET } from './indicators.ts';
import type { ComponentExample } from './types.ts';

type Props = { indicators: readonly Indicator[]; captionId: string; caption: string };

/** Indicators of every kind in one table. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'drei Kennzahlen',
    props: {
      indicators: [WITH_TARGET, TREND_ONLY, SINGLE_VALUE],
      captionId: 'kennzahlen-caption',
      caption: 'Kennzahlen',
    },
  },
];
