import type { Goal } from '../../lib/schemas/goal.ts';
import type { Indicator } from '../../lib/schemas/indicator.ts';
import type { ProductArea } from '../../lib/schemas/product-area.ts';
import { makeIndicator } from '../../lib/testing/make-indicator.ts';
import type { AchievementArea } from '../../utils/achievement-report.ts';
import { REPORT_INDICATORS_SHOWN } from '../../utils/indicator-groups.ts';
import { SINGLE_VALUE, TREND_ONLY, WITH_TARGET } from './indicators.ts';
import type { ComponentExample } from './types.ts';

type Props = { shown: AchievementArea; headingLevel?: 2 | 3 };

/** A product area and a goal with the fields the section shows (the rest of the model does not matter here). */
const area = (id: number, name: string) => ({ id, name }) as ProductArea;
const goal = (id: string, title: string) => ({ id, slug: id, title }) as Goal;

/** More indicators than the table shows, so the link to the goal's page appears. */
const many: Indicator[] = Array.from({ length: REPORT_INDICATORS_SHOWN + 1 }, (_, i) =>
  makeIndicator({
    id: `K${40 + i}`,
    title: `Betreuungsquote in Kindertagesstätten, Teilziel ${i + 1}`,
    unit: '%',
    direction: 'up',
  }),
);

/** Two goals with indicators, more indicators than shown (one heading level lower), no indicators. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'zwei Oberziele',
    props: {
      shown: {
        area: area(5, 'Gestaltung der Umwelt'),
        indicators: [WITH_TARGET, TREND_ONLY, SINGLE_VALUE],
        goals: [
          { goal: goal('5.1', 'Klimaneutrale Stadt bis 2040'), indicators: [WITH_TARGET, TREND_ONLY] },
          { goal: goal('5.2', 'Schnelles Internet für Einfeld, Gartenstadt & Wittorf'), indicators: [SINGLE_VALUE] },
        ],
        page: 2,
      },
    },
  },
  {
    name: 'mehr Kennzahlen als gezeigt, im Gesamtbericht',
    props: {
      shown: {
        area: area(3, 'Soziales und Jugend'),
        indicators: many,
        goals: [{ goal: goal('3.1', 'Gutes Aufwachsen in allen Stadtteilen'), indicators: many }],
        page: 3,
      },
      headingLevel: 3,
    },
  },
  {
    name: 'ohne Kennzahlen',
    props: { shown: { area: area(1, 'Zentrale Verwaltung'), indicators: [], goals: [], page: null } },
  },
];
