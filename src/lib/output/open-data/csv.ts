/**
 * CSV as RFC 4180 describes it, for the open-data files:
 * - fields separated by commas, records ended by CRLF (also the last one), one header record;
 * - a field is quoted when it holds a comma, a double quote, CR or LF; quotes inside are doubled;
 * - UTF-8 with a byte-order mark: Excel on Windows reads UTF-8 without a BOM as ANSI and garbles
 *   every umlaut, while other tools skip the BOM.
 *
 * Formula injection (CWE-1236): a spreadsheet runs a cell starting with `=`, `+`, `-` or `@` (and
 * some also after a leading tab or CR) as a formula. Every text field starting with one of these
 * gets a leading apostrophe, which spreadsheets show as text. Numbers are written as numbers and
 * never changed: the data holds no negative numbers (costs, funding and progress are validated as
 * non-negative), and a plain number is no formula anyway.
 */

/** The UTF-8 byte-order mark, as the first character of the file. */
export const CSV_BOM = '\uFEFF';

/** The record separator RFC 4180 prescribes. */
export const CRLF = '\r\n';

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to a text that a spreadsheet would run as a formula; other texts stay as they are. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Quotes a field when RFC 4180 requires it: it holds the separator (`,`, or `;` in the files for
 * German Excel), a double quote, CR or LF.
 */
export function quoteField(text: string, separator: ',' | ';' = ','): string {
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value of a CSV field before it is written. */
export type CsvValue = string | number | boolean | null;

/**
 * One field: `null` is empty, numbers are plain (dot decimal, no grouping), booleans `ja`/`nein`
 * as given, text is neutralised and quoted.
 */
export function csvField(value: CsvValue, booleans: { readonly yes: string; readonly no: string }): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? booleans.yes : booleans.no;
  return quoteField(neutraliseFormula(value));
}

/** One record, with its CRLF. */
export function csvRecord(fields: readonly string[], separator: ',' | ';' = ','): string {
  return `${fields.join(separator)}${CRLF}`;
}

/**
 * The whole file, line by line (BOM first): a generator, so a caller may stream it; joining it is
 * linear in the size of the data.
 */
export function* csvLines<T>(
  header: readonly string[],
  items: Iterable<T>,
  fieldsOf: (item: T) => readonly string[],
): Generator<string> {
  yield CSV_BOM + csvRecord(header.map((h) => quoteField(neutraliseFormula(h))));
  for (const item of items) yield csvRecord(fieldsOf(item));
}
