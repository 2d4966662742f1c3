/**
 * „Meinten Sie …?“ on the search page: for a search that finds little, the closest words of the
 * site's word list (`/suche/woerter.json`, `lib/output/search/word-list.ts`), by the edit distance
 * of `lib/common/closest.ts` (a swap of two letters is one step, so `Klimaschuz` and
 * `Klimashcutz` are both one step from `Klimaschutz`). Pure, so it is unit-tested; the page loads
 * the list only when it needs it.
 */
import { editDistance } from '../lib/common/closest.ts';

/** Words of the query at least this long are checked; shorter ones are left as typed. */
const MIN_TERM_LENGTH = 4;

/** Edits allowed for a word of this length: one up to seven letters, two from eight. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

const lower = (s: string): string => s.toLocaleLowerCase('de');

/**
 * Corrected queries for `query`, best first (at most `max`): each word that no listed word starts
 * with is replaced by its closest listed word (fewest edits, then the more frequent, i.e. earlier
 * in the list); each alternative replaces it by the next closest. Empty when every word is known
 * or nothing is close enough.
 */
export function suggestQueries(query: string, words: readonly string[], max = 3): string[] {
  const terms = query.trim().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const keys = words.map(lower);
  const options = terms.map((term) => {
    const needle = lower(term);
    if (needle.length < MIN_TERM_LENGTH || keys.some((k) => k.startsWith(needle))) return [term];
    const limit = allowedEdits(needle.length);
    const scored: { word: string; distance: number; order: number }[] = [];
    keys.forEach((key, order) => {
      if (Math.abs(key.length - needle.length) > limit) return;
      const distance = editDistance(needle, key);
      if (distance <= limit) scored.push({ word: words[order]!, distance, order });
    });
    scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
    return scored.map((s) => s.word);
  });
  if (options.every((o, i) => o.length === 1 && o[0] === terms[i])) return [];
  if (options.some((o) => o.length === 0)) {
    // A word nothing is close to: still correct the others.
    for (const [i, o] of options.entries()) if (o.length === 0) options[i] = [terms[i]!];
    if (options.every((o, i) => o[0] === terms[i])) return [];
  }
  const out: string[] = [];
  const depth = Math.max(...options.map((o) => o.length));
  for (let k = 0; k < depth && out.length < max; k++) {
    const query = options.map((o) => o[Math.min(k, o.length - 1)]!).join(' ');
    if (!out.includes(query)) out.push(query);
  }
  return out;
}
