import { fieldRowHtml } from '../../utils/field-html.ts';
import type { ComponentExample } from './types.ts';

type Props = { class?: string };

/** The fields of a goal's page, the publication fields of the home page, and a list left empty. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'Felder eines Ziels',
    props: {},
    slots: {
      default: [
        fieldRowHtml('Produktbereich', '<a href="/produktbereiche/5/">Produktbereich 5 Gestaltung der Umwelt</a>'),
        fieldRowHtml('Produktgruppe', '51 Räumliche Planung und Entwicklung'),
        fieldRowHtml('Übergeordnetes Ziel', '<a href="/ziele/5.1/">5.1 Lebenswerte Stadtteile</a>'),
        fieldRowHtml('Quellen', 'ISEK 2025; Klimaschutzkonzept &amp; Rahmenplan „Innenstadt“'),
      ].join(''),
    },
  },
  {
    name: 'Veröffentlichung auf der Startseite (Variante)',
    props: { class: 'isek-fields--publication' },
    slots: {
      default: [
        fieldRowHtml('Stand', '<time datetime="2026-10-15">15. Oktober 2026</time>'),
        fieldRowHtml('Sitzung', '<a href="/aenderungen/">Ratsversammlung vom 11.11.2026: was sich geändert hat</a>'),
        fieldRowHtml('Haushalt', '2025/2026'),
      ].join(''),
    },
  },
  { name: 'ohne Felder (alle Werte fehlen)', props: {}, slots: { default: '' } },
];
