import type { Indicator } from '../../lib/schemas/indicator.ts';
import { SINGLE_VALUE, TREND_ONLY, WITH_TARGET } from './indicators.ts';
import type { ComponentExample } from './types.ts';

/** Falling, rising, and a single value (no line to draw). */
export const examples: ComponentExample<{ indicator: Indicator }>[] = [
  { name: 'fallend', props: { indicator: WITH_TARGET } },
  { name: 'steigend', props: { indicator: TREND_ONLY } },
  { name: 'ein einziger Wert', props: { indicator: SINGLE_VALUE } },
];
