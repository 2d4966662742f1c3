/**
 * The columns of the open-data files, one table per dataset. Each column has a fixed name (the
 * CSV header and the JSON key: a published interface, so names never change with the wording of
 * the site), a type, whether it is always filled, and how to read it from a record. The meaning
 * shown on `/daten/` and in the JSON Schema comes from the strings module.
 *
 * Values are taken from the model, so they are the normalised ones (`61`, never `FD 61`; ISO
 * dates of the precision given; amounts in euros). Status and type are written with the labels of
 * the input contract, not with labels the city may have set for its site, so the data stays
 * comparable from one publication to the next.
 */
import type { Measure } from '../../schemas/measure.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Department } from '../../schemas/department.ts';
import type { Indicator, IndicatorValue } from '../../schemas/indicator.ts';
import {
  ASSESSMENT_LABELS,
  DIRECTION_LABELS,
  MEASURE_TYPE_LABELS,
  OPEN_DATA_TEXT,
  STATUS_LABELS,
} from '../../i18n/de.ts';

/** The kinds of value a column holds. */
export const COLUMN_TYPES = [
  'text',
  'number',
  'decimal',
  'integer',
  'date',
  'list',
  'integerList',
  'boolean',
  'url',
] as const;
/** One of {@link COLUMN_TYPES}: `number` is never negative (amounts, percent), `decimal` may be (indicator figures). */
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A value as read from a record (lists as arrays; JSON keeps them, CSV joins them). */
export type ColumnValue = string | number | boolean | null | readonly string[] | readonly number[];

/** One column. */
export interface Column<T> {
  /** Name in the CSV header and key in the JSON. */
  readonly name: string;
  readonly type: ColumnType;
  /** Whether every record has a value (else it may be empty/`null`). */
  readonly required: boolean;
  /** Reads the value from a record. */
  readonly value: (item: T, ctx: OpenDataContext) => ColumnValue;
}

/** What the values need besides the records. */
export interface OpenDataContext {
  /** Address of a page (`massnahmen`, `ziele`, `fachdienste` plus slug): absolute or base-relative. */
  readonly pageHref: (section: 'massnahmen' | 'ziele' | 'fachdienste' | 'kennzahlen', slug: string) => string;
  /** Measure Nr. → ISO Stand of its last change (from the publication record). */
  readonly changedAt: Readonly<Record<string, string>>;
}

const col = <T>(name: string, type: ColumnType, required: boolean, value: Column<T>['value']): Column<T> =>
  Object.freeze({ name, type, required, value });

const newest = (m: Measure) => m.report ?? m.reports[0] ?? null;

/** Columns of `massnahmen.csv` and the records of `massnahmen.json`. */
export const MEASURE_COLUMNS: readonly Column<Measure>[] = [
  col('nr', 'text', true, (m) => m.id),
  col('titel', 'text', true, (m) => m.title),
  col('kurzbeschreibung', 'text', false, (m) => m.summary?.text ?? null),
  col('art', 'text', false, (m) => (m.type ? MEASURE_TYPE_LABELS[m.type] : null)),
  col('status', 'text', true, (m) => STATUS_LABELS[m.status]),
  col('fortschritt_prozent', 'number', false, (m) => m.progress),
  col('beginn', 'date', false, (m) => m.start?.iso ?? null),
  col('ende', 'date', false, (m) => m.end?.iso ?? null),
  col('kosten_eur', 'number', false, (m) => m.costs),
  col('kosten_ungefaehr', 'boolean', false, (m) => (m.costs === null ? null : m.costsApproximate)),
  col('foerdermittel_eur', 'number', false, (m) => m.funding),
  col('foerdermittel_ungefaehr', 'boolean', false, (m) => (m.funding === null ? null : m.fundingApproximate)),
  col('fachdienst_federfuehrend', 'text', true, (m) => m.leadDepartmentId),
  col('fachdienste_beteiligt', 'list', true, (m) => m.participatingDepartmentIds),
  col('produktbereich', 'integer', false, (m) => m.productAreaId),
  col('produkt', 'text', false, (m) => m.product),
  col('ziele', 'list', true, (m) => m.goalIds),
  col('sdgs', 'integerList', true, (m) => m.sdgs),
  col('stadtteile', 'list', true, (m) => m.districts),
  col('beschlussgremium', 'text', false, (m) => m.decision.body),
  col('beschlussdatum', 'date', false, (m) => m.decision.date?.iso ?? null),
  col('vorlage', 'text', false, (m) => m.decision.paper),
  col('ratsinfo_link', 'url', false, (m) => m.decision.link),
  col('statusbericht_datum', 'date', false, (m) => newest(m)?.date?.iso ?? null),
  col('statusbericht', 'text', false, (m) => newest(m)?.body.text ?? null),
  col('zuletzt_geaendert', 'date', false, (m, ctx) => ctx.changedAt[m.id] ?? null),
  col('seite', 'url', true, (m, ctx) => ctx.pageHref('massnahmen', m.slug)),
  // Last, so the columns of earlier publications keep their positions.
  col('verzoegert', 'boolean', true, (m) => m.delayed),
  col('schlagworte', 'list', true, (m) => m.keywords),
];

/** Columns of `ziele.csv`. */
export const GOAL_COLUMNS: readonly Column<Goal>[] = [
  col('nr', 'text', true, (g) => g.id),
  col('titel', 'text', true, (g) => g.title),
  col('beschreibung', 'text', false, (g) => g.description?.text ?? null),
  col('oberziel', 'text', false, (g) => g.parentId),
  col('ebene', 'integer', true, (g) => g.depth),
  col('produktbereich', 'integer', true, (g) => g.productAreaId),
  col('produktgruppe', 'text', false, (g) => g.productGroup),
  col('sdgs', 'integerList', true, (g) => g.sdgs),
  col('quellen', 'list', true, (g) => g.sources),
  col('im_fokus', 'boolean', true, (g) => g.focus),
  col('massnahmen_direkt', 'integer', true, (g) => g.measureIds.length),
  col('massnahmen_gesamt', 'integer', true, (g) => g.allMeasureIds.length),
  col('seite', 'url', true, (g, ctx) => ctx.pageHref('ziele', g.slug)),
];

/** Columns of `fachdienste.csv`. */
export const DEPARTMENT_COLUMNS: readonly Column<Department>[] = [
  col('nr', 'text', true, (d) => d.id),
  col('bezeichnung', 'text', true, (d) => d.name),
  col('fachbereich', 'text', false, (d) => d.division),
  col('email', 'text', false, (d) => d.email),
  col('telefon', 'text', false, (d) => d.phone),
  col('webseite', 'url', false, (d) => d.website),
  col('massnahmen_federfuehrend', 'integer', true, (d) => d.leadMeasureIds.length),
  col('massnahmen_beteiligt', 'integer', true, (d) => d.participatingMeasureIds.length),
  col('seite', 'url', true, (d, ctx) => ctx.pageHref('fachdienste', d.slug)),
];

/**
 * Columns of `kennzahlen.csv` and the records of `kennzahlen.json`: the indicator and the
 * assessment the method gave, with the figures behind it, so the result can be checked.
 */
export const INDICATOR_COLUMNS: readonly Column<Indicator>[] = [
  col('nr', 'text', true, (i) => i.id),
  col('titel', 'text', true, (i) => i.title),
  col('beschreibung', 'text', false, (i) => i.description?.text ?? null),
  col('einheit', 'text', false, (i) => i.unit),
  col('zielrichtung', 'text', true, (i) => DIRECTION_LABELS[i.direction]),
  col('zielwert', 'decimal', false, (i) => i.targetValue),
  col('zieljahr', 'integer', false, (i) => i.targetYear),
  col('basisjahr_angegeben', 'integer', false, (i) => i.baseYearGiven),
  col('ziele', 'list', true, (i) => i.goalIds),
  col('produktbereiche', 'integerList', true, (i) => i.productAreaIds),
  col('sdgs', 'integerList', true, (i) => i.sdgs),
  col('sdg_indikator', 'text', false, (i) => i.sdgIndicator),
  col('fachdienst', 'text', false, (i) => i.departmentId),
  col('quellen', 'list', true, (i) => i.sources),
  col('stadtteile', 'list', true, (i) => i.districts),
  col('bewertung', 'text', true, (i) => ASSESSMENT_LABELS[i.assessment.category]),
  col('bewertung_schluessel', 'text', true, (i) => i.assessment.category),
  col('basisjahr', 'integer', false, (i) => i.assessment.baseYear),
  col('basiswert', 'decimal', false, (i) => i.assessment.baseValue),
  col('neuestes_jahr', 'integer', false, (i) => i.assessment.latestYear),
  col('neuester_wert', 'decimal', false, (i) => i.assessment.latestValue),
  col('veraenderung_je_jahr', 'decimal', false, (i) => i.assessment.actualPerYear),
  col('noetig_je_jahr', 'decimal', false, (i) => i.assessment.requiredPerYear),
  col('verhaeltnis_q', 'decimal', false, (i) => i.assessment.ratio),
  col('trend_t', 'decimal', false, (i) => i.assessment.trend),
  col('zieljahr_vergangen', 'boolean', true, (i) => i.assessment.targetYearPassed),
  col('seite', 'url', true, (i, ctx) => ctx.pageHref('kennzahlen', i.slug)),
];

/** One row of `kennzahlwerte.csv`: a value with its indicator. */
export interface IndicatorValueRow {
  readonly indicator: Pick<Indicator, 'id' | 'unit'>;
  readonly value: IndicatorValue;
}

/**
 * Columns of `kennzahlwerte.csv`, tidy long form: one row per indicator, year and Stadtteil.
 * `Year` and `Value` are spelled as in the data files of Open SDG, the Stadtteil between them
 * as its breakdown (empty: the whole city), so one indicator's rows can be reused there as they
 * are.
 */
export const INDICATOR_VALUE_COLUMNS: readonly Column<IndicatorValueRow>[] = [
  col('kennzahl', 'text', true, (r) => r.indicator.id),
  col('Year', 'integer', true, (r) => r.value.year),
  col('Stadtteil', 'text', false, (r) => r.value.district),
  col('Value', 'decimal', true, (r) => r.value.value),
  col('einheit', 'text', false, (r) => r.indicator.unit),
  col('anmerkung', 'text', false, (r) => r.value.note),
];

/** The rows of `kennzahlwerte.csv` for these indicators, in the model's order. */
export function indicatorValueRows(
  indicators: readonly Pick<Indicator, 'id' | 'unit' | 'values'>[],
): IndicatorValueRow[] {
  return indicators.flatMap((indicator) => indicator.values.map((value) => ({ indicator, value })));
}

/** The datasets, by key. */
export const DATASET_COLUMNS = {
  measures: MEASURE_COLUMNS,
  goals: GOAL_COLUMNS,
  departments: DEPARTMENT_COLUMNS,
  indicators: INDICATOR_COLUMNS,
  indicatorValues: INDICATOR_VALUE_COLUMNS,
} as const;

/** The key of a dataset. */
export type DatasetKey = keyof typeof DATASET_COLUMNS;

/** The meaning of a column, as shown on `/daten/` and in the JSON Schema. */
export function columnMeaning(dataset: DatasetKey, name: string): string {
  const meanings: Readonly<Record<string, string>> = OPEN_DATA_TEXT.columns[dataset];
  const meaning = meanings[name];
  if (meaning === undefined) throw new Error(`no meaning for column ${dataset}.${name}`);
  return meaning;
}

/** Separator of list items inside one CSV field. */
export const LIST_SEPARATOR = '; ';
