/**
 * The main navigation. Other parts of the site add their entries here (Suche, Änderungen,
 * Daten, Bericht, SDG): one line each, in the order they should appear.
 */
import { CYCLE_NAV_TEXT, DISTRICT_TEXT, INDICATORS_PAGE_TEXT, SITE_TEXT } from '../lib/i18n/de.ts';

/** One entry of the main navigation. */
export interface NavItem {
  /** Label as shown. */
  readonly label: string;
  /** Path segments below the base (`[]` for the home page), passed to `pageUrl`. */
  readonly segments: readonly string[];
}

/** The main navigation, in display order. */
export const MAIN_NAVIGATION: readonly NavItem[] = [
  { label: SITE_TEXT.nav.home, segments: [] },
  { label: SITE_TEXT.nav.measures, segments: ['massnahmen'] },
  { label: SITE_TEXT.nav.goals, segments: ['ziele'] },
  { label: INDICATORS_PAGE_TEXT.title, segments: ['kennzahlen'] },
  { label: SITE_TEXT.nav.departments, segments: ['fachdienste'] },
  { label: SITE_TEXT.nav.productAreas, segments: ['produktbereiche'] },
  { label: DISTRICT_TEXT.nav, segments: ['stadtteile'] },
  { label: CYCLE_NAV_TEXT.sdg, segments: ['sdg'] },
  { label: CYCLE_NAV_TEXT.report, segments: ['bericht'] },
  { label: CYCLE_NAV_TEXT.changes, segments: ['aenderungen'] },
];

/** Whether a navigation entry's section contains the current path (home only matches itself). */
export function isCurrentSection(itemPath: string, currentPath: string, base: string): boolean {
  if (itemPath === base) return currentPath === base;
  return currentPath === itemPath || currentPath.startsWith(itemPath);
}
