/**
 * The status tag of a measure (`StatusTag.astro`, the measure page, the lists and the overview's
 * rows, which the browser renders with the server's markup). Pure and small: the overview's
 * script imports it.
 */
import { escapeHtml } from '../lib/common/escape-html.ts';

/**
 * The tag as HTML: `status` is the key (the class that `/theme.css` colours), `label` the text the
 * site shows (settings applied), so the colour never stands alone.
 */
export function statusTagHtml(status: string, label: string): string {
  return `<span class="isek-status isek-status--${escapeHtml(status)}">${escapeHtml(label)}</span>`;
}
