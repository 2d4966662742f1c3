import { settingsSchema, type Settings } from '../../lib/schemas/settings.ts';
import type { PublicationInfo } from '../../lib/schemas/model.ts';
import type { ComponentExample } from './types.ts';

type Props = { settings: Settings; info: PublicationInfo };

const info: PublicationInfo = {
  publicationDate: { precision: 'day', iso: '2026-10-15' },
  publicationDateGiven: true,
  session: 'Ratsversammlung vom 11.11.2026',
  budget: '2025/2026',
};

/** The default office with a Stand, an office with phone, and one with neither address nor Stand. */
export const examples: ComponentExample<Props>[] = [
  { name: 'Standard-Geschäftsstelle, mit Stand', props: { settings: settingsSchema.parse({}), info } },
  {
    name: 'mit Telefon und Sonderzeichen',
    props: {
      settings: settingsSchema.parse({
        office: {
          name: 'Geschäftsstelle ISEK & Quartiersmanagement „Vicelinviertel“',
          organisation: 'Stadt Neumünster – 61 Stadtplanung und Stadtentwicklung',
          phone: '04321 942-2345',
        },
      }),
      info,
    },
  },
  {
    name: 'ohne Anschrift und ohne Stand',
    props: {
      settings: settingsSchema.parse({ office: { street: '', postcode: '', town: '' } }),
      info: { publicationDate: null, publicationDateGiven: false, session: null, budget: null },
    },
  },
];
