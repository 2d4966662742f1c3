/**
 * Resolving department references as the office writes them: `61`, `FD 61`, `Fachdienst 61`,
 * `61 Stadtplanung und -entwicklung`, or the name alone. A number stored as a number and as text is
 * the same number.
 */
import { parseDepartmentRef } from '../input/cells/department-ref.ts';
import { splitList } from '../input/cells/list.ts';
import { normaliseForMatch } from '../common/normalise.ts';
import type { DepartmentDraft } from './drafts.ts';

/** Looks up departments by number or name. */
export interface DepartmentResolver {
  /** The department id one reference names, or `null`. */
  resolve(text: string): string | null;
  /**
   * Splits a list of references and resolves each. Names may contain commas, so a part between
   * `;` or line breaks is first tried whole and only split at commas when that fails.
   */
  resolveList(text: string): { ids: string[]; unknown: string[] };
  /** Every valid way to write a reference, for "did you mean" suggestions. */
  readonly candidates: readonly string[];
}

/** Normalises a department number so that `061`, `61` and `61.0` compare equal. */
export function normaliseDepartmentNumber(n: string): string {
  const trimmed = n.trim().toLowerCase();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed.replace(/\s+/g, '');
}

/** Builds a resolver over the (unique) departments. */
export function departmentResolver(departments: readonly DepartmentDraft[]): DepartmentResolver {
  const byNumber = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const d of departments) {
    byNumber.set(normaliseDepartmentNumber(d.id), d.id);
    byName.set(normaliseForMatch(d.name), d.id);
  }
  const resolve = (text: string): string | null => {
    const ref = parseDepartmentRef(text);
    if (ref.number !== null) {
      const id = byNumber.get(normaliseDepartmentNumber(ref.number));
      if (id !== undefined) return id;
    }
    return byName.get(normaliseForMatch(ref.name ?? text)) ?? null;
  };
  const resolveList = (text: string): { ids: string[]; unknown: string[] } => {
    const ids: string[] = [];
    const unknown: string[] = [];
    const add = (id: string) => {
      if (!ids.includes(id)) ids.push(id);
    };
    for (const part of text.split(/[;\n]+/).map((p) => p.trim()).filter(Boolean)) {
      const whole = resolve(part);
      if (whole !== null) {
        add(whole);
        continue;
      }
      for (const piece of splitList(part)) {
        const id = resolve(piece);
        if (id === null) unknown.push(piece);
        else add(id);
      }
    }
    return { ids, unknown };
  };
  const candidates = departments.map((d) => `${d.id} ${d.name}`);
  return { resolve, resolveList, candidates };
}
