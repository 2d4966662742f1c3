/**
 * Suggestions for a value that matches nothing: "Meinten Sie …?". Used for status values and,
 * by the model builder, for unknown references (goal IDs, departments).
 */
import { normaliseForMatch } from './normalise.ts';

/**
 * Edit distance between two strings (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1), so the common typo
 * `Umsetzugn` is one step from `Umsetzung`.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  // Three rolling rows are enough for the swap rule, which looks two rows back.
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/**
 * Up to `max` candidates close to `input`, closest first (ties keep the candidates' order).
 * Both sides are compared in their {@link normaliseForMatch} form, so case, umlaut spelling and
 * white space cost nothing. A candidate counts as close when at most about 40 % of the longer
 * string has to change (at least one edit is always allowed), or when one contains the other
 * (`Vorbereitung` → `in Vorbereitung`). Returns the candidates as given, without duplicates;
 * an empty list when nothing is close.
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = normaliseForMatch(input);
  if (needle === '' || max <= 0) return [];
  const scored: { candidate: string; distance: number; order: number }[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, order) => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    const hay = normaliseForMatch(candidate);
    if (hay === '') return;
    const distance = editDistance(needle, hay);
    const limit = Math.max(1, Math.floor(Math.max(needle.length, hay.length) * 0.4));
    const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    if (distance <= limit || contains) scored.push({ candidate, distance, order });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, max).map((s) => s.candidate);
}
