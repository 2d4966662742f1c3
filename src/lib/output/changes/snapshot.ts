/**
 * The record of one publication: per measure only what matters to a reader who asks "what
 * changed since the last council meeting", in normalised form, plus the publication's Stand and
 * Sitzung. The build stores one per Stand (see `src/build/publications.ts`) and compares the next
 * publication with it.
 *
 * Everything here is taken from the model, never from raw cells: the core has already turned
 * `FD 61` into `61`, `12.11.2026` and a date cell into `2026-11-12`, and ignores column order, so
 * an export that differs only in formatting yields the same snapshot.
 */
import { compareGerman } from '../../common/collate.ts';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IsekModel } from '../../schemas/model.ts';
import type { Measure } from '../../schemas/measure.ts';
import { statusSchema } from '../../schemas/status.ts';
import { partialIsoSchema } from '../../schemas/partial-date.ts';
import { assessmentSchema, type Indicator } from '../../schemas/indicator.ts';

/** The snapshot format version; a stored snapshot of another version is ignored. */
export const SNAPSHOT_VERSION = 1;

/** ISO date text of day, month, quarter or year precision, as the model writes dates. */
const isoDateSchema = partialIsoSchema;

/**
 * The published facts of a measure that are not compared value by value: a change to one is
 * named by its group („Beschluss“), without old and new value. Together with
 * {@link SNAPSHOT_FIELDS} they cover everything a measure's page and the open data show, except
 * earlier status reports.
 */
export const DETAIL_GROUPS = [
  'summary',
  'type',
  'start',
  'participants',
  'productArea',
  'goals',
  'sdgs',
  'districts',
  'location',
  'decision',
  'keywords',
] as const;
/** One of {@link DETAIL_GROUPS}. */
export type DetailGroup = (typeof DETAIL_GROUPS)[number];

/** The current status report, reduced to what tells a new report from an old one. */
export const snapshotReportSchema = z.object({
  /** The report's date (ISO, as precise as given), or `null` when the sheet gave none. */
  date: isoDateSchema.nullable(),
  /** Short SHA-256 of the report's text as written, so the snapshot stays small. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});
export type SnapshotReport = z.infer<typeof snapshotReportSchema>;

/** One measure as published. */
export const snapshotMeasureSchema = z.object({
  /** The Nr.: the key the next publication is matched by. */
  id: z.string().min(1),
  title: z.string(),
  status: statusSchema,
  /** Progress 0–100, `null` when not given. */
  progress: z.number().nullable(),
  /** The newest status report, `null` when there is none. */
  report: snapshotReportSchema.nullable(),
  /** Nr. of the lead department (normalised: `61`, never `FD 61`). */
  lead: z.string(),
  /** Costs in euros, rounded to cents. */
  costs: z.number().nullable(),
  /** Present only when the costs were given as approximate (`ca.`), so older records stay as they are. */
  costsApproximate: z.literal(true).optional(),
  /** Funding in euros, rounded to cents. */
  funding: z.number().nullable(),
  /** Present only when the funding was given as approximate. */
  fundingApproximate: z.literal(true).optional(),
  /** Planned end (ISO, as precise as given). */
  end: isoDateSchema.nullable(),
  /**
   * The other published facts ({@link DETAIL_GROUPS}) as short hashes, one per group that has a
   * value, so that a change to any of them counts as a change without storing the texts. Which
   * groups the writer knew is said once per record ({@link snapshotSchema} `detailGroups`); a
   * group it did not know is never compared. Unknown keys (from a newer build) are kept.
   */
  details: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/)).optional(),
  /**
   * Stand of the earliest publication since which this record is unchanged: carried forward
   * from snapshot to snapshot, shown as „Zuletzt geändert“ on the measure's page.
   */
  changedAt: isoDateSchema,
});
export type SnapshotMeasure = z.infer<typeof snapshotMeasureSchema>;

/** One indicator as published: its assessment and its values, to name new values and changed assessments. */
export const snapshotIndicatorSchema = z.object({
  /** The Kennzahl-Nr. */
  id: z.string().min(1),
  title: z.string(),
  category: assessmentSchema,
  /** Every value as `[year, Stadtteil or null, value]`, in the model's order. */
  values: z.array(z.tuple([z.number().int(), z.string().nullable(), z.number()])),
});
export type SnapshotIndicator = z.infer<typeof snapshotIndicatorSchema>;
/**
 * A further part of the record, owned by another part of the site (e.g. `indicators`): its own
 * format version and data. A reader that does not know a section, or not its version, ignores it;
 * two records are the same publication only when their sections are the same too.
 */
export const snapshotSectionSchema = z.object({
  /** The section's own format version. */
  version: z.number().int().min(1),
  /** The section's content (JSON), validated by its owner. */
  data: z.unknown(),
});
export type SnapshotSection = z.infer<typeof snapshotSectionSchema>;

/** What one publication published. */
export const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** The publication's Stand (ISO); with {@link sequence} the snapshot's file name. */
  stand: isoDateSchema,
  /**
   * The how-many-th publication of this Stand (absent: the first). A second build with the same
   * Stand and other data is recorded beside the first (`2026-11-20_2.json`), never over it.
   */
  sequence: z.number().int().min(2).optional(),
  /** The day the build published it (ISO), absent in records of older builds. */
  published: isoDateSchema.optional(),
  /** The Sitzung, e.g. `Ratsversammlung vom 11.11.2026`. */
  session: z.string().nullable(),
  /** Stand of the very first publication, carried forward (a stable feed id needs it). */
  firstStand: isoDateSchema,
  /** The measures, sorted by Nr. */
  measures: z.array(snapshotMeasureSchema),
  /** The indicators, sorted by Nr.; absent in records written before indicators existed. */
  indicators: z.array(snapshotIndicatorSchema).default([]),
  /** Further parts of the record by name (see {@link snapshotSectionSchema}). */
  sections: z.record(z.string(), snapshotSectionSchema).optional(),
  /**
   * The detail groups the writer hashed ({@link DETAIL_GROUPS} of its version); absent in records
   * of builds before details existed. Two records are compared in the groups both name.
   */
  detailGroups: z.array(z.string()).optional(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The fields of a measure record that can change (everything but the key and `changedAt`). */
export const SNAPSHOT_FIELDS = ['title', 'status', 'progress', 'report', 'lead', 'costs', 'funding', 'end'] as const;
/** One changeable field. */
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

const byId = compareGerman;

/** Short hash of a report text: 16 hex digits of its SHA-256. */
export function reportHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** A list as compared: sorted, so that a new order in the cell alone is no change. */
const unordered = <T extends string | number>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

/**
 * What each detail group is compared by, as JSON (so no two different values can join to the same
 * text); `null` or an empty list: the measure gives nothing there.
 */
const DETAIL_VALUE: Record<DetailGroup, (m: Measure) => unknown> = {
  summary: (m) => m.summary?.markdown ?? null,
  type: (m) => m.type,
  start: (m) => m.start?.iso ?? null,
  participants: (m) => unordered(m.participatingDepartmentIds),
  productArea: (m) => (m.productAreaId === null && m.product === null ? null : [m.productAreaId, m.product]),
  goals: (m) => unordered(m.goalIds),
  sdgs: (m) => unordered(m.sdgs),
  districts: (m) => unordered(m.districts),
  location: (m) => (m.location ? [m.location.lat, m.location.lon] : null),
  decision: ({ decision: d }) =>
    [d.body, d.date?.iso ?? null, d.paper, d.link].every((v) => v === null)
      ? null
      : [d.body, d.date?.iso ?? null, d.paper, d.link],
  keywords: (m) => unordered(m.keywords),
};

/** The detail hashes of a measure: 8 hex digits of SHA-256 per group with a value. */
export function detailHashes(measure: Measure): Partial<Record<DetailGroup, string>> {
  const result: Partial<Record<DetailGroup, string>> = {};
  for (const group of DETAIL_GROUPS) {
    const value = DETAIL_VALUE[group](measure);
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    result[group] = createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex').slice(0, 8);
  }
  return result;
}

/**
 * The detail groups two records can be compared in: those the writers of both knew. None when
 * either predates the details (it cannot tell, and the first build after an update must not mark
 * everything); a group added by a later version is compared only once both records have it.
 */
export function comparableGroups(
  a: Pick<Snapshot, 'detailGroups'> | null,
  b: Pick<Snapshot, 'detailGroups'> | null,
): DetailGroup[] {
  const [x, y] = [new Set(a?.detailGroups ?? []), new Set(b?.detailGroups ?? [])];
  return DETAIL_GROUPS.filter((group) => x.has(group) && y.has(group));
}

/** What this version writes: every group it knows. */
const CURRENT_GROUPS: Pick<Snapshot, 'detailGroups'> = { detailGroups: [...DETAIL_GROUPS] };

/** The detail groups, of those given, in which two records differ. */
export function changedDetails(
  a: Omit<SnapshotMeasure, 'changedAt'>,
  b: Omit<SnapshotMeasure, 'changedAt'>,
  groups: readonly DetailGroup[],
): DetailGroup[] {
  return groups.filter((group) => a.details?.[group] !== b.details?.[group]);
}

/** Money rounded to cents, so `1250000.5` and `1250000.50000001` are one amount. */
const cents = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);
/** Progress rounded to a millionth: a percent cell holding 0.45 may read back as 45.000000000000004. */
const fine = (value: number | null): number | null => (value === null ? null : Math.round(value * 1e6) / 1e6);

/**
 * The Stand a publication is filed under: the model's publication date, or `today` when the data
 * gives none (no `Info` sheet and no report date).
 */
export function publicationStand(model: Pick<IsekModel, 'info'>, today: string): string {
  return model.info.publicationDate?.iso ?? today;
}

/**
 * Whether two records say the same (ignoring `changedAt`), compared in the detail groups given
 * (see {@link comparableGroups}).
 */
export function sameRecord(
  a: Omit<SnapshotMeasure, 'changedAt'>,
  b: Omit<SnapshotMeasure, 'changedAt'>,
  groups: readonly DetailGroup[],
): boolean {
  return (
    SNAPSHOT_FIELDS.every((field) => sameValue(a[field], b[field])) &&
    a.costsApproximate === b.costsApproximate &&
    a.fundingApproximate === b.fundingApproximate &&
    changedDetails(a, b, groups).length === 0
  );
}

/** Whether one field has the same value in both records. */
export function sameValue(a: SnapshotMeasure[SnapshotField], b: SnapshotMeasure[SnapshotField]): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a.date === b.date && a.hash === b.hash;
}

/** The record of one measure, before `changedAt` is known. */
export function measureRecord(measure: Measure): Omit<SnapshotMeasure, 'changedAt'> {
  // `reports` is newest first and includes the current report; the current one wins when set.
  const newest = measure.report ?? measure.reports[0] ?? null;
  return {
    id: measure.id,
    title: measure.title,
    status: measure.status,
    progress: fine(measure.progress),
    report: newest ? { date: newest.date?.iso ?? null, hash: reportHash(newest.body.markdown) } : null,
    lead: measure.leadDepartmentId,
    costs: cents(measure.costs),
    ...(measure.costs !== null && measure.costsApproximate && { costsApproximate: true as const }),
    funding: cents(measure.funding),
    ...(measure.funding !== null && measure.fundingApproximate && { fundingApproximate: true as const }),
    end: measure.end?.iso ?? null,
    details: detailHashes(measure),
  };
}

/** What {@link toSnapshot} needs besides the model. */
export interface SnapshotOptions {
  /** The Stand to file it under (see {@link publicationStand}). */
  readonly stand: string;
  /** The how-many-th publication of this Stand (default 1). */
  readonly sequence?: number;
  /** The day of the build (ISO). */
  readonly published?: string;
  /** Further parts of the record (see {@link snapshotSectionSchema}). */
  readonly sections?: Readonly<Record<string, SnapshotSection>>;
  /** The previous publication, to carry each unchanged measure's `changedAt` forward. */
  readonly previous: Snapshot | null;
}

/**
 * The snapshot of a publication. A measure whose record equals the previous publication's keeps
 * its `changedAt`; a new or changed one gets this Stand. Linear in the number of measures.
 */
export function toSnapshot(
  model: Pick<IsekModel, 'info' | 'measures'> & Partial<Pick<IsekModel, 'indicators'>>,
  options: SnapshotOptions,
): Snapshot {
  const before = new Map((options.previous?.measures ?? []).map((m) => [m.id, m]));
  const groups = comparableGroups(options.previous, CURRENT_GROUPS);
  const measures = model.measures
    .map((measure): SnapshotMeasure => {
      const record = measureRecord(measure);
      const old = before.get(record.id);
      const changedAt = old && sameRecord(old, record, groups) ? old.changedAt : options.stand;
      return { ...record, changedAt };
    })
    .sort((a, b) => byId(a.id, b.id));
  return {
    version: SNAPSHOT_VERSION,
    stand: options.stand,
    ...(options.sequence !== undefined && options.sequence > 1 ? { sequence: options.sequence } : {}),
    ...(options.published !== undefined ? { published: options.published } : {}),
    session: model.info.session,
    firstStand: options.previous?.firstStand ?? options.stand,
    measures,
    detailGroups: [...DETAIL_GROUPS],
    indicators: (model.indicators ?? []).map(indicatorRecord).sort((a, b) => byId(a.id, b.id)),
    ...(options.sections !== undefined && Object.keys(options.sections).length > 0
      ? { sections: { ...options.sections } }
      : {}),
  };
}

/** The record of one indicator. */
export function indicatorRecord(
  indicator: Pick<Indicator, 'id' | 'title' | 'assessment' | 'values'>,
): SnapshotIndicator {
  return {
    id: indicator.id,
    title: indicator.title,
    category: indicator.assessment.category,
    values: indicator.values.map((v) => [v.year, v.district, fine(v.value)!] as [number, string | null, number]),
  };
}

/** The how-many-th publication of its Stand a record is (1 for the first). */
export function sequenceOf(snapshot: Pick<Snapshot, 'sequence'>): number {
  return snapshot.sequence ?? 1;
}

/**
 * A record's key: its Stand, with `_2`, `_3` … for further publications of the same Stand. It is
 * the file name (without `.json`) and the path of its archive page (`/aenderungen/2026-11-20_2/`).
 */
export function recordKey(snapshot: Pick<Snapshot, 'stand' | 'sequence'>): string {
  const n = sequenceOf(snapshot);
  return n === 1 ? snapshot.stand : `${snapshot.stand}_${n}`;
}

/** Publication order: by Stand, then by sequence. */
export function compareRecords(
  a: Pick<Snapshot, 'stand' | 'sequence'>,
  b: Pick<Snapshot, 'stand' | 'sequence'>,
): number {
  if (a.stand !== b.stand) return a.stand < b.stand ? -1 : 1;
  return sequenceOf(a) - sequenceOf(b);
}

/**
 * Whether two records published the same: the same Sitzung, the same measures with the same
 * values and the same further sections. Stand, sequence, build day and `changedAt` are ignored.
 */
export function samePublication(a: Snapshot, b: Snapshot): boolean {
  if (a.session !== b.session || a.measures.length !== b.measures.length) return false;
  const groups = comparableGroups(a, b);
  for (let i = 0; i < a.measures.length; i++) {
    const [x, y] = [a.measures[i]!, b.measures[i]!];
    if (x.id !== y.id || !sameRecord(x, y, groups)) return false;
  }
  return (
    stableJson(a.sections ?? {}) === stableJson(b.sections ?? {}) &&
    stableJson(a.indicators) === stableJson(b.indicators)
  );
}

/** JSON with object keys sorted, so equal content gives equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The newest snapshot whose Stand lies before `stand` (used to check that a record file's content
 * agrees with its name).
 */
export function choosePrevious(snapshots: readonly Snapshot[], stand: string): Snapshot | null {
  let best: Snapshot | null = null;
  for (const s of snapshots) {
    if (s.stand < stand && (best === null || s.stand > best.stand)) best = s;
  }
  return best;
}
