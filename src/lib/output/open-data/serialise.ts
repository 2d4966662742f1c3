/**
 * The open-data files from the model: the three CSV files, `massnahmen.json` and its JSON Schema.
 * All linear in the number of records; the CSV is produced line by line.
 */
import { z } from 'zod';
import type { Measure } from '../../schemas/measure.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { partialIsoSchema } from '../../schemas/partial-date.ts';
import { OPEN_DATA_TEXT } from '../../i18n/de.ts';
import { csvField, csvLines, type CsvValue } from './csv.ts';
import {
  columnMeaning,
  INDICATOR_COLUMNS,
  INDICATOR_VALUE_COLUMNS,
  LIST_SEPARATOR,
  MEASURE_COLUMNS,
  type Column,
  type ColumnType,
  type ColumnValue,
  type DatasetKey,
  type OpenDataContext,
} from './columns.ts';

const BOOLEANS = { yes: OPEN_DATA_TEXT.yes, no: OPEN_DATA_TEXT.no };

/** A column value as one CSV field value: lists joined with `; `, empty lists empty. */
export function toCsvValue(value: ColumnValue): CsvValue {
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(LIST_SEPARATOR);
  return value as CsvValue;
}

/** The CSV file's lines (BOM and header first), for streaming. */
export function csvFileLines<T>(
  columns: readonly Column<T>[],
  items: Iterable<T>,
  ctx: OpenDataContext,
): Generator<string> {
  return csvLines(
    columns.map((c) => c.name),
    items,
    (item) => columns.map((c) => csvField(toCsvValue(c.value(item, ctx)), BOOLEANS)),
  );
}

/** The whole CSV file as one string. */
export function toCsv<T>(columns: readonly Column<T>[], items: Iterable<T>, ctx: OpenDataContext): string {
  let out = '';
  for (const line of csvFileLines(columns, items, ctx)) out += line;
  return out;
}

/** One record as a JSON object, keys in column order. */
export function toJsonRecord<T>(
  columns: readonly Column<T>[],
  item: T,
  ctx: OpenDataContext,
): Record<string, ColumnValue> {
  const record: Record<string, ColumnValue> = {};
  for (const c of columns) record[c.name] = c.value(item, ctx);
  return record;
}

/** ISO 8601 of the precision known: day, month, year, or a quarter as `2026-Q3`. */
const isoDate = partialIsoSchema;

function valueSchema(type: ColumnType): z.ZodType {
  switch (type) {
    case 'text':
      return z.string();
    case 'number':
      return z.number().nonnegative();
    case 'decimal':
      return z.number();
    case 'integer':
      return z.int().nonnegative();
    case 'date':
      return isoDate;
    case 'list':
      return z.array(z.string());
    case 'integerList':
      return z.array(z.int().min(1));
    case 'boolean':
      return z.boolean();
    case 'url':
      return z.string();
  }
}

/** The zod schema of one JSON record of a dataset, with each column's meaning as description. */
export function recordSchema<T>(dataset: DatasetKey, columns: readonly Column<T>[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const c of columns) {
    const base = valueSchema(c.type);
    shape[c.name] = (c.required ? base : base.nullable()).describe(columnMeaning(dataset, c.name));
  }
  return z.object(shape).strict();
}

/** The publication facts written at the top of `massnahmen.json`. */
export interface JsonMeta {
  /** ISO Stand, or `null` when the data gives none. */
  readonly stand: string | null;
  readonly session: string | null;
  readonly licence: { readonly name: string; readonly url: string };
  /** Attribution text, e.g. `Quelle: Stadt Neumünster, ISEK Neumünster`. */
  readonly attribution: string;
}

/** The zod schema of the whole `massnahmen.json` document. */
export function measuresDocumentSchema() {
  const K = OPEN_DATA_TEXT.jsonKeys;
  return z
    .object({
      ...envelopeSchema(),
      anzahl: z.int().nonnegative().describe(K.anzahl),
      massnahmen: z.array(recordSchema('measures', MEASURE_COLUMNS)).describe(K.massnahmen),
    })
    .strict();
}

/** The part every JSON document shares: Stand, Sitzung, licence, attribution (before its records). */
function envelopeSchema() {
  const K = OPEN_DATA_TEXT.jsonKeys;
  return {
    stand: isoDate.nullable().describe(K.stand),
    sitzung: z.string().nullable().describe(K.sitzung),
    lizenz: z.object({ name: z.string(), url: z.string() }).strict().describe(K.lizenz),
    quelle: z.string().describe(K.quelle),
  };
}

/** The values of {@link envelopeSchema} for a publication. */
function envelope(meta: JsonMeta) {
  return {
    stand: meta.stand,
    sitzung: meta.session,
    lizenz: { name: meta.licence.name, url: meta.licence.url },
    quelle: meta.attribution,
  };
}

/** `massnahmen.json`: every measure under the key `massnahmen`, with Stand, Sitzung and licence. */
export function measuresJson(measures: readonly Measure[], meta: JsonMeta, ctx: OpenDataContext) {
  return {
    ...envelope(meta),
    anzahl: measures.length,
    massnahmen: measures.map((m) => toJsonRecord(MEASURE_COLUMNS, m, ctx)),
  };
}

/** `massnahmen.schema.json`: JSON Schema (draft 2020-12) of `massnahmen.json`, from the same zod schema. */
export function measuresJsonSchema(title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(measuresDocumentSchema()), title };
}

/** The values of one indicator in `kennzahlen.json`: the columns of `kennzahlwerte.csv` without the indicator's own. */
const VALUE_COLUMNS_IN_JSON = INDICATOR_VALUE_COLUMNS.filter((c) => c.name !== 'kennzahl' && c.name !== 'einheit');

/** The zod schema of the whole `kennzahlen.json` document. */
export function indicatorsDocumentSchema() {
  const K = OPEN_DATA_TEXT.jsonKeys;
  return z
    .object({
      ...envelopeSchema(),
      anzahl: z.int().nonnegative().describe(K.anzahlKennzahlen),
      kennzahlen: z
        .array(
          recordSchema('indicators', INDICATOR_COLUMNS).extend({
            werte: z.array(recordSchema('indicatorValues', VALUE_COLUMNS_IN_JSON)).describe(K.werte),
          }),
        )
        .describe(K.kennzahlen),
    })
    .strict();
}

/** `kennzahlen.json`: every indicator with its assessment and its values, with Stand and licence. */
export function indicatorsJson(indicators: readonly Indicator[], meta: JsonMeta, ctx: OpenDataContext) {
  return {
    ...envelope(meta),
    anzahl: indicators.length,
    kennzahlen: indicators.map((i) => ({
      ...toJsonRecord(INDICATOR_COLUMNS, i, ctx),
      werte: i.values.map((value) => toJsonRecord(VALUE_COLUMNS_IN_JSON, { indicator: i, value }, ctx)),
    })),
  };
}

/** `kennzahlen.schema.json`: JSON Schema (draft 2020-12) of `kennzahlen.json`. */
export function indicatorsJsonSchema(title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(indicatorsDocumentSchema()), title };
}
