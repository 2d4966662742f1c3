/**
 * Writes the HTML check report to a file (`npm run check -- --html …`, and `npm run build`
 * always writes `pruefbericht.html`), creating its folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckJson } from '../lib/output/check-report/check-result.ts';
import { formatCheckedAt, formatHtmlReport } from '../lib/output/check-report/html-report.ts';

/** The report's default file name, in the project folder. */
export const DEFAULT_REPORT_FILE = 'pruefbericht.html';

/** Writes the report and returns its absolute path. */
export async function writeHtmlReport(
  file: string,
  check: CheckJson,
  dataDir: string,
  now: Date = new Date(),
): Promise<string> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, formatHtmlReport(check, { dataDir, checkedAt: formatCheckedAt(now) }), 'utf8');
  return target;
}
