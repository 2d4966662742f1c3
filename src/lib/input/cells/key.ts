/**
 * Key and reference cells: `Nr.`, `Ziel-Nr.`, `Fachdienst-Nr.`, `Kennzahl-Nr.`, `Übergeordnetes
 * Ziel`, the goal lists, `Produkt`, `Vorlage`. These must be exactly what the office typed, so
 * what Excel makes of a typed key (a date, a rounded or shortened number) and what cannot be seen
 * (zero-width and direction characters) is refused at the cell instead of being published.
 *
 * New key columns call {@link parseKeyCell} (one key) or {@link parseKeyList} (a list of keys).
 */
import type { RawCell } from '../workbook/raw.ts';
import type { CellParser, CellResult, CellWarning } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, numberToText, shownText } from './common.ts';
import { splitList } from './list.ts';
import { parseKey, parseText } from './text.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/** The longest key accepted, in characters. Keys are page addresses, and file names have limits. */
export const KEY_MAX_LENGTH = 64;

/**
 * Characters that show nothing or change the direction of text: every Unicode format character
 * (soft hyphen, zero-width space and joiners, word joiner, bidi marks, embeddings, overrides and
 * isolates, BOM, tags) plus the invisible fillers and variation selectors that are letters or marks.
 */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0\ufe00-\ufe0f]/gu;

/**
 * Cyrillic and Greek letters: in a key of a German city they are a copy from elsewhere, and many
 * look exactly like Latin ones (`а`, `о`, `р`, `Α`), so `2026-0а1` would pass for `2026-0a1`.
 */
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/** Names of the invisible characters the office is most likely to meet, for the message. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00ad': 'weiches Trennzeichen',
  '\u200b': 'Leerzeichen ohne Breite',
  '\u200c': 'Bindungsverhinderer',
  '\u200d': 'Verbinder ohne Breite',
  '\u200e': 'Links-nach-rechts-Marke',
  '\u200f': 'Rechts-nach-links-Marke',
  '\u2060': 'Wortverbinder',
  '\ufeff': 'Byte-Order-Mark',
};

/** `U+2060 (Wortverbinder)`. */
function invisibleName(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    INVISIBLE_NAMES[c] ??
    (/[\u202a-\u202e\u2066-\u2069\u061c]/.test(c) ? 'Steuerzeichen für die Schreibrichtung' : null);
  return name ? `${code} ${name}` : code;
}

/**
 * Whether a number format shows a date or time: a `d`, `m`, `y`, `h` or `s` outside quoted text,
 * escapes (`\x`, `_x`, `*x`), `[…]` sections and the words `General`/`Standard`.
 */
export function isDateFormat(format: string | null): boolean {
  if (format === null) return false;
  const codes = format.replace(/"[^"]*"|[\\_*].|\[[^\]]*\]|general|standard|e[+-]/gi, '');
  return /[dmyhs]/i.test(codes);
}

/** Whether a cell holds what Excel made of a typed key: a date, or a number with a date format. */
export function isExcelDate(cell: RawCell): boolean {
  return cell.date !== null || (typeof cell.value === 'number' && isDateFormat(cell.format));
}

/** `01.01.2026` for the cell's calendar date, or `null`. */
function dayOf(cell: RawCell): string | null {
  if (cell.date === null) return null;
  const { year, month, day } = cell.date;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** The `value.excel-date` problem for a date cell in a key or reference column. */
export function excelDateProblem(cell: RawCell): CellResult<never> {
  return problem('value.excel-date', CELL_MESSAGES.excelDateInKey(shownText(cell), dayOf(cell)));
}

/**
 * Wraps a parser of a reference column (`Fachdienst`, `Vorlage`, an SDG list): a date cell is a
 * `value.excel-date` error instead of whatever the date's text would give.
 */
export function refusingExcelDates<T>(parse: CellParser<T>): CellParser<T> {
  return (cell) =>
    cell !== undefined && cell.error === null && isExcelDate(cell) ? excelDateProblem(cell) : parse(cell);
}

/** The problems of a key as text: invisible characters, lookalike letters, length. `null` when it is fine. */
function textKeyProblem(raw: string, key: string): CellResult<never> | null {
  const invisible = raw.match(INVISIBLE);
  if (invisible) {
    const shown = raw.trim().replace(INVISIBLE, (c) => `⟨${invisibleName(c).split(' ')[0]}⟩`);
    return problem(
      'key.invisible-character',
      CELL_MESSAGES.invisibleInKey(shown, [...new Set(invisible)].map(invisibleName)),
    );
  }
  const lookalikes = key.match(LOOKALIKE);
  if (lookalikes) {
    const letters = [...new Set(lookalikes)].map(
      (c) => `„${c}“ (${/\p{Script=Greek}/u.test(c) ? 'griechisch' : 'kyrillisch'})`,
    );
    return problem('key.lookalike-character', CELL_MESSAGES.lookalikeInKey(key, letters));
  }
  const length = [...key].length;
  if (length > KEY_MAX_LENGTH) {
    return problem('key.too-long', CELL_MESSAGES.keyTooLong([...key].slice(0, 30).join(''), length, KEY_MAX_LENGTH));
  }
  return null;
}

/** A number cell as a key: refused when Excel cannot hold it exactly, warned when it is a decimal. */
function numberKey(cell: RawCell & { value: number }): CellResult<string> {
  if (Math.abs(cell.value) >= 1e15)
    return problem('key.number-imprecise', CELL_MESSAGES.keyNumberImprecise(shownText(cell)));
  const key = parseKey(cell);
  if (!key.ok || key.value === null) return key;
  const warnings: CellWarning[] = Number.isInteger(cell.value)
    ? []
    : [{ code: 'key.decimal-number', message: CELL_MESSAGES.keyDecimalNumber(shownText(cell), key.value) }];
  return valueOf(key.value, warnings);
}

/**
 * One key (`Nr.`, `Ziel-Nr.`, `Fachdienst-Nr.`, `Kennzahl-Nr.`) or a reference to one
 * (`Übergeordnetes Ziel`, the `Nr.` of a report). Read like `parseKey` (`61` and `"61"` are the
 * same key, shown leading zeros are kept), but refused at the cell when it is a date cell
 * (`value.excel-date`), a number too large to be exact (`key.number-imprecise`), contains an
 * invisible or direction-changing character (`key.invisible-character`) or a Cyrillic or Greek
 * letter that passes for a Latin one (`key.lookalike-character`), or is longer than
 * {@link KEY_MAX_LENGTH} (`key.too-long`). A decimal number cell is read with a warning.
 */
export const parseKeyCell: CellParser<string> = cellParser((cell) => {
  if (isExcelDate(cell)) return excelDateProblem(cell);
  if (typeof cell.value === 'number') {
    const key = numberKey(cell as RawCell & { value: number });
    if (!key.ok || key.value === null) return key;
    return textKeyProblem(key.value, key.value) ?? key;
  }
  const key = parseKey(cell);
  if (!key.ok || key.value === null) return key;
  return textKeyProblem(String(cell.value), key.value) ?? key;
});

/**
 * A list of keys (`Ziele` of a measure or an indicator): separated as {@link splitList} does.
 * The whole cell is refused for a date cell, an invisible character, or an item longer than
 * {@link KEY_MAX_LENGTH}; a number cell is one key, as in {@link parseKeyCell}.
 */
export const parseKeyList: CellParser<string[]> = cellParser<string[]>((cell) => {
  if (isExcelDate(cell) || typeof cell.value === 'number') {
    const key = parseKeyCell(cell);
    if (!key.ok || key.value === null) return key as CellResult<never>;
    return valueOf([key.value], key.warnings);
  }
  const invisible = textKeyProblem(String(cell.value), '');
  if (invisible) return invisible;
  const text = parseText(cell);
  if (!text.ok || text.value === null) return text as CellResult<never>;
  const items = splitList(text.value);
  for (const item of items) {
    const bad = textKeyProblem(item, item);
    if (bad) return bad;
  }
  return valueOf(items.length === 0 ? null : items);
});

/**
 * A number kept as text (`Produkt`, `Vorlage`): like {@link parseKeyCell} for dates, but a
 * number cell is read with a `value.leading-zero-lost` warning unless Excel shows a leading
 * zero, since a number cell cannot hold `054101`.
 */
export const parseCodeCell: CellParser<string> = cellParser((cell) => {
  if (isExcelDate(cell)) return excelDateProblem(cell);
  const key = parseKey(cell);
  if (!key.ok || key.value === null || typeof cell.value !== 'number') return key;
  if (key.value.startsWith('0')) return key;
  return valueOf(key.value, [
    { code: 'value.leading-zero-lost', message: CELL_MESSAGES.leadingZeroLost(numberToText(cell.value)) },
  ]);
});
