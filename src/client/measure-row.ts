/**
 * The one definition of a row of the measure table: `MeasureTable.astro` renders its rows with
 * it on the server, and `measure-filter.ts` renders filtered rows with it in the browser, so
 * both are the same markup (classes, status text, link, number and date formats).
 *
 * Pure and free of Astro: the caller looks up the labels and the link.
 */
import { approximateMoneyText, formatPartialDate, formatPercent } from '../lib/common/format.ts';
import type { PartialDate } from '../lib/schemas/partial-date.ts';
import { escapeHtml } from '../lib/common/escape-html.ts';
import { delayTagHtml } from './delay-tag.ts';
import { statusTagHtml } from './status-tag.ts';

/** What one row shows. */
export interface MeasureRowView {
  /** Nr. as written. */
  readonly nr: string;
  /** Address of the measure's page (from the base-aware link helper). */
  readonly href: string;
  readonly title: string;
  /** Status key: the tag's class `isek-status--<key>`. */
  readonly status: string;
  /** The status as the site writes it (settings applied). */
  readonly statusLabel: string;
  /** Progress 0–100, or `null`. */
  readonly progress: number | null;
  /** The planned end of a delayed measure (shown as a tag after the status), else `null`. */
  readonly delayedEnd: PartialDate | null;
  /** Costs in euros, shown exactly, or `null`. */
  readonly costs: number | null;
  /** The costs are approximate: shown as `ca. 500.000 €`. */
  readonly costsApproximate?: boolean;
  /** The lead department: `61 Stadtplanung und -entwicklung`. */
  readonly lead: string;
  /** Date of the current report, or `null`. */
  readonly stand: PartialDate | null;
}

/** Shown for a missing progress or date. */
const MISSING = '–';

/**
 * One table row (`tr.measure-row`): Nr., the linked title as row header, the status badge (with
 * the delay tag when late), progress, costs (exact, as the sums elsewhere are rounded), lead
 * department and Stand. Missing values show as „–“.
 */
export function measureRowHtml(row: MeasureRowView): string {
  const progress = row.progress === null ? MISSING : formatPercent(row.progress);
  const costs = row.costs === null ? MISSING : approximateMoneyText(row.costs, row.costsApproximate === true);
  const stand = row.stand === null ? MISSING : formatPartialDate(row.stand);
  const delay = row.delayedEnd === null ? '' : ` ${delayTagHtml(row.delayedEnd)}`;
  return (
    `<tr class="measure-row"><td>${escapeHtml(row.nr)}</td>` +
    `<th scope="row"><a href="${escapeHtml(row.href)}">${escapeHtml(row.title)}</a></th>` +
    `<td>${statusTagHtml(row.status, row.statusLabel)}${delay}</td>` +
    `<td class="num">${escapeHtml(progress)}</td><td class="num">${escapeHtml(costs)}</td>` +
    `<td>${escapeHtml(row.lead)}</td><td>${escapeHtml(stand)}</td></tr>`
  );
}
