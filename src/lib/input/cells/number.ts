/**
 * Plain numbers: indicator values and targets. The office writes them the German way (`12,5`,
 * `1.234`, `1.234,5`), as number cells (`12.5`), or as percent cells (0.45 shown as 45 %).
 */
import type { CellParser } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { toSingleLine } from './text.ts';
import { isPercentFormat } from './percent.ts';
import { parseDateText } from './date.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/**
 * German thousands groups with `.` (or a space) and an optional decimal comma (`1.234`,
 * `1.234,5`, `12 345`), or digits with one decimal comma or point (`12,5`, `12.5`). The grouped
 * form is tried first, so a lone `1.234` is 1234, as a German reader means it; `12.5` has no
 * group of three and stays 12.5. A trailing `%` is allowed (the unit says what it means).
 */
const NUMBER_TEXT =
  /^([-\u2212\u2013+]?)\s*(?:(\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?)|(\d+(?:[.,]\d+)?|[.,]\d+))\s*%?$/;

/** Removes the float noise of `0.145 * 100` (14.499999999999998). */
const clean = (n: number): number => Math.round(n * 1e9) / 1e9;

/** Reads a number written as text, or `null` when it is none of the accepted forms. */
export function parseNumberText(input: string): number | null {
  const m = NUMBER_TEXT.exec(toSingleLine(input));
  if (!m) return null;
  const [, sign, grouped, plain] = m;
  const digits =
    grouped !== undefined
      ? grouped.replace(/[. \u00a0\u202f]/g, '').replace(',', '.')
      : (plain ?? '').replace(',', '.');
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  const value = sign === '-' || sign === '\u2212' || sign === '\u2013' ? -n : n;
  return value === 0 ? 0 : value;
}

/**
 * A number: a number cell (a percent cell's fraction becomes percent: 0.45 → 45), or text as in
 * {@link parseNumberText}. Anything else (a unit, `ca.`, a range, a word) is `value.invalid`:
 * a figure on the public record is read as written or refused, never guessed.
 */
export const parseNumber: CellParser<number> = cellParser((cell) => {
  if (typeof cell.value === 'number' && Number.isFinite(cell.value) && cell.date === null) {
    return valueOf(clean(isPercentFormat(cell.format) ? cell.value * 100 : cell.value));
  }
  if (typeof cell.value === 'string') {
    const n = parseNumberText(cell.value);
    if (n !== null) return valueOf(n);
  }
  return problem('value.invalid', CELL_MESSAGES.invalidNumber(shownText(cell)));
});

/** The years an indicator may have, wide enough for any statistics series. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * A year `JJJJ`: a number cell or text, or a date (real or as text: `31.12.2024`), whose year
 * counts (a statistics office's Stichtag).
 */
export const parseYear: CellParser<number> = cellParser((cell) => {
  const found = shownText(cell);
  let year: number | null = null;
  if (cell.date !== null) year = cell.date.year;
  else if (typeof cell.value === 'number') year = Number.isInteger(cell.value) ? cell.value : null;
  else if (typeof cell.value === 'string') {
    const date = parseDateText(cell.value);
    year = date ? Number(date.iso.slice(0, 4)) : null;
  }
  if (year === null) return problem('value.invalid', CELL_MESSAGES.invalidYear(found));
  if (year < MIN_YEAR || year > MAX_YEAR)
    return problem('value.out-of-range', CELL_MESSAGES.yearOutOfRange(found, MIN_YEAR, MAX_YEAR));
  return valueOf(year);
});
