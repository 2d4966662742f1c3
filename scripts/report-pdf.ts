/**
 * `npm run bericht:pdf`: prints the whole Stadtentwicklungsbericht of the built site into ONE PDF
 * (`src/build/report-pdf.ts`).
 *
 * Options: --ausgabe <Ordner> (the built site, default dist), --datei <PDF> (default
 * stadtentwicklungsbericht.pdf in the project folder), --base </pfad/> (override).
 * Chromium: CHROME_PATH, else a system install, else the packaged one (src/build/chromium.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { printReportPdf } from '../src/build/report-pdf.ts';
import { REPORT_PDF_TEXT } from '../src/lib/i18n/de.ts';

const values = parseOfficeArgs(
  { ausgabe: { type: 'string' }, datei: { type: 'string' }, base: { type: 'string' } },
  REPORT_PDF_TEXT.usage,
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.exitCode = await printReportPdf({
  siteDir: path.resolve(values.ausgabe ?? path.join(root, 'dist')),
  pdfFile: path.resolve(values.datei ?? path.join(root, 'stadtentwicklungsbericht.pdf')),
  base: values.base,
  print: (line) => process.stdout.write(`${line}\n`),
});
