/**
 * Small helpers the owner modules share to build German phrases (lists, dates, plurals).
 */
import type { PartialDate } from '../../schemas/partial-date.ts';

/** `„a“, „b“ oder „c“`: quoted values joined the German way. */
export const quotedList = (values: readonly string[], last: 'oder' | 'und'): string => {
  const quoted = values.map((v) => `„${v}“`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
};

/** `„a“, „b“ und „c“` for names in the reader's messages. */
export const namedList = (values: readonly string[]): string => quotedList(values, 'und');

/** A date as the office writes it: `12.11.2026`, `11/2026`, `Q3/2026` or `2026`. */
export const officeDate = (d: PartialDate): string => {
  const [y, m, day] = d.iso.split('-');
  if (d.precision === 'day') return `${day}.${m}.${y}`;
  if (d.precision === 'month') return `${m}/${y}`;
  if (d.precision === 'quarter') return `${m}/${y}`;
  return y ?? d.iso;
};

/** ` Meinten Sie „a“ oder „b“?` or nothing. */
export const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length > 0 ? ` Meinten Sie ${quotedList(suggestions, 'oder')}?` : '';

export const plural = (n: number, one: string, many: string): string =>
  `${new Intl.NumberFormat('de-DE').format(n)} ${n === 1 ? one : many}`;

/** „1 Maßnahme“ / „12 Maßnahmen“: `text` is the formatted number, `n` decides the form. */
export const sitePlural = (text: string, n: number, one: string, many: string): string =>
  `${text} ${n === 1 ? one : many}`;

/** Formats a count with German digit grouping (`3.000`), for the texts of this section. */
export const searchCount = (n: number): string => new Intl.NumberFormat('de-DE').format(n);
