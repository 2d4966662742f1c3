/**
 * What changed between two publications, from their snapshots. Only normalised values are
 * compared (see `snapshot.ts`), so an export that differs only in formatting yields no change.
 *
 * Each measure appears at most once among `added`, `removed`, `completed` and `statusChanges`:
 * a measure that reached `abgeschlossen` is listed as completed (with its former status), not
 * again as a status change, and its jump to 100 % is implied rather than listed as a progress
 * change. New status reports are listed for every measure that was there before, completed ones
 * included, because the report is what a reader wants to read.
 */
import { compareGerman } from '../../common/collate.ts';
import { z } from 'zod';
import { statusSchema } from '../../schemas/status.ts';
import { assessmentSchema } from '../../schemas/indicator.ts';
import {
  changedDetails,
  comparableGroups,
  DETAIL_GROUPS,
  sameValue,
  type Snapshot,
  type SnapshotMeasure,
} from './snapshot.ts';

/** Stand and Sitzung of a publication. */
export const publicationRefSchema = z.object({
  /** ISO date of the Stand. */
  stand: z.string(),
  /** e.g. `Ratsversammlung vom 11.11.2026`. */
  session: z.string().nullable(),
});
export type PublicationRef = z.infer<typeof publicationRefSchema>;

/** A measure named in a change: Nr. and title (the current one, or the last for a removed one). */
export const measureRefSchema = z.object({
  id: z.string(),
  title: z.string(),
});
export type MeasureRef = z.infer<typeof measureRefSchema>;

/** A status change, old → new. */
export const statusChangeSchema = measureRefSchema.extend({
  from: statusSchema,
  to: statusSchema,
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** A progress change, old → new (`null`: not given). */
export const progressChangeSchema = measureRefSchema.extend({
  from: z.number().nullable(),
  to: z.number().nullable(),
});
export type ProgressChange = z.infer<typeof progressChangeSchema>;

/** A new (or rewritten) current status report. */
export const newReportSchema = measureRefSchema.extend({
  /** ISO date of the new report, `null` when it has none. */
  date: z.string().nullable(),
});
export type NewReport = z.infer<typeof newReportSchema>;

/** The fields listed under „weitere Änderungen“. */
export const OTHER_FIELDS = ['title', 'lead', 'costs', 'funding', 'end'] as const;
/** One of {@link OTHER_FIELDS}. */
export type OtherField = (typeof OTHER_FIELDS)[number];

/** Whether a record gives this field's amount only approximately (`ca.`). */
function approximateOf(record: SnapshotMeasure, field: OtherField): boolean {
  if (field === 'costs') return record.costsApproximate === true;
  if (field === 'funding') return record.fundingApproximate === true;
  return false;
}

/** Changes of the other fields of one measure, old → new. */
export const otherChangeSchema = measureRefSchema.extend({
  fields: z.array(
    z.object({
      field: z.enum(OTHER_FIELDS),
      /** Old value: title or department Nr. (text), amount (number), end date (ISO text). */
      from: z.union([z.string(), z.number()]).nullable(),
      to: z.union([z.string(), z.number()]).nullable(),
      /** An amount that was, or is, only approximate (`ca.`); absent otherwise. */
      fromApproximate: z.literal(true).optional(),
      toApproximate: z.literal(true).optional(),
    }),
  ),
  /** Further published facts that changed, named without their values (absent: none). */
  details: z.array(z.enum(DETAIL_GROUPS)).optional(),
});
export type OtherChange = z.infer<typeof otherChangeSchema>;

/** An indicator with values for years (or Stadtteile) it had none for before. */
export const newIndicatorValuesSchema = measureRefSchema.extend({
  /** The years of the new values, ascending, without duplicates. */
  years: z.array(z.number().int()),
  /** Whether one of them is a new city-wide value (not only a Stadtteil's). */
  cityWide: z.boolean(),
});
export type NewIndicatorValues = z.infer<typeof newIndicatorValuesSchema>;

/** An indicator whose assessment changed, old → new. */
export const assessmentChangeSchema = measureRefSchema.extend({
  from: assessmentSchema,
  to: assessmentSchema,
});
export type AssessmentChange = z.infer<typeof assessmentChangeSchema>;

/** The changes since the previous publication; every list sorted by Nr. */
export const changeSetSchema = z.discriminatedUnion('first', [
  z.object({
    /** The first publication: there is nothing to compare with. */
    first: z.literal(true),
    current: publicationRefSchema,
  }),
  z.object({
    first: z.literal(false),
    previous: publicationRefSchema,
    current: publicationRefSchema,
    /** Measures new in this publication. */
    added: z.array(measureRefSchema),
    /** Measures no longer published. */
    removed: z.array(measureRefSchema),
    /** Measures that reached `abgeschlossen` (`from` is the former status). */
    completed: z.array(statusChangeSchema),
    /** All other status changes. */
    statusChanges: z.array(statusChangeSchema),
    /** Progress changes, without completed measures. */
    progressChanges: z.array(progressChangeSchema),
    /** Measures with a new or rewritten current status report. */
    newReports: z.array(newReportSchema),
    /** Title, lead department, costs, funding or end date changed, or another published fact. */
    otherChanges: z.array(otherChangeSchema),
    /** Indicators with new values (a new indicator is listed here with all its years). */
    newIndicatorValues: z.array(newIndicatorValuesSchema).default([]),
    /** Indicators whose assessment changed (not new ones). */
    assessmentChanges: z.array(assessmentChangeSchema).default([]),
  }),
]);
export type ChangeSet = z.infer<typeof changeSetSchema>;
/** A change set that compares two publications. */
export type ComparedChangeSet = Extract<ChangeSet, { first: false }>;

const ref = (m: Pick<SnapshotMeasure, 'id' | 'title'>): MeasureRef => ({ id: m.id, title: m.title });
const publication = (s: Snapshot): PublicationRef => ({ stand: s.stand, session: s.session });
const byId = compareGerman;

/** A comparison of two publications in which nothing has changed yet: every section empty. */
export function emptyChangeSet(previous: PublicationRef, current: PublicationRef): ComparedChangeSet {
  return {
    first: false,
    previous,
    current,
    added: [],
    removed: [],
    completed: [],
    statusChanges: [],
    progressChanges: [],
    newReports: [],
    otherChanges: [],
    newIndicatorValues: [],
    assessmentChanges: [],
  };
}

/**
 * Compares the previous publication's snapshot with the current one. Without a previous one,
 * the result says that this is the first publication. Linear in the number of measures.
 */
export function diffSnapshots(previous: Snapshot | null, current: Snapshot): ChangeSet {
  if (previous === null) return { first: true, current: publication(current) };
  const before = new Map(previous.measures.map((m) => [m.id, m]));
  const groups = comparableGroups(previous, current);
  const now = new Set<string>();
  const result = emptyChangeSet(publication(previous), publication(current));
  for (const m of current.measures) {
    now.add(m.id);
    const old = before.get(m.id);
    if (old === undefined) {
      result.added.push(ref(m));
      continue;
    }
    const completed = m.status === 'completed' && old.status !== 'completed';
    if (completed) result.completed.push({ ...ref(m), from: old.status, to: m.status });
    else if (m.status !== old.status) result.statusChanges.push({ ...ref(m), from: old.status, to: m.status });
    if (!completed && m.progress !== old.progress) {
      result.progressChanges.push({ ...ref(m), from: old.progress, to: m.progress });
    }
    if (m.report !== null && !sameValue(m.report, old.report)) {
      result.newReports.push({ ...ref(m), date: m.report.date });
    }
    const fields = OTHER_FIELDS.filter((f) => m[f] !== old[f] || approximateOf(m, f) !== approximateOf(old, f)).map(
      (field) => ({
        field,
        from: old[field],
        to: m[field],
        ...(approximateOf(old, field) && { fromApproximate: true as const }),
        ...(approximateOf(m, field) && { toApproximate: true as const }),
      }),
    );
    const details = changedDetails(old, m, groups);
    if (fields.length > 0 || details.length > 0) {
      result.otherChanges.push({ ...ref(m), fields, ...(details.length > 0 && { details }) });
    }
  }
  for (const m of previous.measures) if (!now.has(m.id)) result.removed.push(ref(m));
  diffIndicators(previous, current, result);
  for (const list of [
    result.added,
    result.removed,
    result.completed,
    result.statusChanges,
    result.progressChanges,
    result.newReports,
    result.otherChanges,
    result.newIndicatorValues,
    result.assessmentChanges,
  ]) {
    list.sort((a, b) => byId(a.id, b.id));
  }
  return result;
}

/**
 * New values and changed assessments of the indicators. A value is new when its year and
 * Stadtteil had none in the previous publication; a corrected figure for an old year is not
 * news of this kind (it shows as a changed assessment when it changes one).
 */
function diffIndicators(previous: Snapshot, current: Snapshot, result: ComparedChangeSet): void {
  const before = new Map(previous.indicators.map((i) => [i.id, i]));
  for (const ind of current.indicators) {
    const old = before.get(ind.id);
    const known = new Set((old?.values ?? []).map(([year, district]) => `${year}\u0000${district ?? ''}`));
    const fresh = ind.values.filter(([year, district]) => !known.has(`${year}\u0000${district ?? ''}`));
    if (fresh.length > 0) {
      result.newIndicatorValues.push({
        ...ref(ind),
        years: [...new Set(fresh.map(([year]) => year))].sort((a, b) => a - b),
        cityWide: fresh.some(([, district]) => district === null),
      });
    }
    if (old && old.category !== ind.category)
      result.assessmentChanges.push({ ...ref(ind), from: old.category, to: ind.category });
  }
}

/** Whether a compared change set lists nothing at all. */
export function isUnchanged(changes: ComparedChangeSet): boolean {
  return (
    changes.added.length +
      changes.removed.length +
      changes.completed.length +
      changes.statusChanges.length +
      changes.progressChanges.length +
      changes.newReports.length +
      changes.otherChanges.length +
      changes.newIndicatorValues.length +
      changes.assessmentChanges.length ===
    0
  );
}

/** The number of distinct measures a change set names. */
export function changedMeasureCount(changes: ChangeSet): number {
  if (changes.first) return 0;
  const ids = new Set<string>();
  for (const list of [
    changes.added,
    changes.removed,
    changes.completed,
    changes.statusChanges,
    changes.progressChanges,
    changes.newReports,
    changes.otherChanges,
  ]) {
    for (const m of list) ids.add(m.id);
  }
  return ids.size;
}

/**
 * The part of a change set about the given measures (a Fachdienst's, a Stadtteil's): every list
 * keeps only their entries. A first publication stays as it is.
 */
export function filterChangeSet(changes: ChangeSet, ids: ReadonlySet<string>): ChangeSet {
  if (changes.first) return changes;
  const keep = <T extends { id: string }>(list: readonly T[]): T[] => list.filter((m) => ids.has(m.id));
  return {
    ...changes,
    added: keep(changes.added),
    removed: keep(changes.removed),
    completed: keep(changes.completed),
    statusChanges: keep(changes.statusChanges),
    progressChanges: keep(changes.progressChanges),
    newReports: keep(changes.newReports),
    otherChanges: keep(changes.otherChanges),
  };
}
