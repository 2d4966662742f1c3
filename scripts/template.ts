/**
 * `npm run template`: writes the ready-to-fill template workbook (default into `vorlage/`).
 * Options: `--out <dir>`; `--daten <dir>` (or `ISEK_DATA_DIR`, default `data`) names the data
 * folder whose departments fill the drop-down list.
 */
import { join } from 'node:path';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { AUTHORING_TEXT, TEMPLATE_TEXT } from '../src/lib/i18n/de.ts';
import { resolveDataDir } from '../src/lib/input/settings/environment.ts';
import { buildTemplate, departmentsFromData, writeTemplate } from '../tools/authoring/template.ts';

async function main(): Promise<void> {
  const values = parseOfficeArgs(
    {
      out: { type: 'string' },
      daten: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    AUTHORING_TEXT.templateUsage,
  );
  if (values.help) {
    console.log(AUTHORING_TEXT.templateUsage);
    return;
  }
  const dataDir = resolveDataDir(values.daten ?? values.data, process.env);
  const departments = await departmentsFromData(dataDir);
  const path = writeTemplate(values.out ?? join(process.cwd(), 'vorlage'), buildTemplate(departments));
  console.log(
    departments.length > 0
      ? TEMPLATE_TEXT.departmentsFromData(departments.length, dataDir)
      : TEMPLATE_TEXT.departmentsExamples(dataDir),
  );
  console.log(TEMPLATE_TEXT.written(path));
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(AUTHORING_TEXT.templateUsage);
  process.exitCode = 1;
}
