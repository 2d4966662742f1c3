/**
 * Test support: the pages of the Stadtentwicklungsbericht as a reader meets them, from the cover
 * (`bericht/`) along the `rel="next"` links of the report's pager, read from the built files.
 */
import { htmlFiles, pathOfFile } from './pages.ts';
import { readPage } from './site.ts';
import { WHOLE_REPORT_PATH } from '../../src/lib/output/development-report/pages.ts';

/** One page of the report. */
export interface ReportPage {
  /** URL path, with the base. */
  readonly url: string;
  readonly html: string;
}

/** The `href` of the report pager's link with `rel` (`prev` or `next`), or `null`. */
export function pagerLink(html: string, rel: 'prev' | 'next'): string | null {
  const pager = /<nav class="isek-report-pager"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(pager)?.[1] ?? null;
}

/** The report's pages in reading order: the cover, then every `rel="next"` until there is none. */
export async function reportPagesInOrder(outDir: string, base: string): Promise<ReportPage[]> {
  const pages: ReportPage[] = [];
  const seen = new Set<string>();
  let url: string | null = `${base}bericht/`;
  while (url !== null) {
    if (seen.has(url)) throw new Error(`Der Bericht verweist im Kreis: ${url}`);
    seen.add(url);
    const html = await readPage(outDir, base, url);
    pages.push({ url, html });
    url = pagerLink(html, 'next');
  }
  return pages;
}

/**
 * URL paths of every built page below `bericht/`, to compare with what the links reach; without
 * the whole report on one page (`bericht/gesamt/`), which is no step of the reading order.
 */
export async function builtReportUrls(outDir: string, base: string): Promise<string[]> {
  return (await htmlFiles(outDir))
    .filter((f) => f.startsWith('bericht/') && pathOfFile(f) !== WHOLE_REPORT_PATH)
    .map((f) => `${base}${pathOfFile(f)}`);
}
