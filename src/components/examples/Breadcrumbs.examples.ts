import type { Crumb } from '../../utils/crumbs.ts';
import type { ComponentExample } from './types.ts';

/** One step below the start page, and a deep trail with a long last step. */
export const examples: ComponentExample<{ items: readonly Crumb[] }>[] = [
  { name: 'eine Ebene', props: { items: [{ label: 'Startseite', href: '/' }, { label: 'Maßnahmen' }] } },
  {
    name: 'tief, mit langem Titel',
    props: {
      items: [
        { label: 'Startseite', href: '/' },
        { label: 'Produktbereiche', href: '/produktbereiche/' },
        { label: '5 Gestaltung der Umwelt', href: '/produktbereiche/5/' },
        { label: 'Klimagerechte Sanierung der Grundschulen in Einfeld, Tungendorf und Gartenstadt' },
      ],
    },
  },
];
