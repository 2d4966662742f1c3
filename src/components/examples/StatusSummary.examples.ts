import { summariseMeasures, type StatusSummary } from '../../lib/model/rollup.ts';
import { SITE_TEXT } from '../../lib/i18n/de.ts';
import { exampleGoal, exampleMeasure, exampleMeasures, exampleModel } from './model.ts';
import type { ComponentExample } from './types.ts';

type Props = { summary: StatusSummary; id: string; caption?: string; variant?: 'table' | 'compact' };

const all = exampleModel.measures;
/** The model has no late measure: one with its planned end moved before the Stand. */
const withDelayed = [
  ...exampleMeasures('2024-008', '2025-002'),
  { ...exampleMeasure('A 7/1'), end: { precision: 'month', iso: '2026-06' }, delayed: true } as const,
];

/**
 * Summaries of the example model's measures (`model.ts`), as table and compact: all measures
 * (dropped and deferred ones left out of the average), a department's with its own caption, late
 * measures, no measure with a progress value, and no measure at all.
 */
export const examples: ComponentExample<Props>[] = [
  { name: 'alle Maßnahmen', props: { summary: summariseMeasures(all), id: 'status-alle' } },
  {
    name: 'Fachdienst, eigene Beschriftung',
    props: {
      summary: summariseMeasures(all.filter((m) => m.leadDepartmentId === '50')),
      id: 'status-fd',
      caption: SITE_TEXT.department.summaryCaption,
    },
  },
  { name: 'mit verzögerter Maßnahme', props: { summary: summariseMeasures(withDelayed), id: 'status-verzoegert' } },
  {
    name: 'ohne Fortschrittsangabe',
    props: { summary: summariseMeasures(exampleMeasures(...exampleGoal('5.1.2').allMeasureIds)), id: 'status-ziel' },
  },
  { name: 'ohne Maßnahmen', props: { summary: summariseMeasures([]), id: 'status-leer' } },
  {
    name: 'kompakt',
    props: {
      summary: summariseMeasures(exampleMeasures(...exampleGoal('3.1').allMeasureIds)),
      id: 'status-pb-3',
      variant: 'compact',
    },
  },
  {
    name: 'kompakt, mit verzögerter Maßnahme',
    props: { summary: summariseMeasures(withDelayed), id: 'status-pb-5', variant: 'compact' },
  },
  {
    name: 'kompakt, ohne Fortschrittsangabe',
    props: { summary: summariseMeasures(exampleMeasures('2024-009')), id: 'status-ziel-5-1-2', variant: 'compact' },
  },
];
