/** The site's name, as the pages, the feed and the open data state it. */
import type { Settings } from '../../schemas/settings.ts';

/** `siteTitle` from the settings, else `ISEK <city>` (`ISEK Neumünster`). */
export function siteTitleOf(settings: Pick<Settings, 'siteTitle' | 'city'>): string {
  return settings.siteTitle ?? `ISEK ${settings.city}`;
}
