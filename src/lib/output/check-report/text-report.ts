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

/** The column and code a cell problem shares with others of its kind; `null` for other problems. */
function runKey(d: Diagnostic): string | null {
  if (d.row === null || d.column === null || d.sheet === null) return null;
  return [d.file, d.sheet, d.column, d.code].join('\u0000');
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
    lines.push(REPORT_TEXT.heading(severity, list.length));
    const runs = new Map<string, Diagnostic[]>();
    if (!options.verbose) {
      for (const d of list) {
        const key = runKey(d);
        if (key !== null) runs.set(key, [...(runs.get(key) ?? []), d]);
      }
    }
    for (const d of list) {
      const run = runs.get(runKey(d) ?? '');
      const position = run && run.length >= RUN_FROM ? run.indexOf(d) : -1;
      if (position >= SHOWN_OF_RUN) continue;
      lines.push(`  ${REPORT_TEXT.marker[severity]} ${formatPlace(d)}`);
      lines.push(`    ${d.message} [${d.code}]`);
      if (run && position === SHOWN_OF_RUN - 1) {
        const rest = run.slice(SHOWN_OF_RUN);
        lines.push(`  ${REPORT_TEXT.marker[severity]} ${formatPlace({ ...d, row: null })}`);
        lines.push(
          `    ${REPORT_TEXT.runRest(
            rest.length,
            d.code,
            rest.map((r) => r.row!),
          )}`,
        );
      }
    }
    lines.push('');
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
