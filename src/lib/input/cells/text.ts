/**
 * Text cells: free text (line breaks kept), single-line text, and keys such as `Nr.`.
 */
import type { CellParser } from './result.ts';
import { valueOf } from './result.ts';
import { cellParser, numberToText } from './common.ts';
import { YES_NO_LABELS } from '../../i18n/de.ts';

/** Horizontal white space, the non-breaking and typographic spaces Excel and Word insert included. */
const HORIZONTAL_SPACE = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu;
/** Characters that are invisible but not white space to JavaScript (a BOM pasted from a file, a zero-width space). */
const INVISIBLE = /[\u200b\ufeff]/gu;

/**
 * Cleans a text as the office typed it: line endings become `\n` (also Unicode line and
 * paragraph separators), every kind of space becomes a plain space, runs of spaces and tabs
 * within a line collapse to one (indentation at the start of a line is kept), trailing spaces
 * of each line go, and the whole text is trimmed. Line
 * breaks themselves are kept (Alt+Enter in a cell means something); runs of more than one
 * empty line collapse to one empty line.
 */
export function normaliseText(s: string): string {
  // Most cells are clean already; testing that is a fraction of the work of rebuilding them.
  if (!NEEDS_NORMALISING.test(s)) return s;
  return s
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map(normaliseLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Anything {@link normaliseText} would change: a special line ending, invisible character, tab or
 * space other than U+0020, two spaces in a row, a space at the end of a line, three line breaks
 * in a row, or white space at the start or end. A text without any of these comes back as is.
 */
const NEEDS_NORMALISING =
  /[\r\u2028\u2029\u0085\v\f\u200b\ufeff\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}| \n|\n{3}|^[ \n]|[ \n]$/u;

/**
 * One line: leading indentation is kept (as spaces, a tab as four), since it nests Markdown
 * lists in a status report; runs of white space after it collapse to one space.
 */
function normaliseLine(line: string): string {
  const indent = /^[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/.exec(line)?.[0] ?? '';
  const rest = line.slice(indent.length).replace(HORIZONTAL_SPACE, ' ').trimEnd();
  return rest === '' ? '' : indent.replace(/\t/g, '    ').replace(/[^ ]/g, ' ') + rest;
}

/** {@link normaliseText}, with line breaks turned into spaces. */
export function toSingleLine(s: string): string {
  return normaliseText(s).replace(/\n+/g, ' ');
}

/** The text of a cell before normalisation: string as is, number without float noise. */
function rawText(value: string | number | boolean, text: string | null): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Excel's own text shows what the office sees (a date, leading zeros, a unit); plain numbers
    // without it are printed without float noise.
    return text !== null && text.trim() !== '' ? text : numberToText(value);
  }
  return text !== null && text.trim() !== '' ? text : value ? YES_NO_LABELS.yes : YES_NO_LABELS.no;
}

/**
 * Free text with its line breaks: trimmed and cleaned by {@link normaliseText}. A number cell
 * gives the text Excel shows for it (or the number without float noise: `61`, `2024.5`); a
 * boolean cell gives Excel's text or `ja`/`nein`.
 */
export const parseText: CellParser<string> = cellParser((cell) => {
  const text = normaliseText(rawText(cell.value, cell.text));
  return valueOf(text === '' ? null : text);
});

/** Like {@link parseText}, but on one line: line breaks become spaces (titles, names). */
export const parseSingleLineText: CellParser<string> = (cell) => {
  const result = parseText(cell);
  if (!result.ok || result.value === null) return result;
  return valueOf(result.value.replace(/\n+/g, ' '));
};

/**
 * A key such as `Nr.`, `Ziel-Nr.` or a department number, on one line. A number stored as a
 * number gives the same key as the same number typed as text (`61` and `"61"` → `61`), whatever
 * number format the cell has; only leading zeros that Excel shows (`007`) are kept, because
 * they are part of such keys. Key and reference columns read with `parseKeyCell` (`key.ts`),
 * which adds the checks against what Excel makes of a typed key; this is its lenient core.
 */
export const parseKey: CellParser<string> = cellParser((cell) => {
  const { value, text } = cell;
  if (typeof value === 'number') {
    const shown = text?.trim() ?? '';
    if (Number.isInteger(value) && value >= 0 && /^0\d+$/.test(shown) && Number(shown) === value) {
      return valueOf(shown);
    }
    return valueOf(numberToText(value));
  }
  return parseSingleLineText(cell);
});
