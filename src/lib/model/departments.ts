/**
 * Resolving department references as the office writes them: `61`, `FD 61`, `Fachdienst 61`,
 * `61 Stadtplanung und -entwicklung`, or the name alone. A number stored as a number and as text is
 * the same number. A reference is taken only when it is certain: number and name that name two
 * departments, or a list of which only a part resolves, are reported and not guessed.
 */
import type { DiagnosticCode } from '../diagnostics.ts';
import { parseDepartmentRef } from '../input/cells/department-ref.ts';
import { normaliseForMatch } from '../common/normalise.ts';
import { closestMatches } from '../common/closest.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';
import type { DepartmentDraft } from './drafts.ts';

/** A problem with a department reference, to be reported at its cell. */
export interface DepartmentIssue {
  readonly code: Extract<
    DiagnosticCode,
    'ref.unknown-department' | 'ref.department-mismatch' | 'ref.department-name-unmatched' | 'ref.several-departments'
  >;
  readonly message: string;
}

/** Looks up departments by number or name. */
export interface DepartmentResolver {
  /**
   * The department one reference names, or `null` when it names none for certain (unknown, or
   * number and name of two different departments). Use {@link DepartmentResolver.resolveOne}
   * where the reason must be reported.
   */
  resolve(text: string): string | null;
  /**
   * One reference (the lead `Fachdienst`): its department and the problems to report. `id` is
   * `null` on an error; a warning (`ref.department-name-unmatched`) comes with the id used.
   */
  resolveOne(text: string): { readonly id: string | null; readonly issues: readonly DepartmentIssue[] };
  /**
   * A list of references (`Beteiligte Fachdienste`), read whole or refused: parts between `;` or
   * line breaks are tried whole first (names contain `,` and `und`), then split at `,`, ` und `,
   * ` / `, ` & ` (and `/` or `&` between two numbers) into pieces that must all resolve. A part
   * of which any piece does not resolve contributes nothing and is reported.
   */
  resolveList(text: string): { ids: string[]; unknown: string[]; issues: DepartmentIssue[] };
  /** Every valid way to write a reference, for "did you mean" suggestions. */
  readonly candidates: readonly string[];
}

/** Normalises a department number so that `061`, `61` and `61.0` compare equal. */
export function normaliseDepartmentNumber(n: string): string {
  const trimmed = n.trim().toLowerCase();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed.replace(/\s+/g, '');
}

/** How one written reference matches. */
type Match =
  | { readonly kind: 'exact'; readonly id: string }
  | { readonly kind: 'mismatch'; readonly id: string; readonly other: string }
  | { readonly kind: 'name-unmatched'; readonly id: string }
  | { readonly kind: 'unknown' };

/**
 * Where a list part may be split: a comma, ` und `, ` / `, ` & ` between spaces (not next to a
 * hyphen: `Stadtplanung und -entwicklung`), or `/`, `&`, `+` between two numbers (`61/66`).
 */
const SOFT_SEPARATOR =
  /(\s*,\s*|(?<![-\u2010\u2011])\s+(?:und|\/|&)\s+(?![\s\-\u2010\u2011])|(?<=\d)\s*[/&+]\s*(?=\d))/iu;

/** More pieces than this in one part are not segmented (a cell is not a list of 40 departments). */
const MAX_PIECES = 40;

/** Builds a resolver over the (unique) departments. */
export function departmentResolver(departments: readonly DepartmentDraft[]): DepartmentResolver {
  const byNumber = new Map<string, DepartmentDraft>();
  const byName = new Map<string, DepartmentDraft>();
  for (const d of departments) {
    byNumber.set(normaliseDepartmentNumber(d.id), d);
    byName.set(normaliseForMatch(d.name), d);
  }
  const label = (d: DepartmentDraft) => `${d.id} ${d.name}`;
  const candidates = departments.map(label);

  /** The department a written name means: the same name, or the one whose name starts with it. */
  const byWrittenName = (name: string): DepartmentDraft | null => {
    const written = normaliseForMatch(name);
    const exact = byName.get(written);
    if (exact) return exact;
    if (written.length < 3) return null;
    const starting = departments.filter((d) => normaliseForMatch(d.name).startsWith(written));
    return starting.length === 1 ? starting[0]! : null;
  };

  const match = (text: string): Match => {
    const ref = parseDepartmentRef(text);
    if (ref.number !== null) {
      const d = byNumber.get(normaliseDepartmentNumber(ref.number));
      if (d !== undefined) {
        if (ref.name === null) return { kind: 'exact', id: d.id };
        const written = normaliseForMatch(ref.name);
        const own = normaliseForMatch(d.name);
        // The name as written, or shortened (`61 Stadtplanung`); never more than the name, since
        // what follows it may be a second department (`61 Stadtplanung und -entwicklung und 66`).
        if (own.startsWith(written)) return { kind: 'exact', id: d.id };
        const other = byWrittenName(ref.name);
        if (other && other !== d) return { kind: 'mismatch', id: d.id, other: other.id };
        return { kind: 'name-unmatched', id: d.id };
      }
    }
    const named = byName.get(normaliseForMatch(ref.name ?? text)) ?? byName.get(normaliseForMatch(text));
    return named ? { kind: 'exact', id: named.id } : { kind: 'unknown' };
  };

  const nameOf = (id: string) => label(byNumber.get(normaliseDepartmentNumber(id))!);
  const issueOf = (text: string, m: Exclude<Match, { kind: 'exact' }>): DepartmentIssue => {
    if (m.kind === 'mismatch') {
      return {
        code: 'ref.department-mismatch',
        message: MODEL_MESSAGES.departmentMismatch(text, nameOf(m.id), nameOf(m.other)),
      };
    }
    if (m.kind === 'name-unmatched') {
      return {
        code: 'ref.department-name-unmatched',
        message: MODEL_MESSAGES.departmentNameUnmatched(text, nameOf(m.id)),
      };
    }
    return {
      code: 'ref.unknown-department',
      message: MODEL_MESSAGES.unknownDepartment(text, closestMatches(text, candidates, 3)),
    };
  };

  /**
   * Splits a part into pieces that each resolve exactly, with as few pieces as possible;
   * `null` if there is no such split. Names may contain separators, so pieces are runs of tokens.
   */
  const segment = (part: string): string[] | null => {
    const split = part.split(SOFT_SEPARATOR);
    const tokens = split.filter((_, i) => i % 2 === 0);
    if (tokens.length < 2 || tokens.length > MAX_PIECES) return null;
    const text = (i: number, j: number) =>
      split
        .slice(2 * i, 2 * j + 1)
        .join('')
        .trim();
    // best[j]: fewest pieces covering tokens 0..j-1, with the ids; filled left to right.
    const best: ({ ids: string[] } | null)[] = [{ ids: [] }];
    for (let j = 1; j <= tokens.length; j++) {
      best[j] = null;
      for (let i = 0; i < j; i++) {
        const before = best[i];
        if (!before) continue;
        const piece = text(i, j - 1);
        const m = piece === '' ? null : match(piece);
        if (m?.kind !== 'exact') continue;
        if (best[j] === null || before.ids.length + 1 < best[j]!.ids.length) best[j] = { ids: [...before.ids, m.id] };
      }
    }
    return best[tokens.length]?.ids ?? null;
  };

  const resolveOne = (text: string): { id: string | null; issues: DepartmentIssue[] } => {
    const m = match(text);
    if (m.kind === 'exact') return { id: m.id, issues: [] };
    const several = segment(text.trim());
    if (several && new Set(several).size > 1) {
      return {
        id: null,
        issues: [
          {
            code: 'ref.several-departments',
            message: MODEL_MESSAGES.severalDepartments(text, [...new Set(several)].map(nameOf)),
          },
        ],
      };
    }
    if (several) return { id: several[0]!, issues: [] };
    return { id: m.kind === 'name-unmatched' ? m.id : null, issues: [issueOf(text, m)] };
  };

  const resolveList = (text: string): { ids: string[]; unknown: string[]; issues: DepartmentIssue[] } => {
    const ids: string[] = [];
    const unknown: string[] = [];
    const issues: DepartmentIssue[] = [];
    const add = (id: string) => {
      if (!ids.includes(id)) ids.push(id);
    };
    for (const part of text
      .split(/[;\n\r\u2028\u2029]+/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const whole = match(part);
      if (whole.kind === 'exact') {
        add(whole.id);
        continue;
      }
      const pieces = segment(part);
      if (pieces) {
        pieces.forEach(add);
        continue;
      }
      const tokens = part
        .split(SOFT_SEPARATOR)
        .filter((_, i) => i % 2 === 0)
        .map((t) => t.trim())
        .filter(Boolean);
      if (tokens.length < 2) {
        // One reference: a name that matches nothing next to a known number is only a warning.
        const issue = issueOf(part, whole);
        issues.push(issue);
        if (whole.kind === 'name-unmatched') add(whole.id);
        else unknown.push(part);
        continue;
      }
      // Several pieces, not all of them departments: the part is refused whole.
      const bad = tokens.filter((t) => match(t).kind !== 'exact');
      const mismatches = bad.map((t) => [t, match(t)] as const).filter(([, m]) => m.kind === 'mismatch');
      for (const [t, m] of mismatches) issues.push(issueOf(t, m as Exclude<Match, { kind: 'exact' }>));
      if (mismatches.length < bad.length || bad.length === 0) {
        const notFound = bad.filter((t) => !mismatches.some(([m]) => m === t));
        issues.push({
          code: 'ref.unknown-department',
          message: MODEL_MESSAGES.departmentListUnresolved(
            part,
            notFound.length > 0 ? notFound : [part],
            closestMatches(notFound[0] ?? part, candidates, 3),
          ),
        });
      }
      unknown.push(part);
    }
    return { ids, unknown, issues };
  };

  const resolve = (text: string): string | null => {
    const { id, issues } = resolveOne(text);
    return issues.some((i) => i.code !== 'ref.department-name-unmatched') ? null : id;
  };
  return { resolve, resolveOne, resolveList, candidates };
}
