/**
 * Reads the fields of one table row with the cell parsers and turns every failure into a
 * diagnostic that names the file, sheet, Excel row and the header as written in the file.
 */
import { diagnostic, type Diagnostic, type DiagnosticCode, type Location } from '../diagnostics.ts';
import { readsEmptyMeaning, type CellParser } from '../input/cells/result.ts';
import { isEmptyMeaning } from '../input/cells/empty-meaning.ts';
import { sheetSpec } from '../input/workbook/sheet-kinds.ts';
import { columnLetter } from '../input/workbook/locate-tables.ts';
import type { Table, TableRow } from '../input/workbook/table.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';

/** Reads one row. `hasErrors` tells whether any field of the row failed (the row is refused). */
export interface RowReader {
  /** Parses an optional field; a failure is reported and gives `null`. */
  optional<T>(key: string, parse: CellParser<T>): T | null;
  /** Parses a required field; an empty cell is reported (`value.required`) and gives `null`. */
  required<T>(key: string, parse: CellParser<T>): T | null;
  /** Reports a problem with a field of this row (severity comes from the code). */
  report(code: DiagnosticCode, key: string | null, message: string): void;
  /** The place of a field, for diagnostics raised later (e.g. while linking). */
  locate(key: string | null): Location;
  /** Whether an error was reported for this row. */
  readonly hasErrors: boolean;
  /** Excel row number. */
  readonly row: number;
}

/** The header of a column as written in the file, or the canonical header if it is missing. */
export function columnHeader(table: Table, key: string): string {
  const found = table.columns[key];
  if (found) return found.header;
  return sheetSpec(table.kind).columns.find((c) => c.key === key)?.header ?? key;
}

/** Makes a reader for one row of a table. Diagnostics are appended to `sink`. */
export function readRow(table: Table, row: TableRow, sink: Diagnostic[]): RowReader {
  let hasErrors = false;
  const locate = (key: string | null): Location => ({
    file: table.file,
    sheet: table.sheet,
    row: row.row,
    column: key === null ? null : columnHeader(table, key),
    columnLetter: key === null || !table.columns[key] ? null : columnLetter(table.columns[key].index),
  });
  const report = (code: DiagnosticCode, key: string | null, message: string): void => {
    const d = diagnostic(code, locate(key), message);
    if (d.severity === 'error') hasErrors = true;
    sink.push(d);
  };
  const parse = <T>(key: string, parser: CellParser<T>, isRequired: boolean): T | null => {
    const cell = row.cells[key];
    // A formula without result was reported by the locator; "leer" would only add a wrong reason.
    if (cell?.uncalculated) {
      hasErrors = true;
      return null;
    }
    if (
      cell !== undefined &&
      typeof cell.value === 'string' &&
      isEmptyMeaning(cell.value) &&
      !readsEmptyMeaning(parser as CellParser<unknown>)
    ) {
      // `k. A.` in an optional column says "no value": treated so, and said. A required value
      // cannot be "no value".
      if (isRequired)
        report('value.required', key, MODEL_MESSAGES.emptyMeaningRequired(cell.value.trim(), columnHeader(table, key)));
      else report('value.empty-meaning', key, MODEL_MESSAGES.emptyMeaning(cell.value.trim()));
      return null;
    }
    const result = parser(cell);
    if (!result.ok) {
      report(result.code, key, result.message);
      return null;
    }
    for (const warning of result.warnings ?? []) report(warning.code, key, warning.message);
    if (result.value === null && isRequired) {
      // A missing required column is reported once for the sheet, not once per row.
      if (table.columns[key]) report('value.required', key, MODEL_MESSAGES.valueRequired(columnHeader(table, key)));
      else hasErrors = true;
    }
    return result.value;
  };
  return {
    optional: (key, parser) => parse(key, parser, false),
    required: (key, parser) => parse(key, parser, true),
    report,
    locate,
    get hasErrors() {
      return hasErrors;
    },
    row: row.row,
  };
}
