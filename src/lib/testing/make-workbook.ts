/**
 * Test helper: real workbook bytes from a compact description, written by SheetJS, so tests run
 * through the same reader as the office's files.
 *
 * ```ts
 * const bytes = makeWorkbookBytes({
 *   sheets: [{ name: 'Maßnahmen', rows: [
 *     [{ banner: 'Maßnahmenliste – Stand 12.11.2026', span: 4 }],
 *     [],
 *     ['Nr.', 'Titel', 'Beginn', 'Fortschritt'],
 *     ['2024-008', 'Radweg', { date: '2026-11-12' }, { percent: 0.45 }],
 *   ] }],
 * });
 * const { workbook } = readWorkbook('test.xlsx', bytes);
 * ```
 *
 * Limits of SheetJS's ODS writer (the reader is not affected): error cells are dropped, a
 * non-breaking space alone becomes an empty cell, and date formats are rewritten.
 */
import * as XLSX from 'xlsx';
import type { RawWorkbook } from '../input/workbook/raw.ts';
import { readWorkbook } from '../input/workbook/read-workbook.ts';
import { excelSerial } from '../common/excel-serial.ts';

export { excelSerial };

/** A date cell: an Excel serial number with a date format, computed from the calendar date. */
export interface DateCell {
  /** Calendar date `YYYY-MM-DD` (no time zone is involved). On or after 1900-03-01. */
  readonly date: string;
  /** Number format; default `dd\.mm\.yyyy` (shown as `12.11.2026`). */
  readonly format?: string;
}

/** A number formatted as percent (`0%`), as Excel stores `45 %`: `{ percent: 0.45 }`. */
export interface PercentCell {
  /** The fraction Excel stores: 0.45 for 45 %. */
  readonly percent: number;
}

/** A number with a number format, e.g. `{ number: 1250000, format: '#,##0 €' }`. */
export interface NumberCell {
  /** The stored number. */
  readonly number: number;
  /** Excel number format code. */
  readonly format: string;
}

/** A text cell with a hyperlink. */
export interface LinkCell {
  /** The text shown. */
  readonly text: string;
  /** The hyperlink target. */
  readonly link: string;
}

/** An Excel error value (as a failed formula leaves it). */
export interface ErrorCell {
  /** The error as Excel shows it. */
  readonly error: '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A';
}

/** A formula with its cached value (what Excel saved with it). */
export interface FormulaCell {
  /** Formula without `=`, e.g. `B4*2`. */
  readonly formula: string;
  /**
   * The value Excel saved as the formula's result; absent for a formula saved without one (by a
   * tool that does not calculate).
   */
  readonly value?: string | number | boolean;
}

/** A text merged across `span` columns of its row (a title banner); only this cell holds it. */
export interface BannerCell {
  /** The banner text. */
  readonly banner: string;
  /** How many columns it spans, itself included. */
  readonly span: number;
}

/**
 * One cell of the description. Strings, numbers and booleans are plain cells (an empty string
 * is written as an empty text cell); `null`/`undefined` leave the cell out.
 */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | undefined
  | DateCell
  | PercentCell
  | NumberCell
  | LinkCell
  | ErrorCell
  | FormulaCell
  | BannerCell;

/** One sheet: its name and rows from Excel row 1 on (leading empty rows/cells shift the data). */
export interface SheetDescription {
  /** Sheet name as the tab shows it. */
  readonly name: string;
  /** Rows from Excel row 1; `rows[i][j]` is row `i + 1`, column `j` (0 = A). */
  readonly rows: readonly (readonly CellSpec[])[];
  /** Further merged ranges in A1 notation, e.g. `['A1:E1']`. */
  readonly merges?: readonly string[];
}

/** A whole workbook. */
export interface WorkbookDescription {
  /** Sheets in tab order. */
  readonly sheets: readonly SheetDescription[];
  /** File format; default `xlsx`. `xls` is BIFF8 (Excel 97–2003). */
  readonly bookType?: 'xlsx' | 'xls' | 'ods';
  /** Use the 1904 date system (old Mac workbooks); date cells are written accordingly. */
  readonly date1904?: boolean;
}

const ERROR_CODES: Readonly<Record<ErrorCell['error'], number>> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
};

const DEFAULT_DATE_FORMAT = 'dd\\.mm\\.yyyy';

function toSheetJsCell(spec: CellSpec, date1904: boolean): XLSX.CellObject | null {
  if (spec === null || spec === undefined) return null;
  if (typeof spec === 'string') return { t: 's', v: spec };
  if (typeof spec === 'number') return { t: 'n', v: spec };
  if (typeof spec === 'boolean') return { t: 'b', v: spec };
  if ('date' in spec) return { t: 'n', v: excelSerial(spec.date, date1904), z: spec.format ?? DEFAULT_DATE_FORMAT };
  if ('percent' in spec) return { t: 'n', v: spec.percent, z: '0%' };
  if ('number' in spec) return { t: 'n', v: spec.number, z: spec.format };
  if ('link' in spec) return { t: 's', v: spec.text, l: { Target: spec.link } };
  if ('error' in spec) return { t: 'e', v: ERROR_CODES[spec.error] };
  if ('formula' in spec) {
    if (spec.value === undefined) return { t: 'z', f: spec.formula } as XLSX.CellObject;
    const t = typeof spec.value === 'number' ? 'n' : typeof spec.value === 'boolean' ? 'b' : 's';
    return { t, v: spec.value, f: spec.formula };
  }
  return { t: 's', v: spec.banner };
}

function toWorksheet(sheet: SheetDescription, date1904: boolean): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const merges: XLSX.Range[] = (sheet.merges ?? []).map((ref) => XLSX.utils.decode_range(ref));
  const range = { s: { r: Infinity, c: Infinity }, e: { r: -1, c: -1 } };
  sheet.rows.forEach((row, r) => {
    row.forEach((spec, c) => {
      const cell = toSheetJsCell(spec, date1904);
      if (!cell) return;
      ws[XLSX.utils.encode_cell({ r, c })] = cell;
      range.s.r = Math.min(range.s.r, r);
      range.s.c = Math.min(range.s.c, c);
      range.e.r = Math.max(range.e.r, r);
      range.e.c = Math.max(range.e.c, c);
      if (typeof spec === 'object' && spec !== null && 'banner' in spec && spec.span > 1) {
        merges.push({ s: { r, c }, e: { r, c: c + spec.span - 1 } });
        range.e.c = Math.max(range.e.c, c + spec.span - 1);
      }
    });
  });
  // The range starts at the first cell, as Excel stores it (`B3:K40`), not at A1.
  if (range.e.r >= 0) ws['!ref'] = XLSX.utils.encode_range(range);
  if (merges.length > 0) ws['!merges'] = merges;
  return ws;
}

/** Writes a workbook described compactly; returns its bytes as a file would hold them. */
export function makeWorkbookBytes(description: WorkbookDescription): Uint8Array {
  const date1904 = description.date1904 ?? false;
  const book = XLSX.utils.book_new();
  for (const sheet of description.sheets) {
    XLSX.utils.book_append_sheet(book, toWorksheet(sheet, date1904), sheet.name);
  }
  if (date1904) book.Workbook = { ...book.Workbook, WBProps: { ...book.Workbook?.WBProps, date1904: true } };
  const bookType = description.bookType === 'xls' ? 'biff8' : (description.bookType ?? 'xlsx');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/**
 * Writes and reads back a workbook: the `RawWorkbook` the build would see. Throws if the reader
 * refuses it (a broken description is a bug in the test, not a data problem).
 */
export function makeRawWorkbook(file: string, description: WorkbookDescription): RawWorkbook {
  const { workbook, diagnostics } = readWorkbook(file, makeWorkbookBytes(description));
  if (!workbook) throw new Error(`makeRawWorkbook: ${diagnostics.map((d) => d.message).join(' ')}`);
  return workbook;
}

/**
 * The bytes of a password-protected workbook as Excel writes it: a CFB container with the
 * streams `EncryptionInfo` and `EncryptedPackage` (contents are placeholders).
 */
export function makeEncryptedWorkbookBytes(): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new();
  // Version 4.4 ("agile" encryption), then an XML descriptor, as Excel 2010+ writes it.
  const info = new TextEncoder().encode(
    '\u0004\u0000\u0004\u0000\u0040\u0000\u0000\u0000<?xml version="1.0"?><encryption/>',
  );
  XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096).fill(0xa5));
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

/** The first `fraction` of some bytes, like a download that broke off. */
export function truncate(bytes: Uint8Array, fraction = 0.5): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}
