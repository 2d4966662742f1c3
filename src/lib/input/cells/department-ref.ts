/**
 * One item of a department list as the office writes it. Matching against the real list of
 * departments happens in the model builder; this only separates number and name.
 */
import { toSingleLine } from './text.ts';

/** What one written department reference holds. */
export interface DepartmentRef {
  /** The number as text (`61`, `13.1`, `40a`), without `FD`/`Fachdienst`; `null` if none. */
  readonly number: string | null;
  /** The name as written (`Stadtplanung und -entwicklung`); `null` if none. */
  readonly name: string | null;
}

/**
 * An optional `FD`/`Fachdienst` prefix, a number (digits, optionally with `.` or `/` parts
 * and one trailing letter), then optionally a separator and a name starting with a letter.
 */
const REF = /^(?:(?:fd|fachdienst)\.?\s*)?(\d+(?:[./]\d+)*[a-z]?)(?:(?:\s*[-–—:]\s*|\s+)(\p{L}.*))?$/iu;

/**
 * Splits one written reference: `61`, `FD 61`, `FD61`, `Fachdienst 61` → number `61`;
 * `61 Stadtplanung und -entwicklung` or `61 - Stadtplanung` → number and name;
 * `Stadtplanung und -entwicklung` → name only; `13.1` and `FD 40a` are numbers too.
 */
export function parseDepartmentRef(text: string): DepartmentRef {
  const s = toSingleLine(text);
  if (s === '') return { number: null, name: null };
  const m = REF.exec(s);
  if (!m) return { number: null, name: s };
  return { number: m[1]!, name: m[2]?.trim() || null };
}
