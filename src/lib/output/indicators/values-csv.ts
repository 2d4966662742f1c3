/**
 * The values of indicators as tidy CSV (RFC 4180, see `open-data/csv.ts`): one row per
 * indicator, year and Stadtteil, the layout of the open-data file `kennzahlwerte.csv`, so a
 * single indicator's download and the whole file read alike.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { csvField, csvLines } from '../open-data/csv.ts';
import { YES_NO_LABELS } from '../../i18n/de.ts';

/** The header of the values file. */
export const INDICATOR_VALUE_HEADER = ['Kennzahl', 'Jahr', 'Stadtteil', 'Wert', 'Anmerkung'] as const;

/** The values of `indicators` as one CSV text (BOM, CRLF), in the model's order. */
export function indicatorValuesCsv(indicators: readonly Pick<Indicator, 'id' | 'values'>[]): string {
  const rows = indicators.flatMap((i) => i.values.map((v) => ({ id: i.id, ...v })));
  const field = (value: string | number | null) => csvField(value, YES_NO_LABELS);
  return [
    ...csvLines(INDICATOR_VALUE_HEADER, rows, (r) => [
      field(r.id),
      field(r.year),
      field(r.district),
      field(r.value),
      field(r.note),
    ]),
  ].join('');
}
