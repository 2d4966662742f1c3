/**
 * `npm run sample`: writes the sample workbooks (default into `data/`).
 * Options: `--out <dir>`, `--measures <n>`, `--meeting 1|2`, `--seed <n>`.
 */
import { join } from 'node:path';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { AUTHORING_TEXT } from '../src/lib/i18n/de.ts';
import {
  DEFAULT_MEASURES,
  DEFAULT_SEED,
  generateSampleData,
  writeSampleWorkbooks,
} from '../tools/authoring/sample-data.ts';

function positiveInteger(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(AUTHORING_TEXT.invalidOption(option, value, AUTHORING_TEXT.expectedPositiveInteger));
  return n;
}

function main(): void {
  const values = parseOfficeArgs(
    {
      out: { type: 'string' },
      measures: { type: 'string' },
      meeting: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    AUTHORING_TEXT.sampleUsage,
  );
  if (values.help) {
    console.log(AUTHORING_TEXT.sampleUsage);
    return;
  }
  const meeting = values.meeting ?? '1';
  if (meeting !== '1' && meeting !== '2')
    throw new Error(AUTHORING_TEXT.invalidOption('meeting', meeting, AUTHORING_TEXT.expectedMeeting));
  const data = generateSampleData({
    measures: positiveInteger('measures', values.measures, DEFAULT_MEASURES),
    seed: positiveInteger('seed', values.seed, DEFAULT_SEED),
    meeting: meeting === '2' ? 2 : 1,
  });
  const dir = values.out ?? join(process.cwd(), 'data');
  const paths = writeSampleWorkbooks(dir, data);
  console.log(AUTHORING_TEXT.sampleWritten(data.model.meeting, data.model.measures.length, dir));
  for (const p of paths) console.log(AUTHORING_TEXT.fileWritten(p));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(AUTHORING_TEXT.sampleUsage);
  process.exitCode = 1;
}
