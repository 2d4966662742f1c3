/**
 * Workbooks as plain data, and the one place that turns them into `.xlsx` files with SheetJS.
 * The generators build these values so tests can inspect every cell without reading a file back.
 */
import * as XLSX from 'xlsx';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { excelSerial } from '../../src/lib/common/excel-serial.ts';

/** A cell with an explicit type and number format. */
export interface CellObject {
  /** `n` number, `s` text, `b` boolean, `z` an empty cell that only carries its format. */
  readonly t: 'n' | 's' | 'b' | 'z';
  /** The value; ignored for `z`. */
  readonly v: number | string | boolean;
  /** Number format, e.g. `dd.mm.yyyy` or `0%`. */
  readonly z?: string;
  /** Hyperlink target on the cell. */
  readonly link?: string;
}

/** A cell: plain text, number or boolean (typed as is), an explicit cell, or empty. */
export type CellData = string | number | boolean | CellObject | null;

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

/** One sheet: rows from Excel row 1 on. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly CellData[])[];
  readonly merges?: readonly MergeRange[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Hidden sheets (the template's lists). */
  readonly hidden?: boolean;
}

/** One workbook file. */
export interface WorkbookData {
  /** File name, no directories. */
  readonly file: string;
  readonly sheets: readonly SheetData[];
}

/** The fixed date written into every file's properties, so regenerating gives identical bytes. */
const FIXED_PROPS_DATE = new Date(Date.UTC(2026, 0, 1));

/** Excel's serial day number (1900 system) of a calendar date; no time zone is involved. */

/** Excel's number format Text: what is typed into such a cell stays text. */
export const TEXT_FORMAT = '@';

/** A cell formatted as Text: a given value as text, or an empty cell that keeps what is typed as text. */
export function textCell(value: string | number | null): CellObject {
  return value === null || value === ''
    ? { t: 'z', v: '', z: TEXT_FORMAT }
    : { t: 's', v: String(value), z: TEXT_FORMAT };
}

/** A real Excel date cell showing `TT.MM.JJJJ`. */
export function dateCell(year: number, month: number, day: number, format = 'dd.mm.yyyy'): CellObject {
  return {
    t: 'n',
    v: excelSerial(
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
    z: format,
  };
}

function toCell(data: CellData): XLSX.CellObject | null {
  if (data === null || data === '') return null;
  if (typeof data === 'string') return { t: 's', v: data };
  if (typeof data === 'number') return { t: 'n', v: data };
  if (typeof data === 'boolean') return { t: 'b', v: data };
  // An empty cell with a format: SheetJS writes it as `<c s="…"/>`, so the format applies to what is typed there.
  if (data.t === 'z') return data.z ? { t: 'z', z: data.z } : null;
  const cell: XLSX.CellObject = { t: data.t, v: data.v };
  if (data.z) cell.z = data.z;
  if (data.link) cell.l = { Target: data.link };
  return cell;
}

/** Builds a SheetJS worksheet from plain rows. */
export function toWorksheet(sheet: SheetData): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxCol = 0;
  sheet.rows.forEach((row, r) => {
    row.forEach((data, c) => {
      const cell = toCell(data);
      if (!cell) return;
      ws[XLSX.utils.encode_cell({ r, c })] = cell;
      if (c > maxCol) maxCol = c;
    });
  });
  const lastRow = Math.max(0, sheet.rows.length - 1);
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: maxCol } });
  if (sheet.merges?.length) ws['!merges'] = sheet.merges.map((m) => ({ s: { ...m.s }, e: { ...m.e } }));
  if (sheet.widths) ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
  return ws;
}

/** Builds a SheetJS workbook with fixed properties (byte-stable output). */
export function toWorkbook(data: WorkbookData): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const sheet of data.sheets) XLSX.utils.book_append_sheet(wb, toWorksheet(sheet), sheet.name);
  const hidden = data.sheets.map((s) => (s.hidden ? 1 : 0));
  if (hidden.some(Boolean)) {
    wb.Workbook = {
      ...(wb.Workbook ?? {}),
      Sheets: data.sheets.map((s, i) => ({ name: s.name, Hidden: hidden[i] as 0 | 1 })),
    };
  }
  wb.Props = {
    Title: data.file.replace(/\.xlsx$/i, ''),
    Author: 'Stadt Neumünster',
    CreatedDate: FIXED_PROPS_DATE,
    ModifiedDate: FIXED_PROPS_DATE,
  };
  return wb;
}

/** The `.xlsx` bytes of a workbook. */
export function workbookBytes(data: WorkbookData): Buffer {
  return XLSX.write(toWorkbook(data), { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
}

/** Writes workbooks into a folder (created if missing); returns the paths written. */
export function writeWorkbooks(dir: string, workbooks: readonly WorkbookData[]): string[] {
  mkdirSync(dir, { recursive: true });
  return workbooks.map((wb) => {
    const path = join(dir, wb.file);
    writeFileSync(path, workbookBytes(wb));
    return path;
  });
}
