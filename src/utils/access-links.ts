/**
 * The links BITV 2.0 § 4 asks for on the start page: the site explained in Leichte Sprache
 * (an editable page of this site) and in Deutsche Gebärdensprache (an address in the settings).
 */
import type { Settings } from '../lib/schemas/settings.ts';
import { SITE_TEXT } from '../lib/i18n/de.ts';
import { pageUrl } from './base.ts';

/** One link, with a short label (header) and a long one (home page). */
export interface AccessLink {
  readonly key: 'easy-language' | 'sign-language';
  readonly href: string;
  readonly label: string;
  readonly longLabel: string;
}

/** Leichte Sprache always, Gebärdensprache when the settings name an address. */
export function accessLinks(accessibility: Settings['accessibility']): readonly AccessLink[] {
  const T = SITE_TEXT.accessLinks;
  const links: AccessLink[] = [
    { key: 'easy-language', href: pageUrl('leichte-sprache'), label: T.easyLanguage, longLabel: T.homeEasyLanguage },
  ];
  if (accessibility.signLanguageUrl) {
    links.push({
      key: 'sign-language',
      href: accessibility.signLanguageUrl,
      label: T.signLanguage,
      longLabel: T.homeSignLanguage,
    });
  }
  return links;
}
