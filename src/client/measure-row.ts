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
import { MEASURE_TABLE_LABELS as L } from '../lib/i18n/de/site.ts';

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
  /** The planned end, or `null` (a column of the cards on narrow screens only). */
  readonly end: PartialDate | null;
  /** The Stadtteile (a column of the cards on narrow screens only). */
  readonly districts: readonly string[];
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

/** The column labels the cards show on narrow screens (`data-label`), in cell order. */

/**
 * One table row (`tr.isek-measure-row`): Nr., the linked title as row header, the status badge (with
 * the delay tag when late), progress, planned end, costs (exact, as the sums elsewhere are
 * rounded), lead department, Stadtteile and Stand. Missing values show as „–“.
 *
 * The same row is a card on narrow screens (`ScrollTable.css`): every cell shows its column's
 * label from `data-label` (CSS generated content with an empty alternative, so screen readers
 * hear the column header instead). No explicit table roles: the HTML standard forbids the
 * redundant ones (Nu checker), and current browsers keep a table's semantics when CSS restyles
 * its parts (checked in Chromium by `tests/browser/phones.test.ts`). Planned end and Stadtteile show in the cards only; the wide table
 * keeps its seven columns.
 */
export function measureRowHtml(row: MeasureRowView): string {
  const progress = row.progress === null ? MISSING : formatPercent(row.progress);
  const costs = row.costs === null ? MISSING : approximateMoneyText(row.costs, row.costsApproximate === true);
  const stand = row.stand === null ? MISSING : formatPartialDate(row.stand);
  const end = row.end === null ? MISSING : formatPartialDate(row.end);
  const districts = row.districts.length === 0 ? MISSING : row.districts.join(', ');
  const delay = row.delayedEnd === null ? '' : ` ${delayTagHtml(row.delayedEnd)}`;
  const cell = (label: string, text: string, num = false) =>
    `<td${num ? ' class="isek-num"' : ''} data-label="${label}">${escapeHtml(text)}</td>`;
  return (
    `<tr class="isek-measure-row">${cell(L.nr, row.nr)}` +
    `<th scope="row"><a href="${escapeHtml(row.href)}">${escapeHtml(row.title)}</a></th>` +
    `<td data-label="${L.status}">${statusTagHtml(row.status, row.statusLabel)}${delay}</td>` +
    cell(L.progress, progress, true) +
    cell(L.end, end) +
    cell(L.costs, costs, true) +
    cell(L.lead, row.lead) +
    cell(L.districts, districts) +
    cell(L.stand, stand) +
    '</tr>'
  );
}
