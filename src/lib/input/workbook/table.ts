/**
 * A located sheet: its kind, where its header row is, which column holds which field, and its
 * data rows keyed by column key. This is what `locate-tables.ts` hands to the record readers.
 */
import type { RawCell } from './raw.ts';
import type { SheetKind } from './sheet-kinds.ts';

/** A recognised column. */
export interface TableColumn {
  /** Column key from `sheet-kinds.ts`. */
  readonly key: string;
  /** The header text as written in the file (for diagnostics). */
  readonly header: string;
  /** 0-based column index in the sheet. */
  readonly index: number;
}

/** One non-empty data row. */
export interface TableRow {
  /** Row number as Excel shows it. */
  readonly row: number;
  /** Cells by column key; a key is absent when its cell is empty or the column is missing. */
  readonly cells: Readonly<Record<string, RawCell | undefined>>;
}

/** One sheet of a known kind. */
export interface Table {
  readonly kind: SheetKind;
  /** File name in the data folder. */
  readonly file: string;
  /** Sheet name as written. */
  readonly sheet: string;
  /** Row number (as Excel shows it) of the header row. */
  readonly headerRow: number;
  /** Recognised columns, by key. Missing optional columns are simply absent. */
  readonly columns: Readonly<Record<string, TableColumn>>;
  /** Non-empty data rows below the header, in sheet order. */
  readonly rows: readonly TableRow[];
  /** Data rows below the header row, empty ones included (up to the last non-empty row). */
  readonly rowsRead: number;
  /** Excel row numbers of fully empty rows that were skipped. */
  readonly emptyRows: readonly number[];
}
