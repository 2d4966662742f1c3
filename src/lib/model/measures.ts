/**
 * Linking one measure: its goals, departments, product area and SDGs, its dates and its reports.
 * Everything a measure refers to must exist; what can be derived (product area, SDGs) is taken
 * from its goals when the row leaves it empty.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { endOfPartialDate, startOfPartialDate } from '../input/cells/date.ts';
import { closestMatches } from '../common/closest.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';
import type { Measure, Report } from '../schemas/measure.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { MeasureDraft, ReportDraft } from './drafts.ts';
import type { DepartmentResolver } from './departments.ts';
import type { TreeGoal } from './goals.ts';
import { staleReportAge } from './stale-report.ts';
import { toSlug } from './slug.ts';

/** What linking a measure needs to know about the rest of the model. */
export interface MeasureContext {
  readonly goals: ReadonlyMap<string, TreeGoal>;
  readonly goalIds: readonly string[];
  readonly departments: DepartmentResolver;
  /** History entries per measure id, in file order. */
  readonly reportsByMeasure: ReadonlyMap<string, readonly ReportDraft[]>;
  /** Product areas that exist (1–6 by default). */
  readonly productAreaIds: ReadonlySet<number>;
  /** The day reports are judged against (the Stand), as ISO day. */
  readonly referenceDay: string;
  /** Whether {@link referenceDay} is the Stand (`false`: today, the data gave no Stand). */
  readonly referenceIsStand?: boolean;
  readonly staleReportMonths: number;
}

/** Newest first; undated reports last, keeping file order among equals. */
function byDateDescending(a: Report, b: Report): number {
  if (a.date === null || b.date === null) return (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0);
  return endOfPartialDate(b.date).localeCompare(endOfPartialDate(a.date));
}

/** The current report plus the history, without duplicates, newest first. */
export function mergeReports(current: Report | null, history: readonly Report[]): Report[] {
  const seen = new Set<string>();
  const all: Report[] = [];
  for (const report of current ? [current, ...history] : history) {
    // By the text as written (normalised), not as rendered: a copied report is the same text,
    // and comparing sources leaves rendering to when the HTML is needed.
    const key = `${report.date?.iso ?? ''}\u0000${report.body.markdown}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(report);
  }
  return all.sort(byDateDescending);
}

/** Most frequent value, ties going to the earliest; `null` for an empty list. */
function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)!) best = v;
  }
  return best;
}

/** A linked measure before the model knows its Stand, which `delayed` is judged against. */
export type LinkedMeasure = Omit<Measure, 'delayed'>;

/**
 * Links one measure draft. Problems go to `sink`; the result is a complete measure (but for
 * `delayed`) even when a reference failed (it then names only what resolved), so later checks
 * still run.
 */
export function linkMeasure(draft: MeasureDraft, ctx: MeasureContext, sink: Diagnostic[]): LinkedMeasure {
  const report = (code: Parameters<typeof diagnostic>[0], key: string, message: string) =>
    sink.push(diagnostic(code, draft.locate(key), message));

  const goalIds: string[] = [];
  let goalRefused = false;
  for (const goalId of draft.goalIds) {
    if (ctx.goals.has(goalId)) {
      if (!goalIds.includes(goalId)) goalIds.push(goalId);
    } else {
      goalRefused = true;
      report('ref.unknown-goal', 'goals', MODEL_MESSAGES.unknownGoal(goalId, closestMatches(goalId, ctx.goalIds, 3)));
    }
  }
  const goals = goalIds.map((id) => ctx.goals.get(id)!);

  let leadDepartmentId = '';
  if (draft.lead !== null) {
    const { id, issues } = ctx.departments.resolveOne(draft.lead);
    for (const issue of issues) report(issue.code, 'leadDepartment', issue.message);
    if (id !== null) leadDepartmentId = id;
  }
  let participatingDepartmentIds: string[] = [];
  if (draft.participating !== null) {
    const { ids, issues } = ctx.departments.resolveList(draft.participating);
    for (const issue of issues) report(issue.code, 'participatingDepartments', issue.message);
    participatingDepartmentIds = ids.filter((id) => id !== leadDepartmentId);
  }

  const goalAreas = goals.map((g) => g.productAreaId).filter((pb): pb is number => pb !== null);
  let productAreaId = draft.productAreaId;
  const productAreaInherited = productAreaId === null;
  if (productAreaId === null) {
    productAreaId = mostCommon(goalAreas);
    // Reported once: when a goal reference failed, the row is refused for an error (its goals
    // cell unreadable, say), or a goal has no product area because of an error of its own, that
    // error already explains the missing product area.
    const explained = goalRefused || draft.refused || goals.some((g) => g.productAreaId === null);
    if (productAreaId === null && !explained) {
      report('measure.product-area-unknown', 'productArea', MODEL_MESSAGES.measureProductAreaUnknown(draft.id));
    }
  } else if (!ctx.productAreaIds.has(productAreaId)) {
    report(
      'ref.unknown-product-area',
      'productArea',
      MODEL_MESSAGES.unknownProductArea(productAreaId, [...ctx.productAreaIds]),
    );
  } else if (goalAreas.length > 0 && !goalAreas.includes(productAreaId)) {
    report(
      'measure.product-area-conflict',
      'productArea',
      MODEL_MESSAGES.measureProductAreaConflict(draft.id, productAreaId, [...new Set(goalAreas)]),
    );
  }

  const sdgsInherited = draft.sdgs === null || draft.sdgs.length === 0;
  const sdgs = sdgsInherited ? [...new Set(goals.flatMap((g) => g.sdgs))].sort((a, b) => a - b) : [...draft.sdgs!];

  checkDates(draft.start, draft.end, (code, message) => report(code, 'end', message));
  checkDecisionDate(draft.decisionDate, draft.start, ctx, (code, message) => report(code, 'decisionDate', message));

  if (draft.status === 'completed' && draft.progress !== null && draft.progress < 100) {
    report('measure.progress-status-mismatch', 'progress', MODEL_MESSAGES.completedButProgress(draft.progress));
  }

  const current: Report | null = draft.report ? { date: draft.reportDate, body: draft.report } : null;
  if (current && current.date === null) {
    report('measure.report-date-missing', 'report', MODEL_MESSAGES.reportDateMissing());
  }
  const history = (ctx.reportsByMeasure.get(draft.id) ?? []).map((r) => ({ date: r.date, body: r.body }));
  const reports = mergeReports(current, history);
  const newest = current ?? reports[0] ?? null;
  const stale = staleReportAge(draft.status, newest, ctx.referenceDay, ctx.staleReportMonths);
  if (stale) {
    report(
      'measure.report-stale',
      current ? 'reportDate' : 'report',
      MODEL_MESSAGES.reportStale(stale.date, Math.floor(stale.months), ctx.staleReportMonths),
    );
  }

  return {
    id: draft.id,
    slug: toSlug(draft.id),
    title: draft.title,
    summary: draft.summary,
    type: draft.type,
    goalIds,
    leadDepartmentId,
    participatingDepartmentIds,
    productAreaId,
    productAreaInherited,
    product: draft.product,
    status: draft.status ?? 'planned',
    progress: draft.progress,
    start: draft.start,
    end: draft.end,
    costs: draft.costs?.amount ?? null,
    costsApproximate: draft.costs?.approximate === true,
    funding: draft.funding?.amount ?? null,
    fundingApproximate: draft.funding?.approximate === true,
    decision: { body: draft.decisionBody, date: draft.decisionDate, paper: draft.paper, link: draft.link },
    districts: [...draft.districts],
    keywords: [...draft.keywords],
    location: draft.location ? { lat: draft.location.lat, lon: draft.location.lon } : null,
    sdgs,
    sdgsInherited,
    report: newest,
    reports,
    source: draft.source,
  };
}

/**
 * End before start is an error when the dates say so for certain; when one of them is only a year
 * or a month, the overlap makes it a warning (`2026` to `03/2026` may well be right).
 */
export function checkDates(
  start: PartialDate | null,
  end: PartialDate | null,
  report: (code: 'measure.end-before-start' | 'measure.end-before-start-imprecise', message: string) => void,
): void {
  if (start === null || end === null) return;
  if (endOfPartialDate(end) < startOfPartialDate(start)) {
    report('measure.end-before-start', MODEL_MESSAGES.endBeforeStart(start, end));
  } else if (startOfPartialDate(end) < startOfPartialDate(start)) {
    report('measure.end-before-start-imprecise', MODEL_MESSAGES.endBeforeStartImprecise(start, end));
  }
}

/**
 * Plausibility of the Beschlussdatum: a decision after the reference day (the Stand, else today)
 * or after the measure's Beginn is most likely a typing error. Partial dates are compared only as
 * far as they are known: `2026` is after the Stand 12.11.2026 only once the whole year is, and a
 * decision in `11/2026` is not after a Beginn in `11/2026`.
 */
export function checkDecisionDate(
  decision: PartialDate | null,
  start: PartialDate | null,
  ctx: Pick<MeasureContext, 'referenceDay' | 'referenceIsStand'>,
  report: (code: 'measure.decision-in-future' | 'measure.decision-after-start', message: string) => void,
): void {
  if (decision === null) return;
  if (startOfPartialDate(decision) > ctx.referenceDay) {
    report(
      'measure.decision-in-future',
      MODEL_MESSAGES.decisionInFuture(decision, ctx.referenceDay, ctx.referenceIsStand ?? true),
    );
  }
  if (start !== null && startOfPartialDate(decision) > endOfPartialDate(start)) {
    report('measure.decision-after-start', MODEL_MESSAGES.decisionAfterStart(decision, start));
  }
}
