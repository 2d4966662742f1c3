/**
 * Money cells, in euros. The office writes amounts the German way (`1.250.000,50 €`) and in
 * thousands or millions (`250 T€`, `1,5 Mio. €`); this turns all of them into one number.
 */
import type { CellParser } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { toSingleLine } from './text.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/**
 * The number part: German thousands groups with `.` (or a space) and an optional decimal comma
 * (`1.250.000,50`), or digits with one decimal comma or point (`1250000`, `1,5`, `1250.50`).
 * The grouped form is tried first, so a lone `1.250` is 1250, as a German reader means it.
 */
const NUMBER = String.raw`(?:(\d{1,3}(?:[. ]\d{3})+(?:,\d+)?)|(\d+(?:[.,]\d+)?))`;
/** `,-` or `,--` (also with dashes) after a whole amount: "no cents". */
const NO_CENTS = String.raw`(?:,\s?[-–—]{1,2})?`;
const AMOUNT = new RegExp(String.raw`^(.*?)(-\s*)?${NUMBER}${NO_CENTS}(.*)$`);

/** Words for the currency, compared without spaces and in lower case. */
const CURRENCY = /^(?:€|eur|euro)$/;
/** Units before the currency, with their factor; `t`/`k` alone only in `T€`, `TEUR`, `k€`. */
const UNITS: readonly { readonly pattern: RegExp; readonly factor: number; readonly needsCurrency: boolean }[] = [
  { pattern: /^(?:tsd\.?|tausend)$/, factor: 1e3, needsCurrency: false },
  { pattern: /^[tk]$/, factor: 1e3, needsCurrency: true },
  { pattern: /^(?:mio\.?|millionen?)$/, factor: 1e6, needsCurrency: false },
  { pattern: /^(?:mrd\.?|milliarden?)$/, factor: 1e9, needsCurrency: false },
];

/** Rounds to whole cents, as money is kept. */
const toCents = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

/**
 * The factor a unit text means, or `null` if it is not a unit of money: `` → 1, `€`/`EUR` → 1,
 * `T€`/`TEUR`/`Tsd. €` → 1000, `Mio. €` → 1,000,000. Spaces are ignored.
 */
function unitFactor(text: string, allowUnit: boolean): number | null {
  const s = text.toLowerCase().replace(/\s+/g, '');
  if (s === '' || CURRENCY.test(s)) return 1;
  if (!allowUnit) return null;
  for (const unit of UNITS) {
    for (let cut = s.length; cut >= 1; cut--) {
      const head = s.slice(0, cut);
      const rest = s.slice(cut);
      if (unit.pattern.test(head) && (rest === '' ? !unit.needsCurrency : CURRENCY.test(rest))) {
        return unit.factor;
      }
    }
  }
  return null;
}

/**
 * Reads an amount written as text. Returns the amount in euros (negative if written so), or
 * `null` if the text is no amount.
 */
export function parseMoneyText(input: string): number | null {
  const s = toSingleLine(input).replace(/[\u2212\u2013](?=\s*\d)/g, '-');
  const m = AMOUNT.exec(s);
  if (!m) return null;
  const [, before = '', minus, grouped, plain, after = ''] = m;
  // Before the number: at most the currency and a minus (`€ 1.250`, `- 1.250 €`, `€ -1.250`).
  let prefix = before.trim();
  let negative = minus !== undefined;
  if (prefix.endsWith('-')) {
    negative = true;
    prefix = prefix.slice(0, -1).trim();
  }
  if (prefix.startsWith('-')) {
    negative = true;
    prefix = prefix.slice(1).trim();
  }
  if (unitFactor(prefix, false) === null) return null;
  const factor = unitFactor(after, true);
  if (factor === null) return null;
  const amount = Number(
    grouped !== undefined ? grouped.replace(/[. ]/g, '').replace(',', '.') : (plain ?? '').replace(',', '.'),
  );
  if (!Number.isFinite(amount)) return null;
  return toCents((negative ? -amount : amount) * factor);
}

/**
 * The factor an Excel number format applies to what the office means: a format that shows a
 * unit such as `#,##0 "T€"` turns a stored 250 into 250 000 €, unless the format itself scales
 * the stored value down by thousands (`#,##0, "T€"` shows 250 000 as `250 T€`).
 */
export function formatFactor(format: string | null): number {
  if (format === null) return 1;
  const section = format.split(';')[0] ?? '';
  const literals = [...section.matchAll(/"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
  let unit = 1;
  if (/t€|teur|tsd|tausend|k€/.test(literals)) unit = 1e3;
  else if (/mio|million/.test(literals)) unit = 1e6;
  else if (/mrd|milliard/.test(literals)) unit = 1e9;
  if (unit === 1) return 1;
  const codes = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const scaling = /[0#?](,+)(?![0#?])/.exec(codes)?.[1]?.length ?? 0;
  return unit / 1000 ** scaling;
}

/** `ca.`, `circa`, `rd.`, `rund`, `etwa`, `ungefähr`, `~` before an amount: a figure known only roughly. */
const APPROXIMATE = /^(?:ca\.?|circa|zirka|rd\.?|rund|etwa|ungefähr|ungefaehr|~)\s*/i;
/** Two amounts joined by `bis` or a dash: a range, which is not one figure. */
const RANGE = /\d\s*(?:bis|[-–—])\s*(?:ca\.?\s*)?\d/i;

/**
 * A money cell, in euros (cents as decimals). Number cells are read as euros (a format showing
 * `T€` or `Mio. €` is taken into account); text as `1.250.000 €`, `1.250.000,50 EUR`,
 * `1250000`, `1.250.000,-`, `€ 1.250`, `250 T€`, `250 TEUR`, `250 Tsd. €` or `1,5 Mio. €`.
 * An approximate figure (`ca. 500.000 €`, `rd. 1 Mio. €`) is read with a warning; a range
 * (`500.000 bis 700.000 €`) is refused, as it is no one figure. A negative amount is out of
 * range; anything else is invalid.
 */
export const parseMoney: CellParser<number> = cellParser((cell) => {
  const found = shownText(cell);
  let amount: number | null = null;
  if (typeof cell.value === 'number') {
    amount = Number.isFinite(cell.value) ? toCents(cell.value * formatFactor(cell.format)) : null;
  } else if (typeof cell.value === 'string') {
    const approximate = APPROXIMATE.exec(cell.value.trim());
    if (approximate) {
      const rough = parseMoneyText(cell.value.trim().slice(approximate[0].length));
      if (rough !== null && rough >= 0) {
        return valueOf(rough === 0 ? 0 : rough, [
          { code: 'value.approximate-money', message: CELL_MESSAGES.approximateMoney(found) },
        ]);
      }
    }
    amount = parseMoneyText(cell.value);
    if (amount === null && RANGE.test(cell.value)) return problem('value.invalid', CELL_MESSAGES.moneyRange(found));
  }
  if (amount === null) return problem('value.invalid', CELL_MESSAGES.invalidMoney(found));
  if (amount < 0) return problem('value.out-of-range', CELL_MESSAGES.negativeMoney(found));
  // -0 from `-0 €` is simply nothing.
  return valueOf(amount === 0 ? 0 : amount);
});

/** A money figure as read: the amount, and whether the cell called it approximate (`ca. 500.000 €`). */
export interface MoneyAmount {
  /** In euros (cents as decimals). */
  readonly amount: number;
  /** The cell said `ca.`, `rd.`, `etwa` …: the site and the open data must say so too. */
  readonly approximate: boolean;
}

/**
 * {@link parseMoney}, keeping whether the figure was approximate, so that a `ca.` never turns
 * into an exact-looking amount on the site or in the open data.
 */
export const parseMoneyAmount: CellParser<MoneyAmount> = (cell) => {
  const read = parseMoney(cell);
  if (!read.ok) return read;
  if (read.value === null) return valueOf<MoneyAmount>(null, read.warnings);
  const approximate = read.warnings?.some((w) => w.code === 'value.approximate-money') ?? false;
  return valueOf({ amount: read.value, approximate }, read.warnings);
};
