/**
 * What a cell parser returns. Parsers know nothing of files, sheets or rows: the caller adds the
 * place when it turns a failure into a diagnostic.
 */
import type { DiagnosticCode } from '../../diagnostics.ts';

/** A failed parse: which kind of problem, and a German sentence naming what was found and expected. */
export interface CellProblem {
  readonly ok: false;
  readonly code: Extract<
    DiagnosticCode,
    | 'value.invalid'
    | 'value.out-of-range'
    | 'value.invalid-link'
    | 'value.formula-error'
    | 'value.excel-date'
    | 'key.invisible-character'
    | 'key.lookalike-character'
    | 'key.too-long'
    | 'key.number-imprecise'
  >;
  readonly message: string;
}

/**
 * Something the office should look at although the value was read (a percent that may have
 * meant a fraction, a product number stored as a number). The value is used as read.
 */
export interface CellWarning {
  readonly code: Extract<
    DiagnosticCode,
    'value.leading-zero-lost' | 'value.percent-fraction' | 'key.decimal-number' | 'value.approximate-money'
  >;
  readonly message: string;
}

/** A successful parse. `value` is `null` when the cell is empty (or only white space). */
export interface CellValue<T> {
  readonly ok: true;
  readonly value: T | null;
  /** Warnings about the value; absent when there are none. */
  readonly warnings?: readonly CellWarning[];
}

export type CellResult<T> = CellValue<T> | CellProblem;

/** A parser for one kind of value. `undefined` means the cell does not exist. */
export type CellParser<T> = (cell: import('../workbook/raw.ts').RawCell | undefined) => CellResult<T>;

/** Shorthand for a successful result, with warnings if any are given. */
export const valueOf = <T>(value: T | null, warnings: readonly CellWarning[] = []): CellValue<T> =>
  warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };

/** Shorthand for a failed result. */
export const problem = (code: CellProblem['code'], message: string): CellProblem => ({
  ok: false,
  code,
  message,
});

const OWN_EMPTY_MEANING = new WeakSet<CellParser<unknown>>();

/**
 * Marks a parser whose own values include a text that elsewhere means "no value" (`-` is
 * `sinken` in `Zielrichtung`): the row reader then leaves such texts to it.
 */
export function ownsEmptyMeaning<T>(parser: CellParser<T>): CellParser<T> {
  OWN_EMPTY_MEANING.add(parser as CellParser<unknown>);
  return parser;
}

/** Whether {@link ownsEmptyMeaning} marked this parser. */
export const readsEmptyMeaning = (parser: CellParser<unknown>): boolean => OWN_EMPTY_MEANING.has(parser);
