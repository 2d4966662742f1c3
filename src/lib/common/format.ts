/**
 * German formatting of dates, money, percentages and counts for the site and the reports.
 *
 * Every formatter is created once (creating `Intl` formatters is slow) and none depends on the
 * machine's time zone: dates are built from their ISO parts as UTC instants and formatted in
 * UTC, so a build in Kiritimati shows the same day as one in Kiel.
 */
import type { PartialDate } from '../schemas/partial-date.ts';
import { APPROXIMATE_MONEY, QUARTER_TEXT } from '../i18n/de/domain.ts';

const DAY = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
const DAY_LONG = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', month: 'long', year: 'numeric' });

const MONEY_WHOLE = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const MONEY_CENTS = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const MONEY_COMPACT = new Intl.NumberFormat('de-DE', {
  notation: 'compact',
  compactDisplay: 'short',
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const PERCENT = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** The UTC instant of a calendar day; the year is set separately so years below 100 stay literal. */
function utcDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  // 2000 is a leap year, so 29 February survives until the real year is set.
  const date = new Date(Date.UTC(2000, (m ?? 1) - 1, d ?? 1));
  date.setUTCFullYear(y ?? 2000);
  return date;
}

/**
 * Formatted dates by format and ISO text. A site of 10,000 measures formats hundreds of
 * thousands of dates (every table row, every report) but only a few thousand distinct days;
 * `Intl` formatting was a tenth of its page rendering.
 */
const formatted = new Map<string, string>();

function cached(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}

/** A partial date at its own precision: `12.11.2026`, `November 2026`, `3. Quartal 2026` or `2026`. */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return date.iso.slice(0, 4);
  if (date.precision === 'quarter') return QUARTER_TEXT(Number(date.iso.slice(6)), date.iso.slice(0, 4));
  if (date.precision === 'month') return cached(`m${date.iso}`, () => MONTH.format(utcDay(date.iso)));
  return cached(`d${date.iso}`, () => DAY.format(utcDay(date.iso)));
}

/** A partial date in running text: `12. November 2026`, `November 2026` or `2026`. */
export function formatDateLong(date: PartialDate): string {
  return date.precision === 'day'
    ? cached(`l${date.iso}`, () => DAY_LONG.format(utcDay(date.iso)))
    : formatPartialDate(date);
}

/**
 * An amount in euros: `1.250.000 €` when it is whole (after rounding to cents), otherwise
 * `1.250.000,50 €`. The space before `€` is a non-breaking space (U+00A0), as `Intl` writes
 * it, so the amount never wraps away from its unit.
 */
export function formatMoney(amount: number): string {
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? MONEY_WHOLE.format(cents / 100) : MONEY_CENTS.format(cents / 100);
}

/**
 * An amount as {@link formatMoney} writes it, marked `ca. 500.000 €` when the office gave it only
 * approximately: the one place that decides the „ca.“.
 */
export function approximateMoneyText(amount: number, approximate: boolean): string {
  return approximate ? APPROXIMATE_MONEY(formatMoney(amount)) : formatMoney(amount);
}

/** A sum as {@link formatMoneyCompact} writes it, marked `ca. 56,0 Mio. €` when approximate. */
export function approximateMoneyCompactText(amount: number, approximate: boolean): string {
  return approximate ? APPROXIMATE_MONEY(formatMoneyCompact(amount)) : formatMoneyCompact(amount);
}

/**
 * A sum rounded for reading (the exact amount belongs next to it or in the table): from a million
 * on in millions or billions with always one decimal (`56,0 Mio. €`, `1,3 Mio. €`, `1,2 Mrd. €`),
 * from a thousand on to three significant digits (`850.000 €`, `12.300 €`, `1.250 €`), below in
 * whole euros (`480 €`). Three digits are what a reader takes in at a glance, and the same
 * precision the millions show. An amount that would round to `1.000.000 €` is `1,0 Mio. €`.
 */
export function formatMoneyCompact(amount: number): string {
  const euros = Math.round(amount);
  const size = Math.abs(euros);
  if (size >= 999_500) return MONEY_COMPACT.format(Math.sign(euros) * Math.max(size, 1_000_000));
  if (size < 1000) return MONEY_WHOLE.format(euros);
  const step = 10 ** (Math.floor(Math.log10(size)) - 2);
  return MONEY_WHOLE.format(Math.round(euros / step) * step);
}

/** A percentage given as 0–100: `45 %`, `45,5 %` (non-breaking space before `%`). */
export function formatPercent(percent: number): string {
  return PERCENT.format(percent / 100);
}

/** A count with German digit grouping: `1.234`. */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

const DEGREES = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 });

/** A coordinate in degrees, German notation: `53,07`. */
export function formatDegrees(degrees: number): string {
  return DEGREES.format(degrees);
}

const DECIMALS = [0, 1, 2, 3].map(
  (min) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: min, maximumFractionDigits: 3 }),
);
const RATE_SMALL = new Intl.NumberFormat('de-DE', { maximumSignificantDigits: 2 });
const RATE_2 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const RATE_1 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/**
 * A measured value as given, with German digits: `7,42`, `1.234`, `0,125` (at most 3 decimals).
 * `minDecimals` pads a series to one precision (`27,0` beside `27,9`, see {@link decimalsOf}).
 */
export function formatDecimal(value: number, minDecimals = 0): string {
  return DECIMALS[Math.max(0, Math.min(3, minDecimals))]!.format(value);
}

/**
 * How many decimals a series of values is given with (at most 3): the most any value needs, so a
 * table of them shows every value to the same precision.
 */
export function decimalsOf(values: Iterable<number>): number {
  let most = 0;
  for (const value of values) {
    while (most < 3 && Math.abs(Math.round(value * 10 ** most) - value * 10 ** most) > 1e-9 * 10 ** most) most++;
  }
  return most;
}

/**
 * A derived figure (a change per year, an average) to a sensible precision: two significant
 * digits below 1 (`0,21`, `0,0012`), two decimals below 10, one below 100, whole numbers above;
 * a figure computed from the data should not look more exact than the data.
 */
export function formatRate(value: number): string {
  const size = Math.abs(value);
  if (size === 0) return '0';
  if (size < 1) return RATE_SMALL.format(value);
  if (size < 10) return RATE_2.format(value);
  if (size < 100) return RATE_1.format(value);
  return COUNT.format(value);
}
