import { MEASURE_FILTER_KEYS, type MeasureFilterKey } from '../../client/measure-filter-core.ts';
import { OVERVIEW_FORM_TEXT, OVERVIEW_TEXT } from '../../lib/i18n/de.ts';
import { pageInfo, rangeText } from '../../utils/pagination.ts';
import type { ComponentExample } from './types.ts';

type Props = { table: string; src: string; filters: readonly MeasureFilterKey[]; status: string; siteTitle: string };

const src = '/massnahmen/index.json';
const siteTitle = 'ISEK Neumünster';

/** As the server renders it (no options yet, controls disabled): every filter, or only two. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'alle Filter, erste von vielen Seiten',
    props: {
      table: 'massnahmen-tabelle',
      src,
      filters: MEASURE_FILTER_KEYS,
      status: OVERVIEW_FORM_TEXT.page(rangeText(pageInfo(3000, 1))),
      siteTitle,
    },
  },
  {
    name: 'nur Fachdienst und Status, eine Seite',
    props: {
      table: 'wenige-filter',
      src,
      filters: ['fachdienst', 'status'],
      status: OVERVIEW_TEXT.count(42, 42, 42),
      siteTitle,
    },
  },
];
