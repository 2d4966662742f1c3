import type { Indicator } from '../../lib/schemas/indicator.ts';
import { SINGLE_VALUE, TREND_ONLY, WITH_TARGET } from './indicators.ts';
import type { ComponentExample } from './types.ts';

/** With target line and target year, a trend without target, and a single value. */
export const examples: ComponentExample<{ indicator: Indicator; id: string }>[] = [
  { name: 'mit Zielwert', props: { indicator: WITH_TARGET, id: 'chart-k1' } },
  { name: 'nur Trend', props: { indicator: TREND_ONLY, id: 'chart-k7' } },
  { name: 'ein einziger Wert', props: { indicator: SINGLE_VALUE, id: 'chart-k12' } },
];
