/**
 * `npm run bericht:pdf`: prints the whole Stadtentwicklungsbericht of the built site into ONE PDF
 * with the installed Chromium, driven by playwright-core. The site is served locally under the
 * base path it was built for, exactly as a browser would see it; print CSS applies.
 *
 * The report is several pages on the site (each small enough for a quick first load). The script
 * opens the cover (`/bericht/`), follows the `rel="next"` links in reading order, and appends each
 * page's content (`.report-part`) to the cover before printing; the print CSS starts every part
 * on a new sheet. The PDF is tagged, with bookmarks from the headings and page numbers.
 *
 * Options: --ausgabe <Ordner> (the built site, default dist), --datei <PDF> (default
 * stadtentwicklungsbericht.pdf in the project folder), --base </pfad/> (override).
 * Chromium: CHROME_PATH, else a system install, else the packaged one (src/build/chromium.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from '../src/build/chromium.ts';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { createPreviewServer, readBuildInfo } from '../src/build/preview-server.ts';
import { normaliseBasePath } from '../src/lib/input/settings/environment.ts';
import { REPORT_PDF_TEXT } from '../src/lib/i18n/de.ts';

const values = parseOfficeArgs(
  { ausgabe: { type: 'string' }, datei: { type: 'string' }, base: { type: 'string' } },
  REPORT_PDF_TEXT.usage,
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.resolve(values.ausgabe ?? path.join(root, 'dist'));
const pdfFile = path.resolve(values.datei ?? path.join(root, 'stadtentwicklungsbericht.pdf'));
const print = (line: string) => process.stdout.write(`${line}\n`);

/** Upper bound on pages followed, so a link loop in a broken build cannot run forever. */
const MAX_PAGES = 10_000;

/** What joining the pages gave: every page in reading order, or the first that failed. */
type Joined =
  | { readonly ok: true; readonly titles: string[] }
  | { readonly ok: false; readonly url: string; readonly status: number | null };

/**
 * Appends, in the browser, the content of every later page of the report to the cover. Runs in
 * the page, so it only uses the DOM and `fetch` (same origin: the local server).
 */
function joinReportPages(page: Page): Promise<Joined> {
  return page.evaluate(async (maxPages): Promise<Joined> => {
    const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nextOf = (doc: Document, url: string) => {
      const href = doc.querySelector('.report-pager a[rel="next"]')?.getAttribute('href');
      return href ? new URL(href, url).href : null;
    };
    const main = document.querySelector('main');
    const pager = document.querySelector('main .report-pager');
    const titles = [text(document.querySelector('main .report-part h1'))];
    const seen = new Set([location.href]);
    let url = nextOf(document, location.href);
    while (url && !seen.has(url) && seen.size < maxPages && new URL(url).origin === location.origin) {
      seen.add(url);
      const response = await fetch(url);
      if (!response.ok) return { ok: false, url, status: response.status };
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const part = doc.querySelector('main .report-part');
      if (!main || !part) return { ok: false, url, status: null };
      main.insertBefore(document.importNode(part, true), pager);
      titles.push(text(part.querySelector('h1')));
      url = nextOf(doc, url);
    }
    return { ok: true, titles };
  }, MAX_PAGES);
}

const report = await stat(path.join(siteDir, 'bericht', 'index.html')).catch(() => null);
if (!report?.isFile()) {
  print(REPORT_PDF_TEXT.noReport(siteDir));
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  print(REPORT_PDF_TEXT.noChromium);
  process.exit(1);
}

const base = normaliseBasePath(values.base ?? (await readBuildInfo(siteDir))?.base ?? '/');
const server = createPreviewServer(siteDir, base);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const browser = await launchChromium(executablePath);
let failed = false;
try {
  const page = await browser.newPage();
  const response = await page.goto(`http://127.0.0.1:${port}${base}bericht/`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(REPORT_PDF_TEXT.notLoaded(response?.status() ?? 0));
  const joined = await joinReportPages(page);
  if (!joined.ok) {
    print(joined.status === null ? REPORT_PDF_TEXT.partMissing(joined.url) : REPORT_PDF_TEXT.partNotLoaded(joined.url, joined.status));
    failed = true;
  } else {
    for (const title of joined.titles) print(REPORT_PDF_TEXT.joined(title));
    // The footer template is Chromium's own print furniture, not part of the site: its inline
    // style never reaches a browser under the site's Content-Security-Policy.
    const footer = REPORT_PDF_TEXT.footer('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
    await page.pdf({
      path: pdfFile,
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${footer}</div>`,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    });
    print(REPORT_PDF_TEXT.written(pdfFile, joined.titles.length));
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);
