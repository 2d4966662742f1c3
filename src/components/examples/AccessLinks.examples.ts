import { settingsSchema, type Settings } from '../../lib/schemas/settings.ts';
import type { ComponentExample } from './types.ts';

type Props = { accessibility: Settings['accessibility']; variant: 'header' | 'home' };

const withoutVideo = settingsSchema.parse({}).accessibility;
const withVideo = { ...withoutVideo, signLanguageUrl: 'https://www.neumuenster.de/gebaerdensprache' };

/** Header and home page, with and without a Gebärdensprache address in the settings. */
export const examples: ComponentExample<Props>[] = [
  { name: 'Kopfzeile, nur Leichte Sprache', props: { accessibility: withoutVideo, variant: 'header' } },
  { name: 'Kopfzeile, mit Gebärdensprache', props: { accessibility: withVideo, variant: 'header' } },
  { name: 'Startseite, mit Gebärdensprache', props: { accessibility: withVideo, variant: 'home' } },
];
