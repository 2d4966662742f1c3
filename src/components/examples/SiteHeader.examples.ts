import { settingsSchema, type Settings } from '../../lib/schemas/settings.ts';
import type { ComponentExample } from './types.ts';

type Props = {
  city: string;
  siteTitle: string;
  logo?: { src: string; alt: string } | null;
  accessibility: Settings['accessibility'];
};

const accessibility = settingsSchema.parse({}).accessibility;
const logo = { src: '/logo.svg', alt: '' };

/** Default settings, with logo and Gebärdensprache, and a long title that needs escaping. */
export const examples: ComponentExample<Props>[] = [
  { name: 'ohne Logo', props: { city: 'Neumünster', siteTitle: 'ISEK Neumünster', accessibility } },
  {
    name: 'mit Logo und Gebärdensprache',
    props: {
      city: 'Neumünster',
      siteTitle: 'ISEK Neumünster',
      logo,
      accessibility: { ...accessibility, signLanguageUrl: 'https://www.neumuenster.de/gebaerdensprache' },
    },
  },
  {
    name: 'langer Titel mit Sonderzeichen',
    props: {
      city: 'Stadt Neumünster',
      siteTitle: 'Integriertes Stadtentwicklungskonzept „Neumünster 2040“ <Entwurf> & Beteiligung',
      logo: null,
      accessibility,
    },
  },
];
