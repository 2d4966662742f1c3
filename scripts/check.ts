/**
 * `npm run check`: validates the workbooks in the data folder and prints the report in German.
 * Exit code 0 without errors, 1 with errors. `--json` prints exactly one JSON document instead.
 *
 * Options: --json, --alle (list notices too), --daten <Ordner> (or ISEK_DATA_DIR),
 * --html <Datei> (also write the report as a self-contained HTML file).
 */
import { loadProject } from '../src/lib/load.ts';
import { resolveDataDir } from '../src/lib/input/settings/environment.ts';
import { toCheckJson } from '../src/lib/output/check-report/check-result.ts';
import { formatTextReport } from '../src/lib/output/check-report/text-report.ts';
import { CLI_TEXT, OFFICE_CLI_TEXT } from '../src/lib/i18n/de.ts';
import { writeHtmlReport } from '../src/build/html-report-file.ts';
import { parseOfficeArgs } from '../src/build/cli-args.ts';

const values = parseOfficeArgs(
  {
    json: { type: 'boolean', default: false },
    alle: { type: 'boolean', default: false },
    daten: { type: 'string' },
    data: { type: 'string' },
    html: { type: 'string' },
  },
  OFFICE_CLI_TEXT.checkUsage,
);

const dataDir = resolveDataDir(values.daten ?? values.data, process.env);
const result = await loadProject({ dataDir });
const report = toCheckJson(result);

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(`${CLI_TEXT.checkHeading(dataDir)}\n\n${formatTextReport(report, { verbose: values.alle })}\n`);
}
if (values.html) {
  const written = await writeHtmlReport(values.html, report, dataDir);
  // With --json, stdout holds exactly one JSON document; the note goes to stderr.
  (values.json ? process.stderr : process.stdout).write(`${OFFICE_CLI_TEXT.reportWritten(written)}\n`);
}
process.exitCode = report.ok ? 0 : 1;
