/**
 * The city's logo in the site header: its address (served by `pages/logo.[ext].ts`) and its
 * alternative text, or `null` without a logo.
 */
import type { Settings } from '../lib/schemas/settings.ts';
import { logoAssetName } from '../lib/input/files/check-logo.ts';
import { assetUrl } from './base.ts';

/** The logo for `<img>`: `alt` is empty by default, since the city's name stands beside it. */
export function siteLogo(settings: Pick<Settings, 'logo' | 'logoAlt'>): { src: string; alt: string } | null {
  const name = logoAssetName(settings.logo);
  return name === null ? null : { src: assetUrl(name), alt: settings.logoAlt };
}
