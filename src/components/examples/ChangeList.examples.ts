import type { ChangeItem } from '../../utils/change-sections.ts';
import { CHANGES_TEXT as T } from '../../lib/i18n/de.ts';
import type { ComponentExample } from './types.ts';

type Props = { items: readonly ChangeItem[] };

/** Sections of `/aenderungen/`: nothing, one and several details per measure, a removed measure, texts to escape. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'neue Maßnahmen, ohne Angaben',
    props: {
      items: [
        { id: '12', title: 'Quartiersplatz Einfeld', href: '/massnahmen/12/', details: [] },
        { id: '47', title: 'Radweg entlang der Schwale', href: '/massnahmen/47/', details: [] },
      ],
    },
  },
  {
    name: 'Statuswechsel, eine Angabe',
    props: {
      items: [
        {
          id: '3',
          title: 'Sanierung des Stadtteilzentrums Gartenstadt',
          href: '/massnahmen/3/',
          details: [T.statusChange('in Planung', 'in Umsetzung')],
        },
        {
          id: '21',
          title: 'Spielplatz am Wittorfer Burgwall',
          href: '/massnahmen/21/',
          details: [T.progressChange('40 %', '75 %')],
        },
      ],
    },
  },
  {
    name: 'weitere Änderungen, mehrere Angaben',
    props: {
      items: [
        {
          id: '8',
          title: 'Klimaanpassungskonzept für die Innenstadt',
          href: '/massnahmen/8/',
          details: [
            T.fieldChange(T.fieldLabels.lead, '66 Tiefbau', '61 Stadtplanung und Stadtentwicklung'),
            T.fieldChange(T.fieldLabels.end, '12/2026', '06/2027'),
            T.detailsChanged([T.detailLabels.districts, T.detailLabels.goals], false),
          ],
        },
      ],
    },
  },
  {
    name: 'nicht mehr enthaltene Maßnahme, ohne Link',
    props: { items: [{ id: '30', title: 'Machbarkeitsstudie Stadtbahn', href: null, details: [] }] },
  },
  {
    name: 'langer Titel und Sonderzeichen',
    props: {
      items: [
        {
          id: '105a',
          title:
            'Aufwertung des Wohnumfelds „Böcklersiedlung“ & Verbesserung der Barrierefreiheit <Bauabschnitt 2> mit Beteiligung der Bewohnerinnen und Bewohner',
          href: '/massnahmen/105a/',
          details: [T.fieldChange(T.fieldLabels.costs, '< 100.000 €', '250.000 € & Fördermittel')],
        },
      ],
    },
  },
];
