import { summariseMeasures } from '../../lib/model/rollup.ts';
import { REPORT_PAGE_TEXT as T, SITE_TEXT } from '../../lib/i18n/de.ts';
import { STATUSES, type Status } from '../../lib/schemas/status.ts';
import { siteTitleOf } from '../../lib/input/settings/site-title.ts';
import { countText } from '../../utils/display.ts';
import { exampleMeasures, exampleModel, exampleSettings, exampleStatusLabel } from './model.ts';
import type { ComponentExample } from './types.ts';

interface Row {
  label: string;
  byStatus: Readonly<Record<Status, number>>;
  total: number;
}
type Props = { rows: readonly Row[]; title: string; id: string };

/** One bar, titled as the development report titles a group's chart. */
function single(name: string, measures: Parameters<typeof summariseMeasures>[0]): Row[] {
  const { byStatus, total } = summariseMeasures(measures);
  return [{ label: name, byStatus, total }];
}
const titleOf = ([row]: Row[]): string =>
  T.chartTitle(
    row!.label,
    STATUSES.filter((s) => row!.byStatus[s] > 0).map((s) =>
      T.chartPart(exampleStatusLabel(s), countText(row!.byStatus[s])),
    ),
  );

const siteTitle = siteTitleOf(exampleSettings);
const overall = single(siteTitle, exampleModel.measures);
const oneStatus = single('Ziel 5.1.2', exampleMeasures('2024-009'));
/** Every product area, those without measures too, as in the report's overview. */
const areas: Row[] = exampleModel.productAreas.map((a) => {
  const { byStatus, total } = summariseMeasures(exampleMeasures(...a.measureIds));
  return { label: SITE_TEXT.productAreaLabel(a.id, a.name), byStatus, total };
});

/**
 * Measures of the example model (`model.ts`) by status: one bar of every status, one bar of a
 * single status, and one bar per product area, scaled to the largest, with empty rows.
 */
export const examples: ComponentExample<Props>[] = [
  { name: 'ein Balken, alle Status', props: { rows: overall, title: titleOf(overall), id: 'gesamt-c' } },
  { name: 'ein Balken, ein Status', props: { rows: oneStatus, title: titleOf(oneStatus), id: 'ziel-c' } },
  {
    name: 'mehrere Balken, auch leere',
    props: {
      rows: areas,
      title: `${T.areaChartTitle}: ${areas.map((r) => `${r.label} ${countText(r.total)}`).join(', ')}`,
      id: 'gesamt-pb',
    },
  },
];
