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

/** Renders the whole report. `verbose` lists notices one by one (else only their number). */
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
    for (const d of list) {
      lines.push(`  ${REPORT_TEXT.marker[severity]} ${formatPlace(d)}`);
      lines.push(`    ${d.message} [${d.code}]`);
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
