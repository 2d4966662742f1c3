import { moneyFigures, type MoneyFigures } from '../../lib/model/money.ts';
import { SITE_TEXT } from '../../lib/i18n/de.ts';
import { exampleMeasure, exampleMeasures, exampleModel } from './model.ts';
import type { ComponentExample } from './types.ts';

type Props = { figures: MoneyFigures; id: string; headingLevel?: 2 | 3; heading?: string };

/**
 * Sums over the example model's measures (`model.ts`): all of them (amounts for some), a
 * department's with its own heading, estimated amounts (the model has none: one measure's costs
 * made approximate), neither costs nor funding, and no measure at all (nothing is shown).
 */
export const examples: ComponentExample<Props>[] = [
  { name: 'alle Maßnahmen', props: { figures: moneyFigures(exampleModel.measures), id: 'geld-alle' } },
  {
    name: 'Fachdienst, ohne Fördermittel, eigene Überschrift',
    props: {
      figures: moneyFigures(exampleModel.measures.filter((m) => m.leadDepartmentId === '50')),
      id: 'geld-fd',
      heading: SITE_TEXT.money.headingLead,
    },
  },
  {
    name: 'geschätzte Beträge, Überschrift der Ebene 3',
    props: {
      figures: moneyFigures([
        { ...exampleMeasure('2024-008'), costsApproximate: true },
        exampleMeasure('2023-001'),
        exampleMeasure('2025-002'),
      ]),
      id: 'geld-geschaetzt',
      headingLevel: 3,
    },
  },
  {
    name: 'weder Kosten noch Fördermittel',
    props: { figures: moneyFigures(exampleMeasures('2024-009')), id: 'geld-ohne' },
  },
  { name: 'ohne Maßnahmen (nichts)', props: { figures: moneyFigures([]), id: 'geld-leer' } },
];
