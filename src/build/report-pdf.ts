/**
 * The Stadtentwicklungsbericht as ONE PDF (`npm run bericht:pdf`): the built site is served
 * locally under the base path it was built for, exactly as a browser would see it, and printed
 * by Chromium (see `chromium.ts`) with the print CSS.
 *
 * The report is several pages on the site (each small enough for a quick first load). This opens
 * the cover (`/bericht/`), follows the `rel="next"` links in reading order, and appends each
 * page's content (`.isek-report-part`) to the cover before printing; the print CSS starts every part
 * on a new sheet. The PDF is tagged, with bookmarks from the headings and page numbers.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ChromePathError, chromiumCandidates, launchChromium, NoChromiumError } from './chromium.ts';
import { readBuildInfo, serveLocally } from './preview-server.ts';
import { normaliseBasePath } from '../lib/input/settings/environment.ts';
import { REPORT_PDF_TEXT } from '../lib/i18n/de.ts';

/** What to print where. */
export interface ReportPdfRequest {
  /** The built site. */
  readonly siteDir: string;
  /** The PDF to write. */
  readonly pdfFile: string;
  /** Overrides the base path the build noted. */
  readonly base?: string;
  /** Writes one line for the office. */
  readonly print: (line: string) => void;
}

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
      const href = doc.querySelector('.isek-report-pager a[rel="next"]')?.getAttribute('href');
      return href ? new URL(href, url).href : null;
    };
    const main = document.querySelector('main');
    const pager = document.querySelector('main .isek-report-pager');
    const titles = [text(document.querySelector('main .isek-report-part h1'))];
    const seen = new Set([location.href]);
    let url = nextOf(document, location.href);
    while (url && !seen.has(url) && seen.size < maxPages && new URL(url).origin === location.origin) {
      seen.add(url);
      const response = await fetch(url);
      if (!response.ok) return { ok: false, url, status: response.status };
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const part = doc.querySelector('main .isek-report-part');
      if (!main || !part) return { ok: false, url, status: null };
      main.insertBefore(document.importNode(part, true), pager);
      titles.push(text(part.querySelector('h1')));
      url = nextOf(doc, url);
    }
    return { ok: true, titles };
  }, MAX_PAGES);
}

/**
 * Links in the PDF must lead to the published site, never to the temporary local server: each
 * link into the site is rewritten onto `siteUrl` (the settings' public address), keeping its
 * path; without `siteUrl` it becomes plain text (its `href` removed), as a dead link would
 * mislead. Jumps within the report and links to other sites (the council information system)
 * stay as they are.
 */
export function pointLinksAtPublicSite(page: Page, siteUrl: string | null): Promise<void> {
  return page.evaluate((publicSite) => {
    for (const link of document.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      // A jump within the report (its contents) stays a jump within the PDF.
      if (href.startsWith('#')) continue;
      const target = new URL(href, location.href);
      if (target.origin !== location.origin) continue;
      if (publicSite) {
        link.setAttribute('href', new URL(target.pathname + target.search + target.hash, publicSite).href);
        // The print CSS writes out the address of links to other sites; not for these (`report.css`).
        link.setAttribute('data-site-link', '');
      } else link.removeAttribute('href');
    }
  }, siteUrl);
}

/**
 * Prints the report of the site in `siteDir` into `pdfFile`. Returns the exit code: 0 when
 * written, 1 when there is no report, no Chromium or a part could not be loaded (said in words).
 */
export async function printReportPdf(request: ReportPdfRequest): Promise<number> {
  const { siteDir, pdfFile, print } = request;
  const report = await stat(path.join(siteDir, 'bericht', 'index.html')).catch(() => null);
  if (!report?.isFile()) {
    print(REPORT_PDF_TEXT.noReport(siteDir));
    return 1;
  }
  let sources;
  try {
    sources = chromiumCandidates();
  } catch (error) {
    if (!(error instanceof ChromePathError)) throw error;
    print(error.message);
    return 1;
  }
  if (sources.length === 0) {
    print(REPORT_PDF_TEXT.noChromium);
    return 1;
  }

  const info = await readBuildInfo(siteDir);
  const base = normaliseBasePath(request.base ?? info?.base ?? '/');
  const server = await serveLocally(siteDir, base);
  const browser = await launchChromium(sources).catch(async (error: unknown) => {
    await server.close();
    if (error instanceof ChromePathError || error instanceof NoChromiumError) return error;
    throw error;
  });
  if (browser instanceof ChromePathError || browser instanceof NoChromiumError) {
    print(browser.message);
    return 1;
  }
  let failed = false;
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}bericht/`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(REPORT_PDF_TEXT.notLoaded(response?.status() ?? 0));
    const joined = await joinReportPages(page);
    if (!joined.ok) {
      print(
        joined.status === null
          ? REPORT_PDF_TEXT.partMissing(joined.url)
          : REPORT_PDF_TEXT.partNotLoaded(joined.url, joined.status),
      );
      failed = true;
    } else {
      for (const title of joined.titles) print(REPORT_PDF_TEXT.joined(title));
      await pointLinksAtPublicSite(page, info?.siteUrl ?? null);
      if (!info?.siteUrl) print(REPORT_PDF_TEXT.linksAsText);
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
    await server.close();
  }
  return failed ? 1 : 0;
}
