/**
 * The open data as an `.xlsx` workbook, for people who open downloads in Excel or LibreOffice:
 * German headers, real number cells, real date cells where the day is known, links as links, the
 * header row frozen and filterable. The CSV files stay the machine-readable form (RFC 4180, fixed
 * technical column names); this is the same rows for reading and sorting.
 *
 * A date known only to the month, quarter or year is written as text (`November 2026`), never as
 * a date cell: a spreadsheet date is a day, and the day would be invented. Text cells are never
 * formulas, so a title such as `=SUMME(…)` stays text without the CSV's neutralising quote.
 */
import * as XLSX from 'xlsx';
import { formatPartialDate } from '../../common/format.ts';
import { partialDateOf } from '../../common/partial-date-of.ts';
import { OPEN_DATA_TEXT } from '../../i18n/de.ts';
import { LIST_SEPARATOR, type Column, type ColumnValue, type OpenDataContext } from './columns.ts';
import { rewriteSheets, withFrozenHeaderRow } from '../xlsx-package.ts';
import { excelSerial, FIRST_SERIAL_DAY } from '../../common/excel-serial.ts';

/** One sheet of the workbook: a dataset's columns and records, with German headers. */
export interface SpreadsheetTable<T> {
  /** Sheet name (at most 31 characters). */
  readonly name: string;
  readonly columns: readonly Column<T>[];
  readonly items: readonly T[];
  /** The header each column gets, by column name. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Narrowest and widest column, in characters. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_FORMAT = 'dd.mm.yyyy';
const EURO_FORMAT = '#,##0.00';

/**
 * The built-in formats (ECMA-376 ids) the cells use. A workbook's own table must name them, or
 * SheetJS gives them new custom ids; the date format gets one anyway.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = { 0: 'General', 4: EURO_FORMAT, 49: '@' };

/** One value as a SheetJS cell, or `null` for an empty one. */
function toCell(column: Column<unknown>, value: ColumnValue): XLSX.CellObject | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : { t: 's', v: value.join(LIST_SEPARATOR) };
  switch (column.type) {
    case 'number':
      return { t: 'n', v: value as number, ...(column.name.endsWith('_eur') ? { z: EURO_FORMAT } : {}) };
    case 'integer':
    case 'decimal':
      return { t: 'n', v: value as number };
    case 'boolean':
      return { t: 's', v: value ? OPEN_DATA_TEXT.yes : OPEN_DATA_TEXT.no };
    case 'date': {
      const date = partialDateOf(String(value));
      // A day before 1 March 1900 has no unambiguous serial: it stays text, as other precisions do.
      return date.precision === 'day' && date.iso >= FIRST_SERIAL_DAY
        ? { t: 'n', v: excelSerial(date.iso), z: DATE_FORMAT }
        : { t: 's', v: formatPartialDate(date) };
    }
    case 'url':
      return { t: 's', v: String(value), l: { Target: String(value) } };
    default:
      return { t: 's', v: String(value) };
  }
}

/** What a cell shows, for the column width. */
function shownLength(cell: XLSX.CellObject | null): number {
  if (cell === null) return 0;
  if (cell.z === DATE_FORMAT) return 10;
  return String(cell.v).length;
}

function toWorksheet<T>(table: SpreadsheetTable<T>, ctx: OpenDataContext): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  const widths = table.columns.map((c) => Math.max(MIN_WIDTH, (table.headers[c.name] ?? c.name).length + 2));
  table.columns.forEach((column, c) => {
    const header = table.headers[column.name];
    if (header === undefined) throw new Error(`no spreadsheet header for column ${column.name}`);
    sheet[XLSX.utils.encode_cell({ r: 0, c })] = { t: 's', v: header };
  });
  table.items.forEach((item, i) => {
    table.columns.forEach((column, c) => {
      const cell = toCell(column as Column<unknown>, column.value(item, ctx));
      if (cell === null) return;
      sheet[XLSX.utils.encode_cell({ r: i + 1, c })] = cell;
      widths[c] = Math.max(widths[c]!, Math.min(MAX_WIDTH, shownLength(cell) + 1));
    });
  });
  const range = { s: { r: 0, c: 0 }, e: { r: table.items.length, c: Math.max(0, table.columns.length - 1) } };
  sheet['!ref'] = XLSX.utils.encode_range(range);
  sheet['!autofilter'] = { ref: sheet['!ref'] };
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  return sheet;
}

/** A table of any record type, for {@link toXlsx} (the columns read their own records). */
export const spreadsheetTable = <T>(table: SpreadsheetTable<T>): SpreadsheetTable<unknown> =>
  table as SpreadsheetTable<unknown>;

/**
 * The workbook's bytes. `modified` (ISO day: the first day of the Stand) is the document's
 * date, so the same data always gives the same bytes.
 */
export function toXlsx(
  tables: readonly SpreadsheetTable<unknown>[],
  ctx: OpenDataContext,
  modified: string | null,
): Uint8Array<ArrayBuffer> {
  // `SSF` is read by SheetJS's writer but missing from its types.
  const book: XLSX.WorkBook & { SSF?: Record<number, string> } = XLSX.utils.book_new();
  // A number-format table of its own: by default SheetJS writes every format its process has
  // seen (those of the workbooks it read, too), so the bytes would depend on what ran before.
  book.SSF = { ...BUILT_IN_FORMATS };
  for (const table of tables) XLSX.utils.book_append_sheet(book, toWorksheet(table, ctx), table.name);
  const date = new Date(`${modified ?? '2000-01-01'}T00:00:00Z`);
  book.Props = { CreatedDate: date, ModifiedDate: date };
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer;
  return rewriteSheets(new Uint8Array(bytes), (_, xml) => withFrozenHeaderRow(xml));
}
