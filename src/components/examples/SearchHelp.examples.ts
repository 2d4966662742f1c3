import type { ComponentExample } from './types.ts';

/** A linked topic page, as `SearchHelp.astro`'s `TopicLink`. */
type TopicLink = { readonly href: string; readonly label: string };
type Props = { productAreas: readonly TopicLink[]; districts: readonly TopicLink[] };

const productAreas = [
  { href: '/produktbereiche/2/', label: '2 Schule und Kultur' },
  { href: '/produktbereiche/5/', label: '5 Gestaltung der Umwelt' },
];

/** With Stadtteil pages, and for data that names no Stadtteil. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'mit Stadtteilen',
    props: { productAreas, districts: [{ href: '/stadtteile/einfeld/', label: 'Einfeld' }] },
  },
  { name: 'ohne Stadtteile', props: { productAreas, districts: [] } },
];
