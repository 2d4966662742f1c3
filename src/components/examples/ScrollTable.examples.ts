import type { ComponentExample } from './types.ts';

type Props = { captionId: string; caption: string; class?: string; id?: string };

const rows =
  '<thead><tr><th scope="col">Jahr</th><th scope="col">Wert</th></tr></thead>' +
  '<tbody><tr><th scope="row">2024</th><td>6,1 t</td></tr><tr><th scope="row">2025</th><td>5,8 t</td></tr></tbody>';

/** A small table in its labelled scroll region. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'Tabelle mit Beschriftung',
    props: { captionId: 'beispiel-tabelle', caption: 'CO₂-Emissionen je Einwohnerin und Einwohner' },
    slots: { default: rows },
  },
];
