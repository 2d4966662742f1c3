import type { Indicator } from '../../lib/schemas/indicator.ts';
import { SINGLE_VALUE, TREND_ONLY, WITH_TARGET } from './indicators.ts';
import type { ComponentExample } from './types.ts';

type Props = { indicators: readonly Indicator[]; label: string; caption?: string };

/** Counts with and without a caption before the tags. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'ohne Überschrift',
    props: { indicators: [WITH_TARGET, TREND_ONLY, SINGLE_VALUE], label: 'Kennzahlen nach Bewertung' },
  },
  {
    name: 'mit Überschrift',
    props: { indicators: [WITH_TARGET, TREND_ONLY], label: 'Kennzahlen nach Bewertung', caption: 'Kennzahlen' },
  },
];
