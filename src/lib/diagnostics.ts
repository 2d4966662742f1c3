/**
 * Diagnostics: every problem found in the office's workbooks, with its place.
 *
 * The core never throws for a data problem. It collects diagnostics instead, so the office sees
 * every problem of an export at once, each with file, sheet, row (as Excel shows it) and column
 * (the header as written in the file).
 */

import { compareGerman } from './common/collate.ts';

/** How bad a problem is. Errors stop the build; warnings and notices never do. */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * Every diagnostic code the core can emit. The code is stable (tests, the JSON report and the
 * office's guide `docs/anleitung.md` refer to it); the German message may change.
 */
export const DIAGNOSTIC_CODES = {
  // Files
  'file.lock-skipped': 'notice',
  'file.unsupported-type': 'notice',
  'file.unreadable': 'error',
  'file.encrypted': 'error',
  'file.empty': 'error',
  'file.too-large': 'error',
  'file.number-format-partial': 'notice',
  'file.reader-note': 'notice',
  'file.sample-mixed': 'warning',
  'data-dir.missing': 'error',
  'data-dir.empty': 'error',
  // Sheets
  'sheet.missing': 'error',
  'sheet.duplicate': 'error',
  'sheet.empty': 'error',
  'sheet.unreadable': 'error',
  'sheet.no-header': 'error',
  'sheet.ignored': 'notice',
  'sheet.recognised-by-headers': 'notice',
  // Headers
  'column.missing': 'error',
  'column.duplicate': 'error',
  'column.unknown': 'notice',
  'column.wide-and-long': 'error',
  // Rows
  'row.empty-skipped': 'notice',
  'row.merged-filled': 'notice',
  // Values
  'value.required': 'error',
  'value.invalid': 'error',
  'value.out-of-range': 'error',
  'value.invalid-link': 'error',
  'value.formula-error': 'error',
  'value.formula-uncalculated': 'error',
  'value.control-characters-removed': 'notice',
  'value.empty-meaning': 'notice',
  'value.excel-date': 'error',
  'value.leading-zero-lost': 'warning',
  'value.percent-fraction': 'warning',
  'value.approximate-money': 'warning',
  // Keys and references
  'key.duplicate': 'error',
  'key.invisible-character': 'error',
  'key.lookalike-character': 'error',
  'key.too-long': 'error',
  'key.number-imprecise': 'error',
  'key.decimal-number': 'warning',
  'ref.unknown-goal': 'error',
  'ref.unknown-department': 'error',
  'ref.unknown-measure': 'error',
  'ref.unknown-parent-goal': 'error',
  'ref.unknown-product-area': 'error',
  'ref.unknown-indicator': 'error',
  'ref.department-mismatch': 'error',
  'ref.department-name-unmatched': 'warning',
  'ref.several-departments': 'error',
  // Goal system
  'goal.cycle': 'error',
  'goal.product-area-missing': 'error',
  'goal.product-area-conflict': 'warning',
  'goal.without-measures': 'warning',
  // Measures
  'measure.product-area-conflict': 'warning',
  'measure.product-area-unknown': 'warning',
  'measure.end-before-start': 'error',
  'measure.end-before-start-imprecise': 'warning',
  'measure.report-stale': 'warning',
  'measure.report-date-missing': 'warning',
  'measure.progress-status-mismatch': 'warning',
  // Indicators
  'indicator.value-duplicate': 'error',
  'indicator.target-incomplete': 'error',
  'indicator.target-year-before-base': 'error',
  'indicator.without-values': 'warning',
  'indicator.without-goals': 'warning',
  'indicator.base-year-without-value': 'warning',
  'measure.decision-in-future': 'warning',
  'measure.decision-after-start': 'warning',
  // Stadtteile and the map (`stadtteile.geojson`, point locations of measures)
  'district.spelling-merged': 'notice',
  'district.address-collision': 'error',
  'district.not-on-map': 'warning',
  'map.invalid': 'error',
  'map.unknown-district': 'notice',
  'measure.location-invalid': 'warning',
  'measure.location-outside': 'warning',
  // Publication info
  'info.stand-missing': 'notice',
  'info.unknown-key': 'notice',
  // Settings
  'settings.invalid': 'error',
  'settings.missing': 'notice',
  'settings.accessibility-incomplete': 'warning',
  'settings.accessibility-review-due': 'warning',
  // Editable pages (`data/seiten/*.md`): never stop the build, a default text stands in
  'page.missing': 'notice',
  'page.empty': 'notice',
  'page.unknown-file': 'notice',
  'page.unreadable': 'warning',
  'page.encoding': 'warning',
  'page.unsupported-markup': 'warning',
} as const satisfies Record<string, Severity>;

/** A stable machine-readable identifier of a kind of problem. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** One problem, with its place in the office's files. */
export interface Diagnostic {
  /** Whether the problem stops the build. */
  readonly severity: Severity;
  /** Stable code, see {@link DIAGNOSTIC_CODES}. */
  readonly code: DiagnosticCode;
  /** File name as it lies in the data folder (no directories), or the settings file. */
  readonly file: string;
  /** Sheet name as written in the workbook, or `null` for a problem with the whole file. */
  readonly sheet: string | null;
  /** Row number as Excel shows it (1-based), or `null`. */
  readonly row: number | null;
  /** Column header as written in the file, or `null`. */
  readonly column: string | null;
  /** The column's letter as the spreadsheet program shows it (`F`), or `null` when not known. */
  readonly columnLetter: string | null;
  /** German explanation: what is wrong and what was expected. */
  readonly message: string;
}

/** Where a problem is; everything but the file is optional. */
export interface Location {
  readonly file: string;
  readonly sheet?: string | null;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly columnLetter?: string | null;
}

/**
 * Makes a diagnostic. The severity comes from the code, so the same kind of problem is always
 * treated the same way.
 */
export function diagnostic(code: DiagnosticCode, location: Location, message: string): Diagnostic {
  return Object.freeze({
    severity: DIAGNOSTIC_CODES[code],
    code,
    file: location.file,
    sheet: location.sheet ?? null,
    row: location.row ?? null,
    column: location.column ?? null,
    columnLetter: location.columnLetter ?? null,
    message,
  });
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Spreadsheet column order, as the office reads a row from left to right: `B` before `AA`. */
function compareColumnLetters(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a.length - b.length || (a < b ? -1 : 1);
}

/**
 * Order within one sheet: by row, then by column from left to right (by its letter, then its
 * header). Problems of the sheet as a whole (no row) come first.
 */
export function compareWithinSheet(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) ||
    compareColumnLetters(a.columnLetter, b.columnLetter) ||
    compareGerman(a.column ?? '', b.column ?? '')
  );
}

/**
 * Orders diagnostics the way the office reads them: errors first, then by file, sheet, row and
 * column. Returns a new array; problems in the same cell keep the core's order.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareGerman(a.file, b.file) ||
      compareGerman(a.sheet ?? '', b.sheet ?? '') ||
      compareWithinSheet(a, b),
  );
}

/** True when any diagnostic stops the build. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
