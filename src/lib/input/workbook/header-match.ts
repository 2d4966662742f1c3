/**
 * Tolerant matching of column headers and sheet names against the input contract.
 *
 * Real exports differ in case, white space, line breaks inside a header cell, a trailing `.` or
 * `:` and the spelling of umlauts. Every spelling is reduced to one match key, and each spec's
 * keys are precomputed once into a map, so matching a cell is one normalisation plus one lookup.
 */
import { normaliseForMatch } from '../../common/normalise.ts';
import type { ColumnSpec, SheetSpec } from './sheet-kinds.ts';

// Headers are short; longer texts are cell content, and skipping them keeps header search cheap.
const MAX_HEADER_LENGTH = 120;

/**
 * Reduces a header or sheet name to its match key (see `normaliseForMatch`): the same rules as
 * for every other tolerant match, so a header and a reference to it never disagree.
 */
export const normaliseHeader: (text: string) => string = normaliseForMatch;

const columnIndexes = new WeakMap<SheetSpec, ReadonlyMap<string, ColumnSpec>>();

/**
 * The match keys of a sheet kind's columns. Canonical headers are entered before aliases and the
 * first entry wins, so an alias added in the settings can never take over another column's own
 * header.
 */
export function columnIndex(spec: SheetSpec): ReadonlyMap<string, ColumnSpec> {
  let index = columnIndexes.get(spec);
  if (index) return index;
  const map = new Map<string, ColumnSpec>();
  for (const column of spec.columns) {
    const key = normaliseHeader(column.header);
    if (!map.has(key)) map.set(key, column);
  }
  for (const column of spec.columns) {
    for (const alias of column.aliases) {
      const key = normaliseHeader(alias);
      if (key && !map.has(key)) map.set(key, column);
    }
  }
  index = map;
  columnIndexes.set(spec, index);
  return index;
}

// What can make a normalised text shorter than the raw one: white space other than single plain
// spaces (collapsed), zero-width spaces, and combining marks (composed by NFC).
const SHRINKS = /[^\S ]|\s\s|[\u200b\u0300-\u036f]/;
// Trimming a single space at each end and one trailing `.` or `:` shortens by at most 3.
const TRIM_MARGIN = 3;

/**
 * The match key of a cell's text if it could be a header, else `null` (empty or too long).
 * `maxKeyLength` (see {@link longestKey}) lets long cell texts be refused without normalising
 * them: a text longer than every known key by more than trimming can remove, with nothing in it
 * that normalisation would shorten, cannot match.
 */
export function headerKey(text: string, maxKeyLength = MAX_HEADER_LENGTH): string | null {
  if (text.length > MAX_HEADER_LENGTH) return null;
  if (text.length > maxKeyLength + TRIM_MARGIN && !SHRINKS.test(text)) return null;
  const key = normaliseHeader(text);
  return key === '' ? null : key;
}

/** The length of the longest match key of any column of these specs. */
export function longestKey(specs: readonly SheetSpec[]): number {
  let longest = 0;
  for (const spec of specs) for (const key of columnIndex(spec).keys()) longest = Math.max(longest, key.length);
  return longest;
}

/** The column of `spec` that a header text names, or `null`. */
export function matchColumn(spec: SheetSpec, headerText: string): ColumnSpec | null {
  const key = headerKey(headerText);
  return key === null ? null : (columnIndex(spec).get(key) ?? null);
}

const nameIndexes = new WeakMap<readonly SheetSpec[], ReadonlyMap<string, SheetSpec>>();

/** The sheet kind a sheet name stands for (canonical names win over aliases), or `null`. */
export function matchSheetName(specs: readonly SheetSpec[], name: string): SheetSpec | null {
  let index = nameIndexes.get(specs);
  if (!index) {
    const map = new Map<string, SheetSpec>();
    for (const spec of specs) {
      const key = normaliseHeader(spec.name);
      if (!map.has(key)) map.set(key, spec);
    }
    for (const spec of specs) {
      for (const alias of spec.nameAliases) {
        const key = normaliseHeader(alias);
        if (key && !map.has(key)) map.set(key, spec);
      }
    }
    index = map;
    nameIndexes.set(specs, index);
  }
  return index.get(normaliseHeader(name)) ?? null;
}
