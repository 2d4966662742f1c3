/**
 * The key and reference columns of each sheet kind: the columns whose cells must hold exactly
 * what the office typed. The template formats them as Text (`@`), so that Excel and LibreOffice
 * keep a typed `1.1` or `054101` as it is; the reader refuses what Excel made of them elsewhere
 * (see `../cells/key.ts`).
 */
import type { SheetKind } from './sheet-kinds.ts';

/**
 * Column keys (as in `sheet-kinds.ts`) per sheet kind. A kind without keys may be left out.
 * Keyed by string, not `SheetKind`, so the indicator sheets can be listed before their kinds exist.
 */
export const KEY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  measures: ['id', 'goals', 'leadDepartment', 'participatingDepartments', 'product', 'paper', 'sdgs'],
  reports: ['measureId'],
  goals: ['id', 'parent', 'sdgs'],
  departments: ['id'],
  indicators: ['id', 'goals', 'sdgs', 'department'],
  indicatorValues: ['indicatorId'],
};

/** Whether a column of a sheet kind is a key or reference column. */
export function isKeyColumn(kind: SheetKind, key: string): boolean {
  return KEY_COLUMNS[kind]?.includes(key) ?? false;
}
