/**
 * The figures of the Stadtentwicklungsbericht: for the whole ISEK, each product area, each
 * top-level goal (with all measures of its sub-goals) and each department (the measures it
 * leads) the measures by status, the progress roll-up (`summariseMeasures`), the sums of costs
 * and funding, and the status reports older than the configured number of months.
 *
 * Each measure's facts (stale or not) are worked out once; every group then only adds up its
 * own measures, so the work is linear in the sum of the group sizes (10,000 measures stay fast).
 */
import { compareGerman } from '../../common/collate.ts';
import type { IsekModel } from '../../schemas/model.ts';
import type { Measure } from '../../schemas/measure.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Department } from '../../schemas/department.ts';
import type { ProductArea } from '../../schemas/product-area.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { summariseMeasures, type StatusSummary } from '../../model/rollup.ts';
import { moneyFigures, type MoneySum } from '../../model/money.ts';
import { staleReportAge } from '../../model/stale-report.ts';
import { endOfPartialDate } from '../../input/cells/date.ts';

/** A status report older than the limit, or a measure still to be done without any report. */
export interface StaleReport {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  /** Date of the newest report; `null` when the measure has no report at all. */
  readonly date: PartialDate | null;
  /** Whole months between the report and the reference day; `null` without a report. */
  readonly months: number | null;
}

export type { MoneySum };

/** The figures of one group of measures. */
export interface GroupFigures {
  readonly summary: StatusSummary;
  readonly costs: MoneySum;
  readonly funding: MoneySum;
  /** Stale reports, oldest first. */
  readonly stale: readonly StaleReport[];
}

/** The whole report. */
export interface DevelopmentReport {
  /** The day reports are aged against: the end of the Stand, else today (as the check does). */
  readonly referenceDay: string;
  readonly staleReportMonths: number;
  readonly overall: GroupFigures;
  readonly productAreas: readonly { readonly area: ProductArea; readonly figures: GroupFigures }[];
  /** Top-level goals only; each counts the measures of its whole sub-tree. */
  readonly goals: readonly { readonly goal: Goal; readonly figures: GroupFigures }[];
  readonly departments: readonly { readonly department: Department; readonly figures: GroupFigures }[];
}

/** What the report needs besides the model. */
export interface ReportOptions {
  /** From the settings (`staleReportMonths`). */
  readonly staleReportMonths: number;
  /** Today as ISO day, used when the data gives no Stand. */
  readonly today: string;
}

/**
 * Whether a measure's status report is out of date. Only measures still to be carried out count
 * (not completed or dropped ones). Their newest report is stale by the check's rule
 * ({@link staleReportAge}); one with no report at all is out of date too, as it tells citizens
 * even less than an old one. (The check's warning, `model/measures.ts`, warns about old reports
 * only: a missing one is not an error in the data.)
 */
export function staleReportOf(measure: Measure, referenceDay: string, limitMonths: number): StaleReport | null {
  if (measure.status === 'completed' || measure.status === 'dropped') return null;
  const newest = measure.report ?? measure.reports[0] ?? null;
  const base = { id: measure.id, slug: measure.slug, title: measure.title };
  if (newest === null) return { ...base, date: null, months: null };
  // An undated report is reported by the check (`measure.report-date-missing`); its age is unknown.
  const age = staleReportAge(measure.status, newest, referenceDay, limitMonths);
  return age && { ...base, ...age };
}

/** The figures of one group, from its measures and the precomputed stale reports. */
export function groupFigures(measures: readonly Measure[], staleById: ReadonlyMap<string, StaleReport>): GroupFigures {
  const stale: StaleReport[] = [];
  for (const m of measures) {
    const s = staleById.get(m.id);
    if (s) stale.push(s);
  }
  // Without any report first (the least known), then the oldest.
  const age = (s: StaleReport) => s.months ?? Number.POSITIVE_INFINITY;
  stale.sort((a, b) => age(b) - age(a) || compareGerman(a.id, b.id));
  return {
    summary: summariseMeasures(measures),
    ...moneyFigures(measures),
    stale,
  };
}

/** What of the model the report reads (read-only lists, as the site's model index holds them). */
export interface ReportModel {
  readonly info: IsekModel['info'];
  readonly measures: readonly Measure[];
  readonly goals: readonly Goal[];
  readonly departments: readonly Department[];
  readonly productAreas: readonly ProductArea[];
}

/** Builds the whole report (see the module comment). */
export function developmentReport(model: ReportModel, options: ReportOptions): DevelopmentReport {
  const referenceDay = model.info.publicationDate ? endOfPartialDate(model.info.publicationDate) : options.today;
  const byId = new Map(model.measures.map((m) => [m.id, m]));
  const staleById = new Map<string, StaleReport>();
  for (const m of model.measures) {
    const s = staleReportOf(m, referenceDay, options.staleReportMonths);
    if (s) staleById.set(m.id, s);
  }
  const measuresOf = (ids: readonly string[]): Measure[] => {
    const out: Measure[] = [];
    for (const id of ids) {
      const m = byId.get(id);
      if (m) out.push(m);
    }
    return out;
  };
  const figures = (ids: readonly string[]) => groupFigures(measuresOf(ids), staleById);
  return {
    referenceDay,
    staleReportMonths: options.staleReportMonths,
    overall: groupFigures(model.measures, staleById),
    productAreas: model.productAreas.map((area) => ({ area, figures: figures(area.measureIds) })),
    goals: model.goals
      .filter((g) => g.parentId === null)
      .map((goal) => ({ goal, figures: figures(goal.allMeasureIds) })),
    departments: model.departments.map((department) => ({ department, figures: figures(department.leadMeasureIds) })),
  };
}
