/**
 * Finds the known sheets in the office's workbooks: each sheet's kind (by name, else by its
 * headers), its header row, which column holds which field, and its data rows keyed by column
 * key. Problems with sheets, headers and rows become located diagnostics.
 *
 * Cost is linear in the number of cells: header texts are normalised once per cell of the rows
 * searched for a header, and matched by map lookups (see `header-match.ts`).
 */
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { CELL_MESSAGES, COLUMN_MESSAGES, ROW_MESSAGES, SHEET_KIND_LABELS, SHEET_MESSAGES } from '../../i18n/de.ts';
import { columnIndex, headerKey, longestKey, matchSheetName } from './header-match.ts';
import type { CellRange, RawCell, RawSheet, RawWorkbook } from './raw.ts';
import { isBlankCell } from '../cells/common.ts';
import { yearColumnKey, type ColumnSpec, type SheetKind, type SheetSpec } from './sheet-kinds.ts';
import type { Table, TableColumn, TableRow } from './table.ts';

/** Options of {@link locateTables}. */
export interface LocateOptions {
  /**
   * Name of the data folder (e.g. `data`): the `file` of problems that belong to no single
   * workbook (a missing or duplicated sheet kind). Default `data`.
   */
  readonly dataDir?: string;
}

/** What {@link locateTables} found. */
export interface LocatedTables {
  /**
   * At most one table per sheet kind, in the order of `specs`. When a kind exists twice
   * (`sheet.duplicate`), only the first occurrence (by file, then sheet order) is returned, so
   * later checks still run once. A table whose required column is missing (`column.missing`) is
   * returned too: that column's key is absent from `columns`, and readers should not report each
   * row's empty cell again.
   */
  readonly tables: Table[];
  /** Problems with sheets, header rows, columns and empty rows, in the order found. */
  readonly diagnostics: Diagnostic[];
}

type Rows = RawSheet['rows'];
type Row = Rows[number] | undefined;

/**
 * Header keys of cell texts. Short texts repeat (headers, status values) and are normalised once
 * per call; longer ones are mostly unique and usually refused before normalising, so they are
 * not kept.
 */
interface KeyCache {
  readonly keys: Map<string, string | null>;
  /** The longest known header key (see `longestKey`). */
  readonly limit: number;
}

/** The one definition of a blank cell (shared with the cell parsers). */
export { isBlankCell };

function isBlankRow(row: Row): boolean {
  if (!row) return true;
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** The header as written, trimmed: what diagnostics show in their column. */
function headerText(cell: RawCell): string {
  const text = typeof cell.value === 'string' ? cell.value : (cell.text ?? String(cell.value));
  return text.replace(/\s+/g, ' ').trim();
}

function cachedKey(cell: RawCell | null | undefined, cache: KeyCache): string | null {
  if (!cell || typeof cell.value !== 'string') return null;
  const text = cell.value;
  if (text.length > 2 * cache.limit) return headerKey(text, cache.limit);
  let key = cache.keys.get(text);
  if (key === undefined) {
    key = headerKey(text, cache.limit);
    cache.keys.set(text, key);
  }
  return key;
}

/** Excel's column letters for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Excel row numbers as a short text: runs become ranges (`5, 9–12`), and after a few ranges the
 * rest is counted (`und 40 weitere`), so a sheet with thousands of empty rows stays readable.
 */
export function describeRows(rows: readonly number[], maxRanges = 8): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length && parts.length < maxRanges) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    parts.push(i === j ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  if (i < rows.length) parts.push(ROW_MESSAGES.moreRows(rows.length - i));
  return parts.join(', ');
}

/** Stands for "a year header" among the matched columns of a wide-form sheet kind. */
const YEAR_HEADER: ColumnSpec = Object.freeze({
  key: 'year:*',
  header: 'JJJJ',
  aliases: [],
  required: false,
  help: '',
});

/** Years a wide-form header may name: wide enough for any statistics series, narrow enough to refuse a stray number. */
const MIN_HEADER_YEAR = 1900;
const MAX_HEADER_YEAR = 2100;

/**
 * The year a header cell names (`2019` as a number or as text), or `null`. A date-formatted
 * cell is not a year header: it is what Excel makes of other input.
 */
export function headerYear(cell: RawCell | null | undefined): number | null {
  if (!cell || cell.error !== null || cell.date !== null) return null;
  let year: number | null = null;
  if (typeof cell.value === 'number') year = Number.isInteger(cell.value) ? cell.value : null;
  else if (typeof cell.value === 'string') {
    const m = /^\s*(\d{4})\s*$/.exec(cell.value);
    year = m ? Number(m[1]) : null;
  }
  return year !== null && year >= MIN_HEADER_YEAR && year <= MAX_HEADER_YEAR ? year : null;
}

/** The distinct columns of `spec` that the header cells of a row name (year headers as {@link YEAR_HEADER}). */
function matchedColumns(
  row: Row,
  index: ReadonlyMap<string, ColumnSpec>,
  cache: KeyCache,
  years = false,
): Set<ColumnSpec> {
  const found = new Set<ColumnSpec>();
  if (!row) return found;
  for (const cell of row) {
    const key = cachedKey(cell, cache);
    const column = key === null ? undefined : index.get(key);
    if (column) found.add(column);
    else if (years && headerYear(cell) !== null) found.add(YEAR_HEADER);
  }
  return found;
}

/** Whether the matched header cells hold every required column (the wide form's years standing in for `Jahr` and `Wert`). */
function hasRequiredColumns(spec: SheetSpec, found: ReadonlySet<ColumnSpec>): boolean {
  const replaced = found.has(YEAR_HEADER) ? (spec.yearColumns?.replace ?? []) : [];
  return spec.columns.every((c) => !c.required || found.has(c) || replaced.includes(c.key));
}

/** The first row (0-based) holding at least two known headers of `spec`, or -1. */
function findHeaderRow(rows: Rows, spec: SheetSpec, cache: KeyCache): number {
  const index = columnIndex(spec);
  for (let r = 0; r < rows.length; r++) {
    if (matchedColumns(rows[r], index, cache, spec.yearColumns !== undefined).size >= 2) return r;
  }
  return -1;
}

/** A sheet kind that an unnamed sheet's headers fit. */
interface Candidate {
  readonly spec: SheetSpec;
  readonly headerRow: number;
  readonly matched: number;
  readonly share: number;
}

/**
 * The kinds whose header row (found in one pass over the rows) holds all their required
 * columns. Kinds without required columns (`Info`) cannot be recognised by headers. Kinds whose
 * header row comes after the first fitting one are not considered.
 */
function candidatesByHeaders(rows: Rows, specs: readonly SheetSpec[], cache: KeyCache): Candidate[] {
  const pending = specs.filter((s) => s.columns.some((c) => c.required));
  const candidates: Candidate[] = [];
  for (let r = 0; r < rows.length && pending.length > 0; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let i = pending.length - 1; i >= 0; i--) {
      const spec = pending[i] as SheetSpec;
      const found = matchedColumns(row, columnIndex(spec), cache, spec.yearColumns !== undefined);
      if (found.size < 2) continue;
      pending.splice(i, 1);
      if (hasRequiredColumns(spec, found)) {
        candidates.push({ spec, headerRow: r, matched: found.size, share: found.size / spec.columns.length });
      }
    }
    // Below a fitting header row lie its data, never another kind's header: stop searching.
    if (candidates.length > 0) break;
  }
  return candidates.sort((a, b) => b.matched - a.matched || b.share - a.share);
}

const kindLabel = (spec: SheetSpec): string => SHEET_KIND_LABELS[spec.kind] ?? spec.name;

/** A cell address in A1 notation (`N5`). */
const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;

/**
 * The rows with every merged range below the header row filled: a person sees the merged
 * value on each of its rows (a Gremium merged over three measures), while the file holds it in
 * the first row only. The value goes down the range's first column; a notice names the range.
 * Merges that begin at or above the header row (title banners, two-row headers) stay as they are.
 */
function fillMerges(
  sheet: RawSheet,
  headerIndex: number,
  headerOf: (column: number) => string | null,
  at: { file: string; sheet: string },
  diagnostics: Diagnostic[],
): Rows {
  const merges = (sheet.merges ?? []).filter(
    (m: CellRange) => m.first.row - 1 > headerIndex && m.last.row > m.first.row,
  );
  if (merges.length === 0) return sheet.rows;
  const rows = [...sheet.rows];
  for (const merge of merges) {
    const { row, column } = merge.first;
    const value = rows[row - 1]?.[column];
    if (!value || isBlankCell(value)) continue;
    for (let r = row; r < merge.last.row && r < rows.length; r++) {
      const target = [...(rows[r] ?? [])];
      for (let c = target.length; c < column; c++) target[c] = null;
      if (target[column] && !isBlankCell(target[column])) continue;
      target[column] = value;
      rows[r] = target;
    }
    // A column that is not read is filled all the same, but needs no notice: nothing of it is published.
    if (headerOf(column) === null) continue;
    const range = `${cellAddress(row, column)}:${cellAddress(merge.last.row, merge.last.column)}`;
    const shown = typeof value.value === 'string' ? value.value : (value.text ?? String(value.value));
    diagnostics.push(
      diagnostic(
        'row.merged-filled',
        { ...at, row, column: headerOf(column) },
        CELL_MESSAGES.mergedFilled(range, shown.trim()),
      ),
    );
  }
  return rows;
}

/** Reads the rows of a sheet of a column kind below its header row. */
function buildTable(
  file: string,
  sheet: RawSheet,
  spec: SheetSpec,
  headerIndex: number,
  diagnostics: Diagnostic[],
  cache: KeyCache,
): Table {
  const headerRow = headerIndex + 1;
  const at = { file, sheet: sheet.name, row: headerRow };
  const index = columnIndex(spec);
  const columns: Record<string, TableColumn> = {};
  const keyOfColumn: (string | undefined)[] = [];
  const hasHeader: boolean[] = [];
  const unknown: { index: number; text: string }[] = [];

  (sheet.rows[headerIndex] ?? []).forEach((cell, c) => {
    if (!cell || isBlankCell(cell)) return;
    hasHeader[c] = true;
    const text = headerText(cell);
    const key = cachedKey(cell, cache);
    const named = key === null ? undefined : index.get(key);
    const year = named || !spec.yearColumns ? null : headerYear(cell);
    const column: ColumnSpec | undefined =
      named ??
      (year === null
        ? undefined
        : { key: yearColumnKey(year), header: String(year), aliases: [], required: false, help: '' });
    if (!column) {
      unknown.push({ index: c, text });
      return;
    }
    const first = columns[column.key];
    if (first) {
      diagnostics.push(
        diagnostic(
          'column.duplicate',
          { ...at, column: text, columnLetter: columnLetter(c) },
          COLUMN_MESSAGES.duplicate(first.header, columnLetter(first.index), text, columnLetter(c), column.header),
        ),
      );
      return;
    }
    columns[column.key] = { key: column.key, header: text, index: c };
    keyOfColumn[c] = column.key;
  });

  const yearHeaders = Object.values(columns).filter((c) => c.key.startsWith('year:'));
  const replaced = yearHeaders.length > 0 ? (spec.yearColumns?.replace ?? []) : [];
  const longForm = replaced.map((k) => columns[k]).filter((c): c is TableColumn => c !== undefined);
  if (longForm.length > 0) {
    // Both forms at once would read each value twice (or not know which counts): refused.
    diagnostics.push(
      diagnostic(
        'column.wide-and-long',
        { ...at, column: longForm[0]!.header },
        COLUMN_MESSAGES.wideAndLong(
          longForm.map((c) => c.header),
          yearHeaders.map((c) => c.header),
        ),
      ),
    );
    for (const c of yearHeaders) delete columns[c.key];
    keyOfColumn.forEach((k, i) => {
      if (k?.startsWith('year:')) keyOfColumn[i] = undefined;
    });
  }
  for (const column of spec.columns) {
    if (column.required && !columns[column.key] && !(longForm.length === 0 && replaced.includes(column.key))) {
      diagnostics.push(
        diagnostic('column.missing', at, COLUMN_MESSAGES.missing(column.header, column.aliases, headerRow)),
      );
    }
  }

  const headerOf = (c: number): string | null => {
    const key = keyOfColumn[c];
    return key === undefined ? null : (columns[key]?.header ?? null);
  };
  const rows = fillMerges(sheet, headerIndex, headerOf, { file, sheet: sheet.name }, diagnostics);
  let last = rows.length - 1;
  while (last > headerIndex && isBlankRow(rows[last]) && !hasUncalculated(rows[last], keyOfColumn)) last--;

  const tableRows: TableRow[] = [];
  const emptyRows: number[] = [];
  const unnamedWithData = new Set<number>();
  for (let r = headerIndex + 1; r <= last; r++) {
    const row = rows[r];
    const cells: Record<string, RawCell> = {};
    let blank = true;
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        // Only the published columns matter: a helper column's formula is never read.
        const uncalculatedKey = cell?.uncalculated ? keyOfColumn[c] : undefined;
        if (cell && uncalculatedKey !== undefined) {
          blank = false;
          diagnostics.push(
            diagnostic(
              'value.formula-uncalculated',
              { file, sheet: sheet.name, row: r + 1, column: headerOf(c) },
              CELL_MESSAGES.formulaUncalculated(cellAddress(r + 1, c)),
            ),
          );
          // Kept, so the record readers know the cell is not simply empty.
          cells[uncalculatedKey] = cell;
          continue;
        }
        if (!cell || isBlankCell(cell)) continue;
        blank = false;
        const key = keyOfColumn[c];
        if (key !== undefined) cells[key] = cell;
        else if (!hasHeader[c]) unnamedWithData.add(c);
      }
    }
    if (blank) emptyRows.push(r + 1);
    else tableRows.push({ row: r + 1, cells });
  }

  const ignored = [
    ...unknown.map((u) => ({ index: u.index, label: COLUMN_MESSAGES.unknownColumn(u.text, columnLetter(u.index)) })),
    ...[...unnamedWithData].map((c) => ({ index: c, label: COLUMN_MESSAGES.unnamedColumn(columnLetter(c)) })),
  ].sort((a, b) => a.index - b.index);
  if (ignored.length > 0) {
    diagnostics.push(diagnostic('column.unknown', at, COLUMN_MESSAGES.unknown(ignored.map((i) => i.label))));
  }
  reportEmptyRows(file, sheet.name, emptyRows, diagnostics);

  return {
    kind: spec.kind,
    file,
    sheet: sheet.name,
    headerRow,
    columns,
    rows: tableRows,
    rowsRead: Math.max(0, last - headerIndex),
    emptyRows,
  };
}

/** Whether a row holds a formula without result in a recognised column. */
function hasUncalculated(row: Row, keyOfColumn: readonly (string | undefined)[]): boolean {
  return row?.some((cell, c) => cell?.uncalculated === true && keyOfColumn[c] !== undefined) ?? false;
}

function reportEmptyRows(file: string, sheet: string, emptyRows: readonly number[], diagnostics: Diagnostic[]): void {
  if (emptyRows.length === 0) return;
  diagnostics.push(
    diagnostic(
      'row.empty-skipped',
      { file, sheet },
      ROW_MESSAGES.emptySkipped(emptyRows.length, describeRows(emptyRows)),
    ),
  );
}

/**
 * Reads a key/value sheet (`Info`): the first two non-empty cells of each row are key and value.
 * A leading header row (`Angabe | Wert`) is skipped. `headerRow` is 0 when there is none; the
 * column indices are those of the header row, else of the first row.
 */
function buildInfoTable(
  file: string,
  sheet: RawSheet,
  spec: SheetSpec,
  diagnostics: Diagnostic[],
  cache: KeyCache,
): Table {
  const rows = sheet.rows;
  const index = columnIndex(spec);
  let first = 0;
  while (first < rows.length && isBlankRow(rows[first])) first++;
  let last = rows.length - 1;
  while (last >= first && isBlankRow(rows[last])) last--;

  const pairOf = (row: Row): [number, number] => {
    let keyAt = -1;
    let valueAt = -1;
    for (let c = 0; row && c < row.length && valueAt < 0; c++) {
      if (isBlankCell(row[c])) continue;
      if (keyAt < 0) keyAt = c;
      else valueAt = c;
    }
    return [keyAt, valueAt];
  };

  let headerIndex = -1;
  const [firstKeyAt, firstValueAt] = pairOf(rows[first]);
  const firstRow = rows[first];
  const keyHeader = firstRow?.[firstKeyAt];
  const headerKeyColumn = index.get(cachedKey(keyHeader, cache) ?? '');
  const valueHeader = firstValueAt >= 0 ? firstRow?.[firstValueAt] : undefined;
  const headerValueColumn = valueHeader ? index.get(cachedKey(valueHeader, cache) ?? '') : undefined;
  if (headerKeyColumn?.key === 'key' && (firstValueAt < 0 || headerValueColumn?.key === 'value')) headerIndex = first;

  const columns: Record<string, TableColumn> = {
    key: {
      key: 'key',
      header: keyHeader && headerIndex >= 0 ? headerText(keyHeader) : 'Angabe',
      index: Math.max(firstKeyAt, 0),
    },
    value: {
      key: 'value',
      header: valueHeader && headerIndex >= 0 ? headerText(valueHeader) : 'Wert',
      index: firstValueAt >= 0 ? firstValueAt : Math.max(firstKeyAt, 0) + 1,
    },
  };

  const tableRows: TableRow[] = [];
  const emptyRows: number[] = [];
  const start = headerIndex >= 0 ? headerIndex + 1 : first;
  for (let r = start; r <= last; r++) {
    const row = rows[r];
    const [keyAt, valueAt] = pairOf(row);
    row?.forEach((cell, c) => {
      if (!cell?.uncalculated) return;
      const column = c === columns.key?.index ? columns.key.header : (columns.value?.header ?? null);
      diagnostics.push(
        diagnostic(
          'value.formula-uncalculated',
          { file, sheet: sheet.name, row: r + 1, column },
          CELL_MESSAGES.formulaUncalculated(cellAddress(r + 1, c)),
        ),
      );
    });
    if (keyAt < 0) {
      emptyRows.push(r + 1);
      continue;
    }
    const cells: Record<string, RawCell> = { key: row?.[keyAt] as RawCell };
    if (valueAt >= 0) cells.value = row?.[valueAt] as RawCell;
    tableRows.push({ row: r + 1, cells });
  }
  reportEmptyRows(file, sheet.name, emptyRows, diagnostics);

  return {
    kind: spec.kind,
    file,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    columns,
    rows: tableRows,
    rowsRead: Math.max(0, last - start + 1),
    emptyRows,
  };
}

/** One sheet that claims a kind; `table` is `null` when it could not be read (already reported). */
interface Occurrence {
  readonly file: string;
  readonly sheet: string;
  readonly table: Table | null;
}

/** Locates one sheet; records its occurrence under its kind, if it has one. */
function locateSheet(
  file: string,
  sheet: RawSheet,
  specs: readonly SheetSpec[],
  occurrences: Map<SheetKind, Occurrence[]>,
  diagnostics: Diagnostic[],
  cache: KeyCache,
): void {
  const at = { file, sheet: sheet.name };
  const claim = (spec: SheetSpec, table: Table | null): void => {
    const list = occurrences.get(spec.kind) ?? [];
    list.push({ file, sheet: sheet.name, table });
    occurrences.set(spec.kind, list);
  };
  const named = matchSheetName(specs, sheet.name);
  // An unreadable sheet was reported by the reader; its kind counts as present, never as empty.
  if (sheet.unreadable) {
    if (named) claim(named, null);
    return;
  }
  const empty = sheet.rows.every((row) => isBlankRow(row));

  if (named) {
    const label = kindLabel(named);
    if (empty) {
      if (named.required) {
        diagnostics.push(diagnostic('sheet.empty', at, SHEET_MESSAGES.empty(label)));
        claim(named, null);
      } else {
        diagnostics.push(diagnostic('sheet.ignored', at, SHEET_MESSAGES.emptyOptional(label)));
      }
      return;
    }
    if (named.kind === 'info') {
      claim(named, buildInfoTable(file, sheet, named, diagnostics, cache));
      return;
    }
    const headerIndex = findHeaderRow(sheet.rows, named, cache);
    if (headerIndex < 0) {
      const headers = named.columns.map((c) => c.header);
      if (named.required) {
        diagnostics.push(diagnostic('sheet.no-header', at, SHEET_MESSAGES.noHeader(label, headers)));
        claim(named, null);
      } else {
        diagnostics.push(diagnostic('sheet.ignored', at, SHEET_MESSAGES.noHeaderOptional(label, headers)));
      }
      return;
    }
    claim(named, buildTable(file, sheet, named, headerIndex, diagnostics, cache));
    return;
  }

  if (empty) {
    diagnostics.push(diagnostic('sheet.ignored', at, SHEET_MESSAGES.ignoredEmpty(sheet.name)));
    return;
  }
  const [best, second] = candidatesByHeaders(sheet.rows, specs, cache);
  if (!best) {
    diagnostics.push(diagnostic('sheet.ignored', at, SHEET_MESSAGES.ignored(sheet.name, specs.map(kindLabel))));
    return;
  }
  if (second && second.matched === best.matched && second.share === best.share) {
    diagnostics.push(
      diagnostic(
        'sheet.ignored',
        at,
        SHEET_MESSAGES.ambiguous(sheet.name, [kindLabel(best.spec), kindLabel(second.spec)]),
      ),
    );
    return;
  }
  diagnostics.push(
    diagnostic(
      'sheet.recognised-by-headers',
      { ...at, row: best.headerRow + 1 },
      SHEET_MESSAGES.recognisedByHeaders(sheet.name, kindLabel(best.spec)),
    ),
  );
  claim(best.spec, buildTable(file, sheet, best.spec, best.headerRow, diagnostics, cache));
}

/**
 * Locates the tables of all workbooks. `specs` are the sheet kinds (from `sheet-kinds.ts`, with
 * the settings' extra aliases applied). Each required kind must exist exactly once across all
 * workbooks, each optional kind at most once.
 */
export function locateTables(
  workbooks: readonly RawWorkbook[],
  specs: readonly SheetSpec[],
  options: LocateOptions = {},
): LocatedTables {
  const folder = options.dataDir ?? 'data';
  const diagnostics: Diagnostic[] = [];
  const occurrences = new Map<SheetKind, Occurrence[]>();
  const cache: KeyCache = { keys: new Map(), limit: longestKey(specs) };

  for (const workbook of workbooks) {
    for (const sheet of workbook.sheets) {
      locateSheet(workbook.file, sheet, specs, occurrences, diagnostics, cache);
    }
  }

  const tables: Table[] = [];
  for (const spec of specs) {
    const found = occurrences.get(spec.kind) ?? [];
    if (found.length === 0) {
      if (spec.required) {
        const required = spec.columns.filter((c) => c.required).map((c) => c.header);
        diagnostics.push(
          diagnostic(
            'sheet.missing',
            { file: folder },
            SHEET_MESSAGES.missing(kindLabel(spec), [spec.name, ...spec.nameAliases], required),
          ),
        );
      }
      continue;
    }
    if (found.length > 1) {
      diagnostics.push(
        diagnostic(
          'sheet.duplicate',
          { file: folder },
          SHEET_MESSAGES.duplicate(
            kindLabel(spec),
            found.map((o) => SHEET_MESSAGES.place(o.file, o.sheet)),
          ),
        ),
      );
    }
    const table = found[0]?.table;
    if (table) tables.push(table);
  }
  return { tables, diagnostics };
}
