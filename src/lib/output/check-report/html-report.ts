/**
 * The check report as one self-contained HTML file the office opens in a browser: errors first,
 * grouped by file and sheet, each problem with its row, column and code, then the row
 * reconciliation. No external resources (the file is mailed around and opened from disk), so the
 * small stylesheet is inline; this is not the public site and its CSP does not apply.
 *
 * Everything that comes from the data (file, sheet and column names, messages quoting cells, the
 * data folder) is escaped.
 */
import { compareWithinSheet, type Diagnostic, type Severity } from '../../diagnostics.ts';
import { compareGerman } from '../../common/collate.ts';
import { HTML_REPORT_TEXT as T, REPORT_TEXT, SEVERITY_LABELS, SHEET_KIND_LABELS } from '../../i18n/de.ts';
import type { CheckJson } from './check-result.ts';
import { SETTINGS_FILE } from '../../input/settings/parse-settings.ts';
import { escapeHtml } from '../../common/escape-html.ts';

/** What the report says about the run besides the check result. */
export interface HtmlReportOptions {
  /** The data folder as the office named it (shown, not linked). */
  readonly dataDir: string;
  /** When the check ran, already formatted in German (e.g. `25. November 2026 um 19:30`). */
  readonly checkedAt: string;
}

/** Diagnostics of one sheet (or of the whole file when `sheet` is null), in report order. */
export interface SheetGroup {
  readonly sheet: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Diagnostics of one file. */
export interface FileGroup {
  readonly file: string;
  readonly sheets: readonly SheetGroup[];
}

const ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * Groups diagnostics by file, then sheet: files and sheets in German alphabetical order, problems
 * of the whole file (no sheet) before the sheets, and within a sheet by row, then column.
 */
export function groupByFileAndSheet(diagnostics: readonly Diagnostic[]): FileGroup[] {
  const files = new Map<string, Map<string | null, Diagnostic[]>>();
  for (const d of diagnostics) {
    let sheets = files.get(d.file);
    if (!sheets) files.set(d.file, (sheets = new Map()));
    let list = sheets.get(d.sheet);
    if (!list) sheets.set(d.sheet, (list = []));
    list.push(d);
  }
  return [...files.entries()]
    .sort(([a], [b]) => compareGerman(a, b))
    .map(([file, sheets]) => ({
      file,
      sheets: [...sheets.entries()]
        .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : compareGerman(a, b)))
        // A stable sort keeps the core's order for problems in the same cell.
        .map(([sheet, list]) => ({ sheet, diagnostics: [...list].sort(compareWithinSheet) })),
    }));
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; }
body { margin: 0; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid currentColor; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; word-break: break-word; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: #4a4a4a; margin: 0 0 1rem; }
.verdict { padding: .75rem 1rem; border-left: .4rem solid; margin: 1rem 0; }
.verdict--ok { border-color: #1b6e2c; background: #eaf5ec; }
.verdict--error { border-color: #a4161a; background: #fbeaea; }
.verdict p { margin: .25rem 0; }
.section--error h2 { color: #a4161a; }
.section--warning h2 { color: #7a4b00; }
.section--notice h2 { color: #3a3a3a; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #efefef; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-family: ui-monospace, Consolas, monospace; font-size: .9em; white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; padding: 0; list-style: none; }
a { color: #0b4f8a; }
@media print { main { max-width: none; padding: 0; } a { color: inherit; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

const SECTION_IDS: Record<Severity, string> = { error: 'fehler', warning: 'warnungen', notice: 'hinweise' };

function problemTable(severity: Severity, file: string, group: SheetGroup): string {
  const e = escapeHtml;
  const rows = group.diagnostics
    .map(
      (d) =>
        `<tr><td class="num">${d.row === null ? T.notApplicable : d.row}</td>` +
        `<td>${d.column === null ? T.notApplicable : e(file === SETTINGS_FILE ? d.column : REPORT_TEXT.columnCell(d.column, d.columnLetter))}</td>` +
        `<td>${e(d.message)}</td><td><code>${e(d.code)}</code></td></tr>`,
    )
    .join('\n');
  return [
    '<table>',
    `<caption class="visually-hidden">${e(T.tableCaption(SEVERITY_LABELS[severity], file, group.sheet))}</caption>`,
    `<thead><tr><th scope="col" class="num">${T.columns.row}</th><th scope="col">${file === SETTINGS_FILE ? T.columns.setting : T.columns.column}</th>` +
      `<th scope="col">${T.columns.problem}</th><th scope="col">${T.columns.code}</th></tr></thead>`,
    `<tbody>\n${rows}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function severitySection(severity: Severity, diagnostics: readonly Diagnostic[]): string {
  const e = escapeHtml;
  const label = T.heading[severity];
  const parts = [
    `<section class="section--${severity}" id="${SECTION_IDS[severity]}" aria-labelledby="${SECTION_IDS[severity]}-h">`,
    `<h2 id="${SECTION_IDS[severity]}-h">${T.headingCount(label, diagnostics.length)}</h2>`,
  ];
  if (diagnostics.length === 0) {
    parts.push(`<p>${T.none[severity]}</p>`, '</section>');
    return parts.join('\n');
  }
  parts.push(`<p>${T.severityIntro[severity]}</p>`);
  for (const fileGroup of groupByFileAndSheet(diagnostics)) {
    parts.push(`<h3>${e(fileGroup.file)}</h3>`);
    for (const sheetGroup of fileGroup.sheets) {
      parts.push(`<h4>${sheetGroup.sheet === null ? T.wholeFile : e(T.sheet(sheetGroup.sheet))}</h4>`);
      parts.push(problemTable(severity, fileGroup.file, sheetGroup));
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function rowCountsSection(result: CheckJson): string {
  const e = escapeHtml;
  const n = (v: number) => new Intl.NumberFormat('de-DE').format(v);
  const c = T.rowCountsColumns;
  const rows = Object.entries(result.rowCounts)
    .map(([kind, counts]) => {
      const label = SHEET_KIND_LABELS[kind as keyof typeof SHEET_KIND_LABELS] ?? kind;
      return (
        `<tr><th scope="row">${e(label)}</th><td class="num">${n(counts.read)}</td><td class="num">${n(counts.published)}</td>` +
        `<td class="num">${n(counts.skippedEmpty)}</td><td class="num">${n(counts.refused)}</td></tr>`
      );
    })
    .join('\n');
  return [
    '<section id="zeilenbilanz" aria-labelledby="zeilenbilanz-h">',
    `<h2 id="zeilenbilanz-h">${T.rowCountsHeading}</h2>`,
    `<p>${T.rowCountsIntro}</p>`,
    '<table>',
    `<caption>${T.rowCountsCaption}</caption>`,
    `<thead><tr><th scope="col">${c.kind}</th><th scope="col" class="num">${c.read}</th><th scope="col" class="num">${c.published}</th>` +
      `<th scope="col" class="num">${c.skippedEmpty}</th><th scope="col" class="num">${c.refused}</th></tr></thead>`,
    `<tbody>\n${rows}\n</tbody>`,
    '</table>',
    `<h3>${T.contentHeading}</h3>`,
    `<p>${e(REPORT_TEXT.published(result.counts))}</p>`,
    '</section>',
  ].join('\n');
}

/** Renders the whole report as one HTML document (UTF-8, no external resources). */
export function formatHtmlReport(result: CheckJson, options: HtmlReportOptions): string {
  const e = escapeHtml;
  const bySeverity = (s: Severity) => result.diagnostics.filter((d) => d.severity === s);
  const contents = [
    ...ORDER.map(
      (s) => `<li><a href="#${SECTION_IDS[s]}">${T.headingCount(T.heading[s], bySeverity(s).length)}</a></li>`,
    ),
    `<li><a href="#zeilenbilanz">${T.rowCountsHeading}</a></li>`,
  ].join('');
  return [
    '<!doctype html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(T.documentTitle(result.ok, result.counts.errors))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${T.title}</h1>`,
    `<p class="meta">${e(T.meta(options.dataDir, options.checkedAt))}</p>`,
    `<div class="verdict verdict--${result.ok ? 'ok' : 'error'}">`,
    `<p><strong>${e(T.counts(result.counts))}</strong></p>`,
    `<p>${result.ok ? T.verdictOk : T.verdictErrors}</p>`,
    '</div>',
    `<p>${e(T.howToRead)}</p>`,
    `<nav aria-label="${T.contentsLabel}"><ul>${contents}</ul></nav>`,
    ...ORDER.map((s) => severitySection(s, bySeverity(s))),
    rowCountsSection(result),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** `25. November 2026 um 19:30`: when the check ran, in the machine's time zone. */
export function formatCheckedAt(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
