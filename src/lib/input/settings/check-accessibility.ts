/**
 * What the accessibility statement still lacks. BITV 2.0 § 7 asks for the result of an
 * assessment, its method and the statement's date, and the statement is to be reviewed every
 * year; the default text leaves out what the settings do not say, so the office is told here.
 */
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { SETTINGS_MESSAGES } from '../../i18n/de.ts';
import type { Settings } from '../../schemas/settings.ts';
import { SETTINGS_FILE } from './parse-settings.ts';

/** The settings the statement needs, in the order the office reads them. */
const REQUIRED = ['conformance', 'assessedBy', 'assessedOn', 'createdOn'] as const;

/** How long a statement may go without review before `check` says so. */
const REVIEW_MONTHS = 12;

/**
 * Warnings for the default accessibility statement: settings still missing, or a statement
 * not reviewed for more than a year (`today` as `JJJJ-MM-TT`). Nothing when the office
 * publishes its own `barrierefreiheit.md`, which then says all of it itself.
 */
export function checkAccessibilityStatement(
  accessibility: Settings['accessibility'],
  today: string,
  ownPage: boolean,
): Diagnostic[] {
  if (ownPage) return [];
  const at = { file: SETTINGS_FILE };
  const missing = REQUIRED.filter((key) => accessibility[key] === null).map((key) => `accessibility.${key}`);
  if (missing.length > 0) {
    return [diagnostic('settings.accessibility-incomplete', at, SETTINGS_MESSAGES.accessibilityIncomplete(missing))];
  }
  const last = [accessibility.createdOn, accessibility.reviewedOn]
    .filter((d) => d !== null)
    .sort()
    .at(-1)!;
  const due = new Date(`${last}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_MONTHS);
  return due.toISOString().slice(0, 10) < today
    ? [diagnostic('settings.accessibility-review-due', at, SETTINGS_MESSAGES.accessibilityReviewDue(last))]
    : [];
}
