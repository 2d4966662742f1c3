/**
 * Test helper: builds located tables straight from plain rows, so model tests need no workbook.
 * Rows are numbered like Excel below a header in row 1 (first data row = Zeile 2).
 */
import type { RawCell } from '../input/workbook/raw.ts';
import { sheetSpec, type SheetKind } from '../input/workbook/sheet-kinds.ts';
import type { Table, TableColumn } from '../input/workbook/table.ts';

type CellInput = string | number | boolean | RawCell | null | undefined;

const toCell = (v: CellInput): RawCell | undefined => {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'object') return v;
  return { value: v, text: null, format: null, date: null, link: null, error: null };
};

/** A date cell as the reader gives it for a date-formatted number. */
export const dateCell = (iso: string): RawCell => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { value: 0, text: iso, format: 'dd.mm.yyyy', date: { year, month, day }, link: null, error: null };
};

/**
 * A table of `kind` with every column of the contract (headers as canonical), from rows keyed
 * by column key. `options.columns` limits the columns present.
 */
export function makeTable(
  kind: SheetKind,
  rows: readonly Record<string, CellInput>[],
  options: { file?: string; sheet?: string; columns?: readonly string[]; firstRow?: number } = {},
): Table {
  const spec = sheetSpec(kind);
  const keys = options.columns ?? spec.columns.map((c) => c.key);
  const columns: Record<string, TableColumn> = {};
  keys.forEach((key, index) => {
    const header = spec.columns.find((c) => c.key === key)?.header ?? key;
    columns[key] = { key, header, index };
  });
  const firstRow = options.firstRow ?? 2;
  return {
    kind,
    file: options.file ?? `${kind}.xlsx`,
    sheet: options.sheet ?? spec.name,
    headerRow: firstRow - 1,
    columns,
    rows: rows.map((r, i) => ({
      row: firstRow + i,
      cells: Object.fromEntries(
        Object.entries(r)
          .map(([k, v]) => [k, toCell(v)])
          .filter(([, c]) => c !== undefined),
      ),
    })),
    rowsRead: rows.length,
    emptyRows: [],
  };
}
