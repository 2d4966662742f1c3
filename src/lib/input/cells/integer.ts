/**
 * Small whole numbers with a fixed range: product areas (1–6), SDGs (1–17), alone or as lists.
 */
import type { CellParser, CellResult } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { splitList } from './list.ts';
import { toSingleLine } from './text.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/**
 * One number, optionally after one word (`PB 5`, `PB5`, `Produktbereich 5`, `SDG-13`) and
 * before a name (`5 Gestaltung der Umwelt`, `5 - Gestaltung der Umwelt`, `5: …`); a decimal
 * part of zeros (`5,0`) is allowed.
 */
const INTEGER_ITEM = /^(?:\p{L}+\.?\s*[-:]?\s*)?(\d+)(?:[.,]0+)?(?:(?:\s*[-–—:]\s*|\s+)\p{L}.*)?$/u;

/** The result for one written item; `found` is what the message quotes. */
function parseItem(text: string, found: string, min: number, max: number, what: string): CellResult<number> {
  const m = INTEGER_ITEM.exec(toSingleLine(text).replace(/\.$/, ''));
  if (!m) return problem('value.invalid', CELL_MESSAGES.invalidInteger(found, what, min, max));
  return inRange(Number(m[1]), found, min, max, what);
}

function inRange(n: number, found: string, min: number, max: number, what: string): CellResult<number> {
  if (n < min || n > max) {
    return problem('value.out-of-range', CELL_MESSAGES.integerOutOfRange(found, what, min, max));
  }
  return valueOf(n);
}

/** One number from a number cell: a whole number (5.0 is 5; 5.5 is not). */
function parseNumberValue(n: number, found: string, min: number, max: number, what: string): CellResult<number> {
  if (!Number.isInteger(n)) return problem('value.invalid', CELL_MESSAGES.invalidInteger(found, what, min, max));
  return inRange(n, found, min, max, what);
}

/**
 * A parser of one whole number from `min` to `max`. `what` names it in messages, in the
 * nominative (`Produktbereich`, `SDG`). Accepts `5`, `PB 5`, `Produktbereich 5`,
 * `5 Gestaltung der Umwelt`, `SDG 13` and number cells holding a whole number.
 */
export function parseIntegerInRange(min: number, max: number, what: string): CellParser<number> {
  return cellParser((cell) => {
    const found = shownText(cell);
    if (typeof cell.value === 'number') return parseNumberValue(cell.value, found, min, max, what);
    if (typeof cell.value === 'boolean') {
      return problem('value.invalid', CELL_MESSAGES.invalidInteger(found, what, min, max));
    }
    return parseItem(cell.value, found, min, max, what);
  });
}

/**
 * One piece between `;`, `,` or line breaks. Split at ` und `, ` / `, ` & ` first (`11 und 13`
 * would otherwise read as 11 named „und 13“); only if a part of that split is no number is the
 * piece read whole, as a number with a name that contains `und` (`3 Gesundheit und Wohlergehen`).
 */
function parsePiece(piece: string, min: number, max: number, what: string): CellResult<number>[] {
  const parts = splitList(piece);
  if (parts.length > 1) {
    const results = parts.map((item) => parseItem(item, item, min, max, what));
    if (results.every((r) => r.ok)) return results;
  }
  return [parseItem(piece, piece, min, max, what)];
}

/**
 * A parser of a list of whole numbers from `min` to `max` (`3; 11, 13`, `SDG 3, SDG 13`, `11 und 13`),
 * each item as in {@link parseIntegerInRange}. The result is de-duplicated and sorted
 * ascending. Every bad item is named in one message; the code is `value.invalid` if any item
 * is unreadable, otherwise `value.out-of-range`.
 */
export function parseIntegerList(min: number, max: number, what: string): CellParser<number[]> {
  return cellParser((cell) => {
    const results: CellResult<number>[] =
      typeof cell.value === 'string'
        ? splitList(cell.value, { words: false }).flatMap((item) => parsePiece(item, min, max, what))
        : typeof cell.value === 'number'
          ? [parseNumberValue(cell.value, shownText(cell), min, max, what)]
          : [problem('value.invalid', CELL_MESSAGES.invalidInteger(shownText(cell), what, min, max))];
    const problems = results.filter((r) => !r.ok);
    if (problems.length > 0) {
      const code = problems.some((p) => p.code === 'value.invalid') ? 'value.invalid' : 'value.out-of-range';
      return problem(code, CELL_MESSAGES.listProblems(problems.map((p) => p.message)));
    }
    const numbers = [...new Set(results.flatMap((r) => (r.ok && r.value !== null ? [r.value] : [])))];
    numbers.sort((a, b) => a - b);
    return valueOf(numbers.length === 0 ? null : numbers);
  });
}
