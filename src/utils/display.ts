/**
 * The one place where the site formats numbers and dates for display. It forwards to the core's
 * `lib/common/format.ts` (Intl de-DE, independent of the time zone), so a change there is picked up
 * here once.
 */
import type { PartialDate } from '../lib/schemas/partial-date.ts';
import {
  approximateMoneyCompactText,
  approximateMoneyText,
  formatCount,
  formatDateLong,
  formatPartialDate,
  formatPercent,
} from '../lib/common/format.ts';

/** A date as the office writes it: `12.11.2026`, `November 2026` or `2026`. */
export function dateText(date: PartialDate): string {
  return formatPartialDate(date);
}

/**
 * The `datetime` attribute of a date: its ISO text. HTML has no quarter, so a quarter gives its
 * year (`2026-Q3` → `2026`): less precise for machines, never wrong; the text says the quarter.
 */
export function htmlDatetime(date: PartialDate): string {
  return date.precision === 'quarter' ? date.iso.slice(0, 4) : date.iso;
}

/** A date written out: `12. November 2026` (month or year precision as in `dateText`). */
export function dateLongText(date: PartialDate): string {
  return formatDateLong(date);
}

/** An amount of euros: `1.250.000 €`, `1.250.000,50 €`; `ca. 500.000 €` when approximate. */
export function moneyText(euros: number, approximate = false): string {
  return approximateMoneyText(euros, approximate);
}

/**
 * A sum rounded for reading: `56,0 Mio. €`, `850.000 €` (the exact amount goes beside it);
 * `ca. 56,0 Mio. €` when an amount in it is approximate.
 */
export function moneyRoundedText(euros: number, approximate = false): string {
  return approximateMoneyCompactText(euros, approximate);
}

/** A progress value 0–100 as given: `45 %`, `45,5 %`. */
export function percentText(value: number): string {
  return formatPercent(value);
}

/** An average progress, rounded to a whole percent as the roll-up defines: `53 %`. */
export function averageText(value: number): string {
  return formatPercent(Math.round(value));
}

/** A count with German digit grouping: `10.000`. */
export function countText(value: number): string {
  return formatCount(value);
}
