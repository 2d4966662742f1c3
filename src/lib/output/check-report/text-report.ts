/**
 * The check report as plain German text for the terminal: errors first, each problem with its
 * place (file › sheet › row › column), then the row reconciliation and a one-line verdict.
 */
import type { Diagnostic, Severity } from '../../diagnostics.ts';
import { REPORT_TEXT } from '../../i18n/de.ts';
import type { CheckJson } from './check-result.ts';
import { SETTINGS_FILE } from '../../input/settings/parse-settings.ts';

/**
 * `Datei.xlsx › Blatt „Maßnahmen“ › Zeile 17 › Spalte L „Fortschritt“`: the column by its letter,
 * as the spreadsheet program shows it, and by its header as written.
 */
export function formatPlace(
  d: Pick<Diagnostic, 'file' | 'sheet' | 'row' | 'column'> & { columnLetter?: string | null },
): string {
  const parts = [d.file];
  if (d.sheet !== null) parts.push(REPORT_TEXT.sheet(d.sheet));
  if (d.row !== null) parts.push(REPORT_TEXT.row(d.row));
  if (d.column !== null) {
    parts.push(
      d.file === SETTINGS_FILE ? REPORT_TEXT.setting(d.column) : REPORT_TEXT.column(d.column, d.columnLetter ?? null),
    );
  }
  return parts.join(' › ');
}

const ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * From this many problems of one code in one column, the terminal shows the first
 * {@link SHOWN_OF_RUN} in full and the rest as one entry with their rows: a column that lost its
 * date format otherwise fills hundreds of lines and buries every other problem.
 */
const RUN_FROM = 6;
const SHOWN_OF_RUN = 3;

/**
 * What a cell problem shares with others of its kind: the column, the code and the message apart
 * from the values in it (quoted text and numbers), so „ist eine Zahl, kein Datum“ and „ist kein
 * gültiges Datum“ stay apart though both are `value.invalid`. `null` for other problems.
 */
function runKey(d: Diagnostic): string | null {
  if (d.row === null || d.column === null || d.sheet === null) return null;
  const wording = d.message.replace(/„[^“]*“/g, '„“').replace(/\d+/g, '0');
  return [d.file, d.sheet, d.columnLetter ?? '', d.column, d.code, wording].join('\u0000');
}

/** The problems of one severity, long runs summarised unless `verbose`. */
function problemLines(severity: Severity, list: readonly Diagnostic[], verbose: boolean): string[] {
  const keys = list.map((d) => (verbose ? null : runKey(d)));
  const runs = new Map<string, Diagnostic[]>();
  list.forEach((d, i) => {
    const key = keys[i];
    if (key === null || key === undefined) return;
    const run = runs.get(key);
    if (run) run.push(d);
    else runs.set(key, [d]);
  });
  const shown = new Map<string, number>();
  const lines: string[] = [];
  list.forEach((d, i) => {
    const key = keys[i] ?? null;
    const run = key === null ? undefined : runs.get(key);
    if (key !== null && run !== undefined && run.length >= RUN_FROM) {
      const position = shown.get(key) ?? 0;
      shown.set(key, position + 1);
      if (position >= SHOWN_OF_RUN) return;
      lines.push(`  ${REPORT_TEXT.marker[severity]} ${formatPlace(d)}`, `    ${d.message} [${d.code}]`);
      if (position === SHOWN_OF_RUN - 1) {
        const rows = run.slice(SHOWN_OF_RUN).map((r) => r.row!);
        lines.push(
          `  ${REPORT_TEXT.marker[severity]} ${formatPlace({ ...d, row: null })}`,
          `    ${REPORT_TEXT.runRest(d.code, rows)}`,
        );
      }
      return;
    }
    lines.push(`  ${REPORT_TEXT.marker[severity]} ${formatPlace(d)}`, `    ${d.message} [${d.code}]`);
  });
  return lines;
}

/**
 * Renders the whole report. `verbose` lists every problem one by one; otherwise notices are only
 * counted and long runs of one problem in one column are summarised (see {@link RUN_FROM}).
 */
export function formatTextReport(result: CheckJson, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const severity of ORDER) {
    const list = result.diagnostics.filter((d) => d.severity === severity);
    if (list.length === 0) continue;
    if (severity === 'notice' && !options.verbose) {
      lines.push(REPORT_TEXT.noticesHidden(list.length), '');
      continue;
    }
    lines.push(
      REPORT_TEXT.heading(severity, list.length),
      ...problemLines(severity, list, options.verbose === true),
      '',
    );
  }
  lines.push(REPORT_TEXT.rowCountsHeading);
  for (const [kind, c] of Object.entries(result.rowCounts)) {
    lines.push(`  ${REPORT_TEXT.rowCounts(kind, c)}`);
  }
  lines.push('');
  lines.push(REPORT_TEXT.published(result.counts));
  lines.push(REPORT_TEXT.verdict(result.ok, result.counts));
  return lines.join('\n');
}
