/**
 * The delay tag of a measure (`verzögert (geplant bis Juni 2026)`), one definition for the
 * measure page, the lists and the overview's rows, which the browser renders with the server's
 * markup. Pure and small: the overview's rows module imports it.
 */
import { formatPartialDate } from '../lib/common/format.ts';
import type { PartialDate } from '../lib/schemas/partial-date.ts';
import { escapeHtml } from '../lib/common/escape-html.ts';
import { DELAY_TEXT } from '../lib/i18n/de/site.ts';

/** The tag's text: `verzögert (geplant bis Juni 2026)`, the end at its own precision. */
export function delayTagText(plannedEnd: PartialDate): string {
  return `${DELAY_TEXT.tag} (${DELAY_TEXT.plannedEnd(formatPartialDate(plannedEnd))})`;
}

/**
 * The tag as HTML (`span.tag.isek-tag--delayed`), its text escaped. The planned end is a part of its
 * own (`isek-tag__detail`), so a narrow table cell can put it on a second line.
 */
export function delayTagHtml(plannedEnd: PartialDate): string {
  const detail = `(${DELAY_TEXT.plannedEnd(formatPartialDate(plannedEnd))})`;
  return `<span class="isek-tag isek-tag--delayed">${escapeHtml(DELAY_TEXT.tag)} <span class="isek-tag__detail">${escapeHtml(detail)}</span></span>`;
}
