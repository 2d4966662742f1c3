import { pageInfo, type PageInfo } from '../../utils/pagination.ts';
import type { ComponentExample } from './types.ts';

type Props = { info: PageInfo; href: (page: number) => string; label: string };

const href = (page: number): string => (page === 1 ? '/massnahmen/' : `/massnahmen/seite/${page}/`);
const label = 'Seiten der Maßnahmen';

/** First, middle and last of many pages (with gaps), and a list of two pages. */
export const examples: ComponentExample<Props>[] = [
  { name: 'erste von vielen Seiten', props: { info: pageInfo(3000, 1), href, label } },
  { name: 'mittlere Seite', props: { info: pageInfo(3000, 30), href, label } },
  { name: 'letzte Seite', props: { info: pageInfo(3000, 60), href, label } },
  { name: 'zwei Seiten', props: { info: pageInfo(60, 2), href, label } },
];
