/**
 * Builders of `RawCell`s for the parsers' tests: only the fields a test cares about.
 */
import type { RawCell } from '../workbook/raw.ts';

/** Every field but the value, as a typed-in cell has them: no text, format, date, link or error. */
const TYPED_IN = { text: null, format: null, date: null, link: null, error: null } as const;

/** A text cell. */
export const textCell = (value: string, extra: Partial<RawCell> = {}): RawCell => ({ value, ...TYPED_IN, ...extra });

/** A number cell, optionally with Excel's text, a number format or a resolved date. */
export const numberCell = (value: number, extra: Partial<RawCell> = {}): RawCell => ({ value, ...TYPED_IN, ...extra });

/** A boolean cell. */
export const booleanCell = (value: boolean, extra: Partial<RawCell> = {}): RawCell => ({
  value,
  ...TYPED_IN,
  text: value ? 'TRUE' : 'FALSE',
  ...extra,
});

/** A cell showing an Excel error such as `#REF!`. */
export const errorCell = (error: string): RawCell => ({ value: error, ...TYPED_IN, text: error, error });
