/**
 * Indicators (sheet `Kennzahlen`) and their values (sheet `Kennzahlwerte`, long or wide form):
 * read, validated, linked to goals and departments, and assessed by the contract's method.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { closestMatches } from '../common/closest.ts';
import { normaliseForMatch } from '../common/normalise.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';
import { parseKey, parseSingleLineText } from '../input/cells/text.ts';
import { parseList } from '../input/cells/list.ts';
import { parseNumber, parseYear } from '../input/cells/number.ts';
import { parseDirection } from '../input/cells/direction.ts';
import { yearOfColumnKey } from '../input/workbook/sheet-kinds.ts';
import type { Table } from '../input/workbook/table.ts';
import type { Indicator, IndicatorDirection, IndicatorValue } from '../schemas/indicator.ts';
import type { RichText } from '../schemas/measure.ts';
import type { Source } from '../schemas/source.ts';
import { assessIndicator } from './assess-indicator.ts';
import type { DepartmentResolver } from './departments.ts';
import type { DraftOrigin } from './drafts.ts';
import type { TreeGoal } from './goals.ts';
import { checkPageAddresses, compareKeys, uniqueByKey } from './keys.ts';
import { parseRichText, parseSdgs, readTable } from './read-records.ts';
import { readRow } from './row-reader.ts';
import { toSlug } from './slug.ts';
import { compareGerman } from '../common/collate.ts';

/** One row of `Kennzahlen`, references as written. */
export interface IndicatorDraft extends DraftOrigin {
  readonly id: string;
  readonly title: string;
  readonly goalIds: readonly string[];
  readonly unit: string | null;
  readonly direction: IndicatorDirection | null;
  readonly targetValue: number | null;
  readonly targetYear: number | null;
  readonly baseYear: number | null;
  readonly description: RichText | null;
  readonly sources: readonly string[];
  readonly sdgs: readonly number[] | null;
  readonly sdgIndicator: string | null;
  readonly department: string | null;
}

/** One value, from a long-form row or one year cell of a wide-form row. */
export interface IndicatorValueDraft {
  readonly indicatorId: string;
  readonly year: number;
  readonly value: number;
  readonly district: string | null;
  readonly note: string | null;
  readonly source: Source;
  /** The place of the value's cell, and of the row's Kennzahl-Nr. */
  readonly at: { readonly value: ReturnType<DraftOrigin['locate']>; readonly id: ReturnType<DraftOrigin['locate']> };
}

/** Reads the sheet `Kennzahlen`. */
export function readIndicators(table: Table, sink: Diagnostic[]): IndicatorDraft[] {
  return readTable<IndicatorDraft>(table, sink, (r) => {
    const id = r.required('id', parseKey);
    const title = r.required('title', parseSingleLineText);
    const direction = r.required('direction', parseDirection);
    const fields = {
      goalIds: r.optional('goals', parseList) ?? [],
      unit: r.optional('unit', parseSingleLineText),
      targetValue: r.optional('targetValue', parseNumber),
      targetYear: r.optional('targetYear', parseYear),
      baseYear: r.optional('baseYear', parseYear),
      description: r.optional('description', parseRichText),
      sources: r.optional('source', parseList) ?? [],
      sdgs: r.optional('sdgs', parseSdgs),
      sdgIndicator: r.optional('sdgIndicator', parseSingleLineText),
      department: r.optional('department', parseSingleLineText),
    };
    if (id === null) return null;
    return { id, title: title ?? id, direction, ...fields };
  });
}

/**
 * Reads the sheet `Kennzahlwerte`. Long form: one value per row (`Jahr`, `Wert`). Wide form
 * (year columns, see `sheet-kinds.ts`): one value per filled year cell; an empty cell is no
 * value, never 0, and a row's `Anmerkung` belongs to each of its values.
 */
export function readIndicatorValues(table: Table, sink: Diagnostic[]): IndicatorValueDraft[] {
  const yearKeys = Object.keys(table.columns)
    .map((key) => ({ key, year: yearOfColumnKey(key) }))
    .filter((c): c is { key: string; year: number } => c.year !== null)
    .sort((a, b) => a.year - b.year);
  const drafts: IndicatorValueDraft[] = [];
  for (const row of table.rows) {
    const r = readRow(table, row, sink);
    const indicatorId = r.required('indicatorId', parseKey);
    const district = r.optional('district', parseSingleLineText);
    const note = r.optional('note', parseSingleLineText);
    const source = { file: table.file, sheet: table.sheet, row: row.row };
    const push = (year: number, value: number, key: string) => {
      if (indicatorId === null) return;
      drafts.push({
        indicatorId,
        year,
        value,
        district,
        note,
        source,
        at: { value: r.locate(key), id: r.locate('indicatorId') },
      });
    };
    if (yearKeys.length > 0) {
      for (const { key, year } of yearKeys) {
        const value = r.optional(key, parseNumber);
        if (value !== null) push(year, value, key);
      }
    } else {
      const year = r.required('year', parseYear);
      const value = r.required('value', parseNumber);
      if (year !== null && value !== null) push(year, value, 'value');
    }
  }
  return drafts;
}

/** What linking indicators needs of the rest of the model. */
export interface IndicatorContext {
  readonly goals: ReadonlyMap<string, TreeGoal>;
  readonly goalIds: readonly string[];
  readonly departments: DepartmentResolver;
}

const districtKey = (d: string | null): string => (d === null ? '' : normaliseForMatch(d));

/**
 * Links the indicators: unique keys, values attached (a second value for the same indicator,
 * year and Stadtteil is an error naming both rows; a value for an unknown indicator an error
 * with the closest numbers), goals, SDGs and department resolved, target checked, assessed.
 * Returns the indicators sorted by key.
 */
export function linkIndicators(
  indicatorDrafts: readonly IndicatorDraft[],
  valueDrafts: readonly IndicatorValueDraft[],
  ctx: IndicatorContext,
  sink: Diagnostic[],
): Indicator[] {
  const unique = uniqueByKey(indicatorDrafts, (d) => d.id, 'id', sink).unique;
  checkPageAddresses([...unique.values()], sink);
  const ids = [...unique.keys()];

  // Values per indicator; the first of two values for the same year and Stadtteil is kept.
  const valuesOf = new Map<string, IndicatorValueDraft[]>();
  const seen = new Map<string, IndicatorValueDraft>();
  const districtSpelling = new Map<string, string>();
  for (const v of valueDrafts) {
    if (!unique.has(v.indicatorId)) {
      sink.push(
        diagnostic(
          'ref.unknown-indicator',
          v.at.id,
          MODEL_MESSAGES.unknownIndicator(v.indicatorId, closestMatches(v.indicatorId, ids, 3)),
        ),
      );
      continue;
    }
    const key = `${v.indicatorId}\u0000${v.year}\u0000${districtKey(v.district)}`;
    const first = seen.get(key);
    if (first) {
      sink.push(
        diagnostic(
          'indicator.value-duplicate',
          v.at.value,
          MODEL_MESSAGES.indicatorValueDuplicate(v.indicatorId, v.year, v.district, first.source),
        ),
      );
      continue;
    }
    seen.set(key, v);
    if (v.district !== null && !districtSpelling.has(districtKey(v.district)))
      districtSpelling.set(districtKey(v.district), v.district);
    const list = valuesOf.get(v.indicatorId) ?? [];
    list.push(v);
    valuesOf.set(v.indicatorId, list);
  }

  const indicators: Indicator[] = [];
  for (const draft of unique.values()) {
    const report = (code: Parameters<typeof diagnostic>[0], key: string, message: string) =>
      sink.push(diagnostic(code, draft.locate(key), message));

    const goalIds: string[] = [];
    for (const goalId of draft.goalIds) {
      if (ctx.goals.has(goalId)) {
        if (!goalIds.includes(goalId)) goalIds.push(goalId);
      } else {
        report('ref.unknown-goal', 'goals', MODEL_MESSAGES.unknownGoal(goalId, closestMatches(goalId, ctx.goalIds, 3)));
      }
    }
    if (draft.goalIds.length === 0)
      report('indicator.without-goals', 'goals', MODEL_MESSAGES.indicatorWithoutGoals(draft.id, draft.title));
    const goals = goalIds.map((id) => ctx.goals.get(id)!);
    const productAreaIds = [
      ...new Set(goals.map((g) => g.productAreaId).filter((pb): pb is number => pb !== null)),
    ].sort((a, b) => a - b);
    const sdgsInherited = draft.sdgs === null || draft.sdgs.length === 0;
    const sdgs = sdgsInherited
      ? [...new Set(goals.flatMap((g) => g.draft.sdgs))].sort((a, b) => a - b)
      : [...draft.sdgs!];

    let departmentId: string | null = null;
    if (draft.department !== null) {
      departmentId = ctx.departments.resolve(draft.department);
      if (departmentId === null) {
        report(
          'ref.unknown-department',
          'department',
          MODEL_MESSAGES.unknownDepartment(
            draft.department,
            closestMatches(draft.department, ctx.departments.candidates, 3),
          ),
        );
      }
    }

    const values: IndicatorValue[] = (valuesOf.get(draft.id) ?? [])
      .map((v) => ({
        year: v.year,
        value: v.value,
        district: v.district === null ? null : districtSpelling.get(districtKey(v.district))!,
        note: v.note,
        source: v.source,
      }))
      .sort(
        (a, b) =>
          (a.district === null ? 0 : 1) - (b.district === null ? 0 : 1) ||
          compareGerman(a.district ?? '', b.district ?? '') ||
          a.year - b.year,
      );
    const cityWide = values.filter((v) => v.district === null);
    if (values.length === 0)
      report('indicator.without-values', 'id', MODEL_MESSAGES.indicatorWithoutValues(draft.id, draft.title));

    let targetValue = draft.targetValue;
    let targetYear = draft.targetYear;
    if ((targetValue === null) !== (targetYear === null)) {
      report(
        'indicator.target-incomplete',
        targetValue === null ? 'targetValue' : 'targetYear',
        targetValue === null
          ? MODEL_MESSAGES.targetValueMissing(targetYear!)
          : MODEL_MESSAGES.targetYearMissing(targetValue),
      );
      targetValue = null;
      targetYear = null;
    }
    if (draft.baseYear !== null && cityWide.length > 0 && !cityWide.some((v) => v.year === draft.baseYear)) {
      report(
        'indicator.base-year-without-value',
        'baseYear',
        MODEL_MESSAGES.baseYearWithoutValue(
          draft.baseYear,
          cityWide.map((v) => v.year),
        ),
      );
    }
    const baseYear = draft.baseYear ?? cityWide[0]?.year ?? null;
    if (targetYear !== null && baseYear !== null && targetYear <= baseYear) {
      report(
        'indicator.target-year-before-base',
        'targetYear',
        MODEL_MESSAGES.targetYearBeforeBase(targetYear, baseYear, draft.baseYear !== null),
      );
    }

    const direction = draft.direction ?? 'up';
    indicators.push({
      id: draft.id,
      slug: toSlug(draft.id),
      title: draft.title,
      description: draft.description,
      unit: draft.unit,
      direction,
      targetValue,
      targetYear,
      baseYearGiven: draft.baseYear,
      sources: [...draft.sources],
      goalIds,
      productAreaIds,
      sdgs,
      sdgsInherited,
      sdgIndicator: draft.sdgIndicator,
      departmentId,
      values,
      districts: [...new Set(values.flatMap((v) => (v.district === null ? [] : [v.district])))].sort(compareGerman),
      assessment: assessIndicator({
        direction,
        targetValue,
        targetYear,
        baseYearGiven: draft.baseYear,
        values: cityWide,
      }),
      source: draft.source,
    });
  }
  return indicators.sort((a, b) => compareKeys(a.id, b.id));
}
