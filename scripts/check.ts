/**
 * `npm run check`: validates the workbooks in the data folder and prints the report in German.
 * Exit code 0 without errors, 1 with errors. `--json` prints exactly one JSON document instead.
 *
 * Options: --json, --alle (list notices too), --daten <Ordner> (or ISEK_DATA_DIR),
 * --html <Datei> (also write the report as a self-contained HTML file).
 */
import { parseArgs } from 'node:util';
import { loadProject } from '../src/lib/load.ts';
import { resolveDataDir } from '../src/lib/settings/environment.ts';
import { toCheckJson } from '../src/lib/report/check-result.ts';
import { formatTextReport } from '../src/lib/report/text-report.ts';
import { CLI_TEXT } from '../src/lib/i18n/de.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    alle: { type: 'boolean', default: false },
    daten: { type: 'string' },
    data: { type: 'string' },
  },
  allowPositionals: false,
});

const dataDir = resolveDataDir(values.daten ?? values.data, process.env);
const result = await loadProject({ dataDir });
const report = toCheckJson(result);

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(`${CLI_TEXT.checkHeading(dataDir)}\n\n${formatTextReport(report, { verbose: values.alle })}\n`);
}
process.exitCode = report.ok ? 0 : 1;
