/**
 * The logo named by the setting `logo`: it must be an image file inside the data folder, because
 * the build copies it into the site from there.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { LOGO_MESSAGES } from '../../i18n/de.ts';
import { SETTINGS_FILE } from '../settings/parse-settings.ts';

/** Image types the site accepts as a logo (lower case, with dot), and their MIME types. */
export const LOGO_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * Where the logo lies, or why it cannot be used. `logo` is the setting as written (a path
 * relative to the data folder; backslashes are accepted).
 */
export function resolveLogo(
  dataDir: string,
  logo: string,
): { path: string; extension: string } | { problem: 'outside' | 'type' } {
  const relative = logo.replace(/\\/g, '/');
  if (path.isAbsolute(logo) || /^[a-zA-Z]:/.test(relative) || relative.split('/').includes('..'))
    return { problem: 'outside' };
  const extension = path.extname(relative).toLowerCase();
  if (!(extension in LOGO_TYPES)) return { problem: 'type' };
  return { path: path.join(dataDir, ...relative.split('/')), extension };
}

/** Diagnostics for the setting `logo` (none when it is not set or the file is fine). */
export async function checkLogo(dataDir: string, logo: string | null): Promise<Diagnostic[]> {
  if (logo === null) return [];
  const where = { file: SETTINGS_FILE, column: 'logo' };
  const resolved = resolveLogo(dataDir, logo);
  if ('problem' in resolved) {
    const message = resolved.problem === 'outside' ? LOGO_MESSAGES.outside(logo) : LOGO_MESSAGES.badType(logo);
    return [diagnostic('settings.invalid', where, message)];
  }
  const info = await stat(resolved.path).catch(() => null);
  return info?.isFile() ? [] : [diagnostic('settings.invalid', where, LOGO_MESSAGES.notFound(logo))];
}

/** The logo's file name in the published site (`logo.svg`), or `null` without a usable logo setting. */
export function logoAssetName(logo: string | null): string | null {
  if (logo === null) return null;
  const extension = path.extname(logo.replace(/\\/g, '/')).toLowerCase();
  return extension in LOGO_TYPES ? `logo${extension}` : null;
}
