/**
 * `npm run build`: validates the workbooks, builds the site and publishes it to `dist/` in one
 * step. With errors in the data, or if anything fails on the way, the previously published site
 * stays exactly as it was and the exit code is 1.
 *
 * Options: --daten <Ordner> (or ISEK_DATA_DIR), --base </pfad/> (or ISEK_BASE),
 * --ausgabe <Ordner> (default dist), --alle (list notices too), --html <Datei> (where the HTML check
 * report goes; default `pruefbericht.html` in the project folder, written on every build).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../src/build/run-build.ts';
import { resolveDataDir } from '../src/lib/input/settings/environment.ts';
import { formatTextReport } from '../src/lib/output/check-report/text-report.ts';
import { BUILD_TEXT, OFFICE_CLI_TEXT, REPORT_TEXT } from '../src/lib/i18n/de.ts';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { DEFAULT_REPORT_FILE, writeHtmlReport } from '../src/build/html-report-file.ts';

const values = parseOfficeArgs(
  {
    daten: { type: 'string' },
    data: { type: 'string' },
    base: { type: 'string' },
    ausgabe: { type: 'string' },
    out: { type: 'string' },
    alle: { type: 'boolean', default: false },
    html: { type: 'string' },
  },
  OFFICE_CLI_TEXT.buildUsage,
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolveDataDir(values.daten ?? values.data, process.env);
const outDir = path.resolve(values.ausgabe ?? values.out ?? path.join(root, 'dist'));
const print = (line: string) => process.stdout.write(`${line}\n`);

print(BUILD_TEXT.start(dataDir));
const outcome = await runBuild({
  dataDir,
  outDir,
  base: values.base,
  root,
  onStage: (event) => print(BUILD_TEXT.stage(event.stage, event.ms, event.counts)),
  onNotice: print,
  onChecked: (check) => {
    if (!check.ok || check.counts.warnings > 0 || values.alle)
      print(`\n${formatTextReport(check, { verbose: values.alle })}\n`);
  },
});

// Written on every build, so a report lying in the project folder is never an old one.
const reportFile = await writeHtmlReport(values.html ?? path.join(root, DEFAULT_REPORT_FILE), outcome.check, dataDir);

if (outcome.ok) {
  // The closing summary: what was published, where, and how many warnings.
  print(`\n${REPORT_TEXT.published(outcome.check.counts)}`);
  print(OFFICE_CLI_TEXT.reportWritten(reportFile));
  print(BUILD_TEXT.done(outcome.outDir, outcome.base, outcome.pages, outcome.check.counts.warnings));
} else if (outcome.reason === 'data') {
  print(BUILD_TEXT.refusedData(outDir));
  print(OFFICE_CLI_TEXT.reportWritten(reportFile));
  process.exitCode = 1;
} else if (outcome.reason === 'output') {
  print(BUILD_TEXT.refusedOutput(outDir, outcome.problem));
  process.exitCode = 1;
} else {
  print(BUILD_TEXT.failed(outDir));
  console.error(outcome.error);
  process.exitCode = 1;
}
