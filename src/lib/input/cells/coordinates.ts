/**
 * Point locations of measures: `Lage`/`Koordinaten` as one cell (`53.07, 9.98`: latitude first,
 * as map services copy it) or `Breite` and `Länge` as two. A value that cannot be read is not an
 * error: the measure is published without a point, and the caller warns at the cell.
 */
import type { RawCell } from '../workbook/raw.ts';

/** A position in WGS 84. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** A decimal in either notation: `53.0712` or `53,0712`. */
const DECIMAL = String.raw`[-+−]?\d{1,3}(?:[.,]\d+)?`;
/** Two decimals separated by a comma, semicolon, slash or white space (`53,07, 9,98` too). */
const PAIR = new RegExp(String.raw`^(${DECIMAL})\s*(?:[,;/]\s*|\s+)(${DECIMAL})$`);

const toNumber = (s: string): number => Number(s.replace('−', '-').replace(',', '.'));

/** Whether a position lies in the value range of WGS 84. */
export function inRange(p: LatLon): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
}

/** The text of a cell, trimmed; `null` for an empty or missing cell. */
export function cellText(cell: RawCell | undefined): string | null {
  if (!cell) return null;
  const text = (typeof cell.value === 'string' ? cell.value : (cell.text ?? String(cell.value)))
    .replace(/\u00a0/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/**
 * Reads `53.07, 9.98` (latitude, longitude). `undefined` for text that is no pair or lies outside
 * WGS 84; `null` for an empty cell.
 */
export function parseLatLon(text: string | null): LatLon | null | undefined {
  if (text === null) return null;
  const match = PAIR.exec(text.replace(/°/g, '').trim());
  if (!match) return undefined;
  const p = { lat: toNumber(match[1]!), lon: toNumber(match[2]!) };
  return inRange(p) ? p : undefined;
}

/** Reads one coordinate: a number cell, or text `53,07` / `53.07`. `undefined` when unreadable. */
export function parseDegrees(cell: RawCell | undefined): number | null | undefined {
  if (cell && typeof cell.value === 'number') return cell.value;
  const text = cellText(cell);
  if (text === null) return null;
  const stripped = text.replace(/°/g, '').trim();
  if (!new RegExp(`^${DECIMAL}$`).test(stripped)) return undefined;
  return toNumber(stripped);
}
