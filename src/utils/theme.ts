/**
 * The theme stylesheet's text (see `pages/theme.css.ts`): custom properties for the settings'
 * colours, one rule per status and one per SDG. Pure, so it is unit-tested.
 */
import type { Settings } from '../lib/schemas/settings.ts';
import { textColourFor } from '../lib/common/colour.ts';
import { SDG_NUMBERS, sdgInfo } from '../lib/model/sdg.ts';
import { allStatusAppearances } from './status.ts';

/** The CSS for the given settings. Only `#RRGGBB` values (checked by the settings schema) go in. */
export function themeCss(settings: Pick<Settings, 'colours' | 'statuses'>): string {
  const { primary, accent } = settings.colours;
  const lines = [
    ':root {',
    `  --colour-primary: ${primary};`,
    `  --colour-on-primary: ${textColourFor(primary)};`,
    `  --colour-accent: ${accent};`,
    `  --colour-on-accent: ${textColourFor(accent)};`,
    '}',
  ];
  for (const s of allStatusAppearances(settings.statuses)) {
    lines.push(`.isek-status--${s.status} { background-color: ${s.colour}; color: ${s.textColour}; }`);
  }
  for (const n of SDG_NUMBERS) {
    const sdg = sdgInfo(n);
    lines.push(`.isek-sdg--${n} { background-color: ${sdg.colour}; color: ${sdg.textColour}; }`);
  }
  return `${lines.join('\n')}\n`;
}
