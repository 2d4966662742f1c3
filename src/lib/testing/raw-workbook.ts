/**
 * Test helper: a `RawWorkbook` straight from values, without writing and reading a file. Use it
 * for tests after the reader (locating tables, records); use `make-workbook.ts` when the test is
 * about what a real file holds.
 *
 * ```ts
 * const book = rawWorkbook('ziele.xlsx', { Ziele: [['Ziel-Nr.', 'Titel'], ['1', 'Wohnen']] });
 * ```
 */
import type { RawCell, RawWorkbook } from '../input/workbook/raw.ts';

/** A cell value: text, number, boolean, `null`/`undefined` for no cell, or a full `RawCell`. */
export type RawValue = string | number | boolean | null | undefined | RawCell;

/** A `RawCell` holding `value`, with Excel's text set the way the reader would. */
export function rawCell(value: string | number | boolean, extra: Partial<RawCell> = {}): RawCell {
  return {
    value,
    text: typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value),
    format: null,
    date: null,
    link: null,
    error: null,
    ...extra,
  };
}

/**
 * A workbook from sheets given as rows of values (`rows[0]` is Excel row 1). Empty strings are
 * kept as cells, so tests can check that they count as empty.
 */
export function rawWorkbook(
  file: string,
  sheets: Readonly<Record<string, readonly (readonly RawValue[] | null)[]>>,
): RawWorkbook {
  return {
    file,
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      rows: rows.map((row) =>
        row === null
          ? null
          : row.map((v) => (v === null || v === undefined ? null : typeof v === 'object' ? v : rawCell(v))),
      ),
    })),
  };
}
