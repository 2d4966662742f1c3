/**
 * The reader's output: workbooks as plain data, free of SheetJS types, so everything after the
 * reader is a pure function of these values.
 */

/** A calendar date read from a date-formatted cell, without any time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One non-empty cell. */
export interface RawCell {
  /** The stored value. Text is not yet trimmed. */
  readonly value: string | number | boolean;
  /** The text Excel shows for the cell (its formatted value), when known. */
  readonly text: string | null;
  /** The number format, e.g. `0%` or `dd.mm.yyyy`, when the cell has one. */
  readonly format: string | null;
  /** For a number with a date format: the calendar date it shows (1900 or 1904 system applied). */
  readonly date: CalendarDate | null;
  /**
   * For a number without a date format: the day it would show as once formatted as a date (1990
   * to 2100), else absent. Only for the hint that a cell lost its date format; such a
   * number is never read as a date.
   */
  readonly serialDate?: CalendarDate | null;
  /** Target of a hyperlink on the cell. */
  readonly link: string | null;
  /** An Excel error such as `#REF!`; `value` then holds the same text. */
  readonly error: string | null;
  /**
   * True for a formula saved without its result (by a tool that does not calculate); `value` is
   * then `''`. The locator reports it as `value.formula-uncalculated`.
   */
  readonly uncalculated?: boolean;
}

/** A cell's place: Excel row number (1-based) and 0-based column index. */
export interface CellPlace {
  readonly row: number;
  readonly column: number;
}

/** A rectangular range of cells, e.g. a merged range `N5:N7`. */
export interface CellRange {
  readonly first: CellPlace;
  readonly last: CellPlace;
}

/** One sheet: a grid of cells, `rows[i]` being the row Excel shows as `i + 1`. */
export interface RawSheet {
  /** Sheet name as written in the workbook. */
  readonly name: string;
  /** Rows from Excel row 1 on; a missing row or cell is `null`. */
  readonly rows: readonly (readonly (RawCell | null)[] | null)[];
  /** Merged ranges spanning more than one row (only their first cell holds the value). */
  readonly merges?: readonly CellRange[];
  /** True when the reader could not parse the sheet (`sheet.unreadable` was reported); `rows` is empty. */
  readonly unreadable?: boolean;
}

/** One workbook file. */
export interface RawWorkbook {
  /** File name in the data folder (no directories). */
  readonly file: string;
  readonly sheets: readonly RawSheet[];
}
