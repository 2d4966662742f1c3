/**
 * From located tables to the one immutable model: read every row, enforce unique keys, build the
 * goal tree, link the measures, attach back-references and reconcile the row counts.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { DEFAULT_PRODUCT_AREAS, MODEL_MESSAGES, STATUS_LABELS } from '../i18n/de.ts';
import type { IsekModel, RowCounts } from '../schemas/model.ts';
import type { Department } from '../schemas/department.ts';
import type { Goal } from '../schemas/goal.ts';
import type { Measure } from '../schemas/measure.ts';
import type { ProductArea } from '../schemas/product-area.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import type { Table } from '../input/workbook/table.ts';
import type { Status } from '../schemas/status.ts';
import { makeStatusParser } from '../input/cells/status.ts';
import type { SheetKind } from '../input/workbook/sheet-kinds.ts';
import { endOfPartialDate } from '../input/cells/date.ts';
import { departmentResolver, normaliseDepartmentNumber } from './departments.ts';
import type { ProductAreaDraft, ReportDraft } from './drafts.ts';
import { buildGoalTree, type TreeGoal } from './goals.ts';
import { checkPageAddresses, compareKeys, uniqueByKey } from './keys.ts';
import { linkMeasure, type LinkedMeasure } from './measures.ts';
import { delayReferenceDay, isDelayed } from './delay.ts';
import { readDepartments, readGoals, readInfo, readMeasures, readProductAreas, readReports } from './read-records.ts';
import { toSlug } from './slug.ts';
import { closestMatches } from '../common/closest.ts';
import type { DistrictMapFile } from '../input/files/district-map.ts';
import { buildDistricts, withIndicators } from './districts.ts';
import { countAssessments } from './assessment-counts.ts';
import { linkIndicators, readIndicators, readIndicatorValues } from './indicators.ts';
import type { Indicator } from '../schemas/indicator.ts';

/** What the model builder needs besides the tables. */
export interface BuildOptions {
  /** A report older than this many months (against the Stand) is stale. */
  readonly staleReportMonths: number;
  /** Today as ISO day (`2026-11-25`): the Stand when neither `Info` nor any report gives one. */
  readonly today: string;
  /** Name of the data folder, for diagnostics about the whole folder. */
  readonly dataDirName: string;
  /** Status labels the settings define (`Umsetzung läuft` for `in-progress`), accepted in cells too. */
  readonly statusLabels?: Readonly<Partial<Record<Status, string>>>;
  /** The validated map file `stadtteile.geojson`, when the data folder has one. */
  readonly districtMap?: DistrictMapFile | null;
  /**
   * Diagnostics of the steps before (reader, locator). Their errors refuse rows too: a formula
   * without result is found by the locator, and its row must not count as published.
   */
  readonly earlier?: readonly Diagnostic[];
}

/** The key of a diagnostic's or record's row, for {@link refusedRows}. */
const rowKey = (file: string, sheet: string | null, row: number | null): string => `${file}\u0000${sheet}\u0000${row}`;

/**
 * The rows that an error points at: such a row is refused, every other row is published. The
 * row reconciliation and the counts of `check --json` both use this one rule, so they agree.
 */
export function refusedRows(diagnostics: readonly Diagnostic[]): ReadonlySet<string> {
  return new Set(
    diagnostics.filter((d) => d.severity === 'error' && d.row !== null).map((d) => rowKey(d.file, d.sheet, d.row)),
  );
}

/** Whether a record's source row is among {@link refusedRows}. */
export function isRefused(refused: ReadonlySet<string>, source: { file: string; sheet: string; row: number }): boolean {
  return refused.has(rowKey(source.file, source.sheet, source.row));
}

/**
 * Deep-freezes plain data so no page can change the model by accident. Getters are not read:
 * rich text renders its HTML on first use (see `markdown/render.ts`), and freezing must not
 * trigger that.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Arrays hold their items as plain elements: no property descriptor per index needed.
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) deepFreeze(item);
      return value;
    }
    for (const key of Object.keys(value)) {
      const property = Object.getOwnPropertyDescriptor(value, key);
      if (property && 'value' in property) deepFreeze(property.value);
    }
  }
  return value;
}

function tableOf(tables: readonly Table[], kind: SheetKind): Table | undefined {
  return tables.find((t) => t.kind === kind);
}

function newestReportDate(measures: readonly LinkedMeasure[]): PartialDate | null {
  let newest: PartialDate | null = null;
  for (const m of measures) {
    for (const r of m.reports) {
      if (r.date && (newest === null || endOfPartialDate(r.date) > endOfPartialDate(newest))) newest = r.date;
    }
  }
  return newest;
}

/**
 * Builds the model from the located tables (one per kind at most; the locator has already
 * reported missing or doubled sheets). Returns the model and the diagnostics found on the way.
 */
export function buildModel(
  tables: readonly Table[],
  options: BuildOptions,
): { model: IsekModel; diagnostics: Diagnostic[] } {
  const sink: Diagnostic[] = [];
  const rowCounts: Record<string, RowCounts> = {};

  // Departments
  const departmentTable = tableOf(tables, 'departments');
  const departmentDrafts = departmentTable ? readDepartments(departmentTable, sink) : [];
  const departments = uniqueByKey(departmentDrafts, (d) => d.id, 'id', sink, normaliseDepartmentNumber).unique;
  checkPageAddresses([...departments.values()], sink);
  const resolver = departmentResolver([...departments.values()]);

  // Product areas: the sheet if given, else the six of the municipal product framework.
  const productAreaTable = tableOf(tables, 'productAreas');
  const productAreaDrafts: ProductAreaDraft[] = productAreaTable
    ? [...uniqueByKey(readProductAreas(productAreaTable, sink), (p) => String(p.id), 'id', sink).unique.values()]
    : [];
  const productAreaNames = new Map<number, { name: string; draft: ProductAreaDraft | null }>(
    Object.entries(DEFAULT_PRODUCT_AREAS).map(([id, name]) => [Number(id), { name, draft: null }]),
  );
  for (const draft of productAreaDrafts) productAreaNames.set(draft.id, { name: draft.name, draft });

  // Goals
  const goalTable = tableOf(tables, 'goals');
  const goalDrafts = goalTable ? readGoals(goalTable, sink) : [];
  const goalMap = uniqueByKey(goalDrafts, (g) => g.id, 'id', sink).unique;
  const tree = buildGoalTree(goalMap, sink);
  const treeById = new Map<string, TreeGoal>(tree.map((g) => [g.draft.id, g]));
  checkPageAddresses(
    tree.map((g) => g.draft),
    sink,
  );

  // Measures and their report history
  const measureTable = tableOf(tables, 'measures');
  const statusParser = makeStatusParser({ ...STATUS_LABELS, ...options.statusLabels });
  const measureDrafts = measureTable ? readMeasures(measureTable, sink, statusParser) : [];
  const measureMap = uniqueByKey(measureDrafts, (m) => m.id, 'id', sink).unique;
  checkPageAddresses([...measureMap.values()], sink);

  const reportTable = tableOf(tables, 'reports');
  const reportDrafts = reportTable ? readReports(reportTable, sink) : [];
  const reportsByMeasure = new Map<string, ReportDraft[]>();
  for (const r of reportDrafts) {
    if (!measureMap.has(r.measureId)) {
      sink.push(
        diagnostic(
          'ref.unknown-measure',
          r.locate('measureId'),
          MODEL_MESSAGES.unknownMeasure(r.measureId, closestMatches(r.measureId, [...measureMap.keys()], 3)),
        ),
      );
      continue;
    }
    const list = reportsByMeasure.get(r.measureId) ?? [];
    list.push(r);
    reportsByMeasure.set(r.measureId, list);
  }

  const info = readInfo(tableOf(tables, 'info'), sink);
  const referenceDay = info.publicationDate ? endOfPartialDate(info.publicationDate) : options.today;

  const measureContext = {
    goals: treeById,
    goalIds: tree.map((g) => g.draft.id),
    departments: resolver,
    reportsByMeasure,
    productAreaIds: new Set(productAreaNames.keys()),
    referenceDay,
    referenceIsStand: info.publicationDate !== null,
    staleReportMonths: options.staleReportMonths,
  };
  const linked = [...measureMap.values()]
    .map((draft) => linkMeasure(draft, measureContext, sink))
    .sort((a, b) => compareKeys(a.id, b.id));
  // Delays are judged against the Stand the site shows: the given one, else the newest report's.
  const delayDay = delayReferenceDay(info.publicationDate ?? newestReportDate(linked), options.today);
  const delayed: Measure[] = linked.map((m) => ({ ...m, delayed: isDelayed(m, delayDay) }));
  // Stadtteile: spellings made uniform in the measures, the map drawn.
  const districtsResult = buildDistricts([...measureMap.values()], delayed, options.districtMap ?? null, sink);
  const measures = districtsResult.measures;

  // Indicators and their values
  const indicatorTable = tableOf(tables, 'indicators');
  const indicatorValueTable = tableOf(tables, 'indicatorValues');
  const indicators: Indicator[] = linkIndicators(
    indicatorTable ? readIndicators(indicatorTable, sink) : [],
    indicatorValueTable ? readIndicatorValues(indicatorValueTable, sink) : [],
    { goals: treeById, goalIds: measureContext.goalIds, departments: resolver },
    sink,
  );

  // Back-references
  const directMeasures = new Map<string, string[]>();
  const leadOf = new Map<string, string[]>();
  const participatingIn = new Map<string, string[]>();
  const areaMeasures = new Map<number, string[]>();
  const push = <K>(map: Map<K, string[]>, key: K, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const m of measures) {
    for (const g of m.goalIds) push(directMeasures, g, m.id);
    if (m.leadDepartmentId) push(leadOf, m.leadDepartmentId, m.id);
    for (const d of m.participatingDepartmentIds) push(participatingIn, d, m.id);
    if (m.productAreaId !== null) push(areaMeasures, m.productAreaId, m.id);
  }

  // Each goal's measures including those of its sub-goals, collected bottom-up once.
  const allMeasures = new Map<string, string[]>();
  for (const g of [...tree].reverse()) {
    const ids = new Set(directMeasures.get(g.draft.id) ?? []);
    for (const child of g.childIds) for (const id of allMeasures.get(child) ?? []) ids.add(id);
    allMeasures.set(g.draft.id, [...ids].sort(compareKeys));
  }

  // Each goal's indicators including those of its sub-goals, in indicator order.
  const indicatorOrder = new Map(indicators.map((ind, i) => [ind.id, i]));
  const byIndicatorOrder = (a: string, b: string) => indicatorOrder.get(a)! - indicatorOrder.get(b)!;
  const assessmentOf = new Map(indicators.map((ind) => [ind.id, ind.assessment.category]));
  const directIndicators = new Map<string, string[]>();
  const areaIndicators = new Map<number, string[]>();
  for (const ind of indicators) {
    for (const g of ind.goalIds) push(directIndicators, g, ind.id);
    for (const pb of ind.productAreaIds) push(areaIndicators, pb, ind.id);
  }
  const allIndicators = new Map<string, string[]>();
  for (const g of [...tree].reverse()) {
    const ids = new Set(directIndicators.get(g.draft.id) ?? []);
    for (const child of g.childIds) for (const id of allIndicators.get(child) ?? []) ids.add(id);
    allIndicators.set(g.draft.id, [...ids].sort(byIndicatorOrder));
  }
  const countOf = (ids: readonly string[]) => countAssessments(ids.map((id) => assessmentOf.get(id)!));

  const goals: Goal[] = tree.map((g) => {
    const d = g.draft;
    const all = allMeasures.get(d.id) ?? [];
    // Only the highest goal of an empty subtree is reported; its sub-goals would repeat the news.
    const parentEmpty = g.parentId !== null && (allMeasures.get(g.parentId)?.length ?? 0) === 0;
    if (all.length === 0 && !parentEmpty) {
      sink.push(diagnostic('goal.without-measures', d.locate('id'), MODEL_MESSAGES.goalWithoutMeasures(d.id, d.title)));
    }
    return {
      id: d.id,
      slug: toSlug(d.id),
      title: d.title,
      description: d.description,
      parentId: g.parentId,
      childIds: g.childIds,
      ancestorIds: [...g.ancestorIds],
      depth: g.depth,
      productAreaId: g.productAreaId ?? 0,
      productGroup: d.productGroup,
      sdgs: [...g.sdgs],
      sdgsInherited: g.sdgsInherited,
      sources: [...d.sources],
      focus: d.focus,
      measureIds: directMeasures.get(d.id) ?? [],
      allMeasureIds: all,
      indicatorIds: directIndicators.get(d.id) ?? [],
      allIndicatorIds: allIndicators.get(d.id) ?? [],
      indicatorAssessments: countOf(allIndicators.get(d.id) ?? []),
      source: d.source,
    };
  });

  const departmentList: Department[] = [...departments.values()]
    .map((d) => ({
      id: d.id,
      slug: toSlug(d.id),
      name: d.name,
      division: d.division,
      email: d.email,
      phone: d.phone,
      website: d.website,
      leadMeasureIds: leadOf.get(d.id) ?? [],
      participatingMeasureIds: participatingIn.get(d.id) ?? [],
      source: d.source,
    }))
    .sort((a, b) => compareKeys(a.id, b.id));

  const productAreas: ProductArea[] = [...productAreaNames.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, { name, draft }]) => ({
      id,
      name,
      description: draft?.description ?? null,
      rootGoalIds: goals.filter((g) => g.productAreaId === id && g.depth === 0).map((g) => g.id),
      goalIds: goals.filter((g) => g.productAreaId === id).map((g) => g.id),
      measureIds: areaMeasures.get(id) ?? [],
      indicatorIds: areaIndicators.get(id) ?? [],
      indicatorAssessments: countOf(areaIndicators.get(id) ?? []),
    }));

  // Reconciliation: a row is refused when any error points at it; every other row is published.
  const errorRows = refusedRows([...(options.earlier ?? []), ...sink]);
  for (const table of tables) {
    if (table.kind === 'info') continue;
    const refused = table.rows.filter((r) => errorRows.has(rowKey(table.file, table.sheet, r.row))).length;
    rowCounts[table.kind] = {
      read: table.rowsRead,
      published: table.rows.length - refused,
      skippedEmpty: table.emptyRows.length,
      refused,
    };
  }

  let publicationDate = info.publicationDate;
  const publicationDateGiven = publicationDate !== null;
  if (publicationDate === null) {
    publicationDate = newestReportDate(measures);
    if (tables.length > 0)
      sink.push(
        diagnostic(
          'info.stand-missing',
          { file: tableOf(tables, 'info')?.file ?? options.dataDirName, sheet: tableOf(tables, 'info')?.sheet ?? null },
          MODEL_MESSAGES.standMissing(publicationDate),
        ),
      );
  }

  const model: IsekModel = {
    info: { publicationDate, publicationDateGiven, session: info.session, budget: info.budget },
    measures,
    goals,
    departments: departmentList,
    productAreas,
    indicators,
    districts: withIndicators(districtsResult.districts, indicators),
    districtMap: districtsResult.map,
    rowCounts,
    files: [...new Set(tables.map((t) => t.file))].sort(),
  };
  return { model: deepFreeze(model), diagnostics: sink };
}
