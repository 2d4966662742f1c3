import type { ComponentExample } from './types.ts';

/** A plain value, a value with markup, and a term that needs escaping. */
export const examples: ComponentExample<{ term: string }>[] = [
  { name: 'Text', props: { term: 'Produkt' }, slots: { default: 'Stadtplanung' } },
  {
    name: 'Wert mit Link und Liste',
    props: { term: 'Beteiligt' },
    slots: { default: '<ul class="isek-plain-list"><li><a href="/fachdienste/61/">61 Stadtplanung</a></li></ul>' },
  },
  { name: 'Begriff mit Sonderzeichen', props: { term: 'Kosten & Mittel <netto>' }, slots: { default: '1.000 €' } },
];
