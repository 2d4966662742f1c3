/**
 * Builders of `RawCell`s for the parsers' tests: only the fields a test cares about.
 */
import type { RawCell } from '../workbook/raw.ts';

/** A text cell. */
export const textCell = (value: string, extra: Partial<RawCell> = {}): RawCell => ({
  value,
  text: null,
  format: null,
  date: null,
  link: null,
  error: null,
  ...extra,
});

/** A number cell, optionally with Excel's text, a number format or a resolved date. */
export const numberCell = (value: number, extra: Partial<RawCell> = {}): RawCell => ({
  value,
  text: null,
  format: null,
  date: null,
  link: null,
  error: null,
  ...extra,
});

/** A boolean cell. */
export const booleanCell = (value: boolean, extra: Partial<RawCell> = {}): RawCell => ({
  value,
  text: value ? 'TRUE' : 'FALSE',
  format: null,
  date: null,
  link: null,
  error: null,
  ...extra,
});

/** A cell showing an Excel error such as `#REF!`. */
export const errorCell = (error: string): RawCell => ({
  value: error,
  text: error,
  format: null,
  date: null,
  link: null,
  error,
});
