import type { Measure } from '../../lib/schemas/measure.ts';
import { exampleMeasure, exampleModel } from './model.ts';
import type { ComponentExample } from './types.ts';

type Props = { measures: readonly Measure[]; id: string; caption: string };

/**
 * The example model's measures (`model.ts`): all of them (every status, with and without
 * progress, costs, end, Stadtteile and Stand), one page of several, and a late measure (the model
 * has none: its planned end moved before the Stand).
 */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'alle Status, mit und ohne Angaben',
    props: { measures: exampleModel.measures, id: 'massnahmen-alle', caption: 'Maßnahmen (7)' },
  },
  {
    name: 'eine Seite von mehreren',
    props: {
      measures: [exampleMeasure('2024-008'), exampleMeasure('2024-009')],
      id: 'massnahmen-seite-2',
      caption: 'Maßnahmen (3 bis 4 von 7)',
    },
  },
  {
    name: 'verzögert, mit geschätzten Kosten',
    props: {
      measures: [
        {
          ...exampleMeasure('2024-008'),
          end: { precision: 'month', iso: '2026-06' },
          delayed: true,
          costsApproximate: true,
        },
      ],
      id: 'massnahmen-verzoegert',
      caption: 'Maßnahmen (1)',
    },
  },
];
