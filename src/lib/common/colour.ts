/**
 * Colour contrast after WCAG 2.1 (relative luminance, contrast ratio), so that text on a
 * coloured fill (status badges, SDG tiles, the city's own colours) always reaches 4.5:1 where
 * possible.
 */

/** The dark text colour used on light fills: pure black, so that one of the two always reaches 4.5:1. */
export const DARK_TEXT = '#000000';
/** The light text colour used on dark fills. */
export const LIGHT_TEXT = '#FFFFFF';

/** Parses `#RRGGBB` (case-insensitive) into 0–255 channels; throws on anything else. */
function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

/** Relative luminance of a `#RRGGBB` colour (WCAG 2.1 definition), 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#RRGGBB` colours, 1 to 21 (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The text colour for a fill: dark or white, whichever contrasts more. For every fill one of
 * the two reaches at least 4.5:1 against the fill.
 */
export function textColourFor(fill: string): typeof DARK_TEXT | typeof LIGHT_TEXT {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}
