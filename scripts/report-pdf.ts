/**
 * `npm run bericht:pdf`: prints the Stadtentwicklungsbericht (`/bericht/` of the built site) to a
 * PDF file with the installed Chromium, driven by playwright-core. The site is served locally
 * under the base path it was built for, exactly as a browser would see it; print CSS applies.
 *
 * Options: --ausgabe <Ordner> (the built site, default dist), --datei <PDF> (default
 * stadtentwicklungsbericht.pdf in the project folder), --base </pfad/> (override).
 * Chromium: CHROME_PATH, else /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { createPreviewServer, readBuildInfo } from '../src/build/preview-server.ts';
import { normaliseBasePath } from '../src/lib/settings/environment.ts';
import { REPORT_PDF_TEXT } from '../src/lib/i18n/de.ts';

const values = parseOfficeArgs(
  { ausgabe: { type: 'string' }, datei: { type: 'string' }, base: { type: 'string' } },
  REPORT_PDF_TEXT.usage,
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.resolve(values.ausgabe ?? path.join(root, 'dist'));
const pdfFile = path.resolve(values.datei ?? path.join(root, 'stadtentwicklungsbericht.pdf'));
const print = (line: string) => process.stdout.write(`${line}\n`);

const report = await stat(path.join(siteDir, 'bericht', 'index.html')).catch(() => null);
if (!report?.isFile()) {
  print(REPORT_PDF_TEXT.noReport(siteDir));
  process.exit(1);
}
const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!executablePath) {
  print(REPORT_PDF_TEXT.noChromium);
  process.exit(1);
}

const base = normaliseBasePath(values.base ?? (await readBuildInfo(siteDir))?.base ?? '/');
const server = createPreviewServer(siteDir, base);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({
  executablePath,
  headless: true,
  // No sandbox: the build machine may run this as root; no traffic of the browser's own.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  const response = await page.goto(`http://127.0.0.1:${port}${base}bericht/`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(REPORT_PDF_TEXT.notLoaded(response?.status() ?? 0));
  await page.pdf({
    path: pdfFile,
    format: 'A4',
    printBackground: true,
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
  });
  print(REPORT_PDF_TEXT.written(pdfFile));
} finally {
  await browser.close();
  server.close();
}
