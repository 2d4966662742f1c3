/**
 * A measure row's point location: `Lage` (one cell, `53.07, 9.98`) or `Breite` and `Länge`.
 * An unreadable value is a warning at its cell and gives no point; the row is still published.
 */
import type { CellParser } from '../input/cells/result.ts';
import { valueOf } from '../input/cells/result.ts';
import type { RawCell } from '../input/workbook/raw.ts';
import { cellText, inRange, parseDegrees, parseLatLon } from '../input/cells/coordinates.ts';
import { DISTRICT_MESSAGES } from '../i18n/de.ts';
import type { RowReader } from './row-reader.ts';
import { columnHeader } from './row-reader.ts';
import type { Table } from '../input/workbook/table.ts';

/** A location as read, with the column key its warnings belong to. */
export interface LocationDraft {
  readonly lat: number;
  readonly lon: number;
  /** `location` or `latitude`: where a later warning (outside the city) is placed. */
  readonly key: 'location' | 'latitude';
}

/** Hands the raw cell through: the location reader parses it itself to warn, not refuse. */
const rawCell: CellParser<RawCell> = (cell) => valueOf(cell ?? null);

/** Reads the location columns of one measure row; warnings go through `r.report`. */
export function readLocation(r: RowReader, table: Table): LocationDraft | null {
  const combined = r.optional('location', rawCell) ?? undefined;
  const text = cellText(combined);
  if (text !== null) {
    const p = parseLatLon(text);
    if (p) return { ...p, key: 'location' };
    r.report('measure.location-invalid', 'location', DISTRICT_MESSAGES.locationInvalid(text));
    return null;
  }
  const latCell = r.optional('latitude', rawCell) ?? undefined;
  const lonCell = r.optional('longitude', rawCell) ?? undefined;
  const lat = parseDegrees(latCell);
  const lon = parseDegrees(lonCell);
  if (lat === null && lon === null) return null;
  if (lat === undefined) {
    r.report('measure.location-invalid', 'latitude', DISTRICT_MESSAGES.locationInvalid(cellText(latCell) ?? ''));
    return null;
  }
  if (lon === undefined) {
    r.report('measure.location-invalid', 'longitude', DISTRICT_MESSAGES.locationInvalid(cellText(lonCell) ?? ''));
    return null;
  }
  if (lat === null || lon === null) {
    const [given, missing] = lat === null ? ['longitude', 'latitude'] : ['latitude', 'longitude'];
    r.report(
      'measure.location-invalid',
      given,
      DISTRICT_MESSAGES.locationHalf(columnHeader(table, given), columnHeader(table, missing)),
    );
    return null;
  }
  if (!inRange({ lat, lon })) {
    r.report(
      'measure.location-invalid',
      'latitude',
      DISTRICT_MESSAGES.locationInvalid(`${cellText(latCell)}; ${cellText(lonCell)}`),
    );
    return null;
  }
  return { lat, lon, key: 'latitude' };
}
