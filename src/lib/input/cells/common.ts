/**
 * What every cell parser does first: an absent or blank cell is "no value", an Excel error is a
 * problem. Kept in one place so all parsers agree on it.
 */
import type { RawCell } from '../workbook/raw.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';
import { problem, valueOf, type CellParser, type CellResult } from './result.ts';

/**
 * Makes a cell parser from a function that only sees cells holding something. An absent cell or
 * one holding only white space gives `valueOf(null)`; an Excel error (`#REF!`, `#NV` …) gives a
 * `value.formula-error` problem, whatever the column expects.
 */
export function cellParser<T>(parse: (cell: RawCell) => CellResult<T>): CellParser<T> {
  return (cell) => {
    if (cell === undefined) return valueOf<T>(null);
    if (cell.error !== null) {
      return problem('value.formula-error', CELL_MESSAGES.formulaError(cell.error));
    }
    if (typeof cell.value === 'string' && isBlankText(cell.value)) {
      return valueOf<T>(null);
    }
    return parse(cell);
  };
}

/** Every kind of white space, including non-breaking and zero-width spaces. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;
/** Any character that is not white space in the sense of {@link SPACES} (tested, not replaced: no copy per cell). */
const NOT_SPACE = /[^\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/u;

/** Whether a text holds nothing visible: only white space in the sense of {@link SPACES}. */
export function isBlankText(text: string): boolean {
  return !NOT_SPACE.test(text);
}

/**
 * Whether a cell holds nothing visible: absent, or text of white space only (NBSP and zero-width
 * spaces included). The one definition the table reader and every cell parser share, so a cell
 * that ends a table is never a value elsewhere. Numbers, `false` and Excel errors are content.
 */
export function isBlankCell(cell: RawCell | null | undefined): boolean {
  return !cell || (typeof cell.value === 'string' && isBlankText(cell.value));
}

/**
 * A number as plain text without float noise: `61` → `61`, `2024.5` → `2024.5`,
 * `0.1 + 0.2` → `0.3`. Fifteen significant digits is what Excel itself keeps.
 */
export function numberToText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/**
 * The cell as the office sees it, on one line, for quoting in a message: its formatted text if
 * known, otherwise its value.
 */
export function shownText(cell: RawCell): string {
  const raw =
    cell.text !== null && cell.text.trim() !== ''
      ? cell.text
      : typeof cell.value === 'number'
        ? numberToText(cell.value)
        : String(cell.value);
  return raw.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}
