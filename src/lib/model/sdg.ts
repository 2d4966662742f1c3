/**
 * The 17 UN Sustainable Development Goals as data: number, official colour and German title.
 * Several official colours are too light for white text, so every tile gets its text colour
 * from `textColourFor` (dark or white, whichever contrasts more).
 */
import { SDG_TITLES } from '../i18n/de.ts';
import { textColourFor } from '../common/colour.ts';

export { textColourFor };

/** The official SDG colours (UN communication guidelines), by goal number 1–17. */
export const SDG_COLOURS: Readonly<Record<number, string>> = Object.freeze({
  1: '#E5243B',
  2: '#DDA63A',
  3: '#4C9F38',
  4: '#C5192D',
  5: '#FF3A21',
  6: '#26BDE2',
  7: '#FCC30B',
  8: '#A21942',
  9: '#FD6925',
  10: '#DD1367',
  11: '#FD9D24',
  12: '#BF8B2E',
  13: '#3F7E44',
  14: '#0A97D9',
  15: '#56C02B',
  16: '#00689D',
  17: '#19486A',
});

/** The goal numbers, 1 to 17. */
export const SDG_NUMBERS: readonly number[] = Object.freeze(Array.from({ length: 17 }, (_, i) => i + 1));

/** Everything needed to show one SDG. */
export interface SdgInfo {
  /** Goal number 1–17. */
  readonly number: number;
  /** German title, e.g. `Nachhaltige Städte und Gemeinden`. */
  readonly title: string;
  /** Official fill colour `#RRGGBB`. */
  readonly colour: string;
  /** Text colour on that fill, chosen for contrast. */
  readonly textColour: string;
}

/** Looks up one SDG; throws for a number outside 1–17 (the model never holds one). */
export function sdgInfo(number: number): SdgInfo {
  const colour = SDG_COLOURS[number];
  const title = SDG_TITLES[number];
  if (colour === undefined || title === undefined) throw new Error(`no SDG ${number}`);
  return { number, title, colour, textColour: textColourFor(colour) };
}
