import type { ComponentExample } from './types.ts';

/** A page's heading with and without the caption above the title. */
export const examples: ComponentExample<{ caption?: string | null }>[] = [
  { name: 'mit Kennung', props: { caption: 'Maßnahme 2021-017' }, slots: { default: 'Radweg Kieler Straße' } },
  { name: 'weitere Seite einer Liste', props: { caption: 'Seite 2 von 5' }, slots: { default: 'Maßnahmen' } },
  { name: 'ohne Überschrift darüber', props: { caption: null }, slots: { default: 'Kennzahlen' } },
];
