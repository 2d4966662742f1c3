import type { PartialDate } from '../../lib/schemas/partial-date.ts';
import type { ComponentExample } from './types.ts';

/** Each precision, short and written out. */
export const examples: ComponentExample<{ date: PartialDate; long?: boolean }>[] = [
  { name: 'Tag', props: { date: { precision: 'day', iso: '2026-11-12' } } },
  { name: 'Tag, ausgeschrieben', props: { date: { precision: 'day', iso: '2026-11-12' }, long: true } },
  { name: 'Monat', props: { date: { precision: 'month', iso: '2029-12' } } },
  { name: 'Quartal', props: { date: { precision: 'quarter', iso: '2027-Q3' } } },
  { name: 'Jahr, ausgeschrieben', props: { date: { precision: 'year', iso: '2030' }, long: true } },
];
