/**
 * The one place where the site formats numbers and dates for display. It forwards to the core's
 * `lib/format.ts` (Intl de-DE), so a change of signature there is fixed here once.
 */
import type { PartialDate } from '../lib/schemas/partial-date.ts';

// TEMPORARY until `src/lib/format.ts` lands: same names, same output format.
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
function formatPartialDate(d: PartialDate): string {
  const [y, m, day] = d.iso.split('-');
  if (d.precision === 'year') return y!;
  if (d.precision === 'month') return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${day}.${m}.${y}`;
}
function formatDateLong(d: PartialDate): string {
  const [y, m, day] = d.iso.split('-');
  if (d.precision === 'day') return `${Number(day)}. ${MONTHS[Number(m) - 1]} ${y}`;
  return formatPartialDate(d);
}
const money = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const count = new Intl.NumberFormat('de-DE');
function formatMoney(value: number): string {
  return money.format(value).replace(/,00\s€$/, '\u00a0€');
}
function formatPercent(value: number): string {
  return `${count.format(Math.round(value))}\u00a0%`;
}
function formatCount(value: number): string {
  return count.format(value);
}

/** A date as the office writes it: `12.11.2026`, `November 2026` or `2026`. */
export function dateText(date: PartialDate): string {
  return formatPartialDate(date);
}

/** A date written out: `12. November 2026` (month or year precision as in `dateText`). */
export function dateLongText(date: PartialDate): string {
  return formatDateLong(date);
}

/** An amount of euros: `1.250.000,50 €`. */
export function moneyText(euros: number): string {
  return formatMoney(euros);
}

/** A progress value 0–100 as `45 %` (rounded to a whole percent). */
export function percentText(value: number): string {
  return formatPercent(value);
}

/** A count with German digit grouping: `10.000`. */
export function countText(value: number): string {
  return formatCount(value);
}
