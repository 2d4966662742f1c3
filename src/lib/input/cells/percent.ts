/**
 * Percent cells (progress 0–100).
 */
import type { CellParser, CellWarning } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { toSingleLine } from './text.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/** A number with decimal comma or point, optionally followed by `%` or `Prozent`. */
const PERCENT_TEXT = /^([-\u2212]?)\s*(\d+(?:[.,]\d+)?)\s*(?:%|prozent)?$/i;

/** Whether a number format shows a percentage (a `%` outside quoted text). */
export function isPercentFormat(format: string | null): boolean {
  return format !== null && format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** Removes the float noise of `0.145 * 100` (14.499999999999998). */
const clean = (n: number): number => Math.round(n * 1e9) / 1e9;

/** A number in German notation for a message (`0,5`). */
const GERMAN_NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 });
const german = (n: number): string => GERMAN_NUMBER.format(n);

/**
 * A percentage from 0 to 100: `45`, `45 %`, `45%`, `45,5 %`, a number cell (45), or a cell
 * formatted as percent, which stores a fraction (0.45 → 45). A plain 0.45 without percent
 * format stays 0.45: which the office meant cannot be known, so it is not guessed, but a value
 * of at most 1 with a decimal part and without `%` (`0,5`, `1,0`, a number cell 0.5) is read
 * with a `value.percent-fraction` warning that it may have meant 50 %.
 */
export const parsePercent: CellParser<number> = cellParser((cell) => {
  const found = shownText(cell);
  let value: number | null = null;
  let maybeFraction = false;
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    const percentFormat = isPercentFormat(cell.format);
    value = clean(percentFormat ? cell.value * 100 : cell.value);
    maybeFraction = !percentFormat && !Number.isInteger(cell.value) && cell.value > 0 && cell.value <= 1;
  } else if (typeof cell.value === 'string') {
    const text = toSingleLine(cell.value);
    const m = PERCENT_TEXT.exec(text);
    if (m) {
      value = (m[1] ? -1 : 1) * Number(m[2]!.replace(',', '.'));
      maybeFraction = /[.,]/.test(m[2]!) && !/%|prozent/i.test(text) && value > 0 && value <= 1;
    }
  }
  if (value === null) return problem('value.invalid', CELL_MESSAGES.invalidPercent(found));
  if (value < 0 || value > 100) return problem('value.out-of-range', CELL_MESSAGES.percentOutOfRange(found));
  const warnings: CellWarning[] = maybeFraction
    ? [
        {
          code: 'value.percent-fraction',
          message: CELL_MESSAGES.percentMaybeFraction(found, german(value), german(clean(value * 100))),
        },
      ]
    : [];
  return valueOf(value === 0 ? 0 : value, warnings);
});
