/**
 * Percent cells (progress 0–100).
 */
import type { CellParser } from './result.ts';
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

/**
 * A percentage from 0 to 100: `45`, `45 %`, `45%`, `45,5 %`, a number cell (45), or a cell
 * formatted as percent, which stores a fraction (0.45 → 45). A plain 0.45 without percent
 * format stays 0.45: which the office meant cannot be known, so it is not guessed.
 */
export const parsePercent: CellParser<number> = cellParser((cell) => {
  const found = shownText(cell);
  let value: number | null = null;
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    value = clean(isPercentFormat(cell.format) ? cell.value * 100 : cell.value);
  } else if (typeof cell.value === 'string') {
    const m = PERCENT_TEXT.exec(toSingleLine(cell.value));
    if (m) value = (m[1] ? -1 : 1) * Number(m[2]!.replace(',', '.'));
  }
  if (value === null) return problem('value.invalid', CELL_MESSAGES.invalidPercent(found));
  if (value < 0 || value > 100) return problem('value.out-of-range', CELL_MESSAGES.percentOutOfRange(found));
  return valueOf(value === 0 ? 0 : value);
});
