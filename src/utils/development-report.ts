/**
 * The Stadtentwicklungsbericht's figures, its pages and their addresses, computed once per build
 * and shared by every page of the report (each needs the page sequence for its navigation).
 * The stale list is paged like the site's other long lists (`utils/pagination.ts`).
 */
import { developmentReport, type DevelopmentReport } from '../lib/output/development-report/aggregate.ts';
import {
  reportPages,
  WHOLE_REPORT_PATH,
  type ReportPageRef,
  type ReportPart,
} from '../lib/output/development-report/pages.ts';
import { todayIso } from '../lib/common/today.ts';
import { getModelIndex } from './model-index.ts';
import { getAchievementReport } from './achievement-report.ts';
import { pageUrl } from './base.ts';
import { pageCount, PAGE_SEGMENT } from './pagination.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The folder of the report below the site's base. */
export const REPORT_FOLDER = 'bericht';

/** The whole report on one page, for printing (`/bericht/gesamt/`); see `WHOLE_REPORT_PATH`. */
export function wholeReportUrl(): string {
  return pageUrl(...WHOLE_REPORT_PATH.split('/').filter(Boolean));
}

/** The report and its pages in reading order. */
export interface ReportData {
  readonly report: DevelopmentReport;
  readonly pages: readonly ReportPageRef[];
}

/** The report, computed on the first call (per request in the dev server, so edits show). */
export const getDevelopmentReport: () => Promise<ReportData> = oncePerBuild(compute);

async function compute(): Promise<ReportData> {
  const index = await getModelIndex();
  const report = developmentReport(
    {
      info: index.info,
      measures: index.measures,
      goals: index.goals,
      departments: index.departments,
      productAreas: index.productAreas,
    },
    // The day only counts when the data gives no Stand; then the build machine's calendar day.
    { staleReportMonths: index.settings.staleReportMonths, today: todayIso() },
  );
  const achievement = await getAchievementReport();
  return { report, pages: reportPages(pageCount(report.overall.stale.length), achievement.pageCount) };
}

/**
 * Address of a page of the report: `/bericht/` for the cover, `/bericht/<part>/` for a part,
 * `/bericht/<part>/seite/<n>/` for its later pages.
 */
export function reportUrl(part: ReportPart, page = 1): string {
  const own = part === 'uebersicht' ? [REPORT_FOLDER] : [REPORT_FOLDER, part];
  return page > 1 ? pageUrl(...own, PAGE_SEGMENT, page) : pageUrl(...own);
}
