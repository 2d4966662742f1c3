/**
 * The word list behind „Meinten Sie …?“: every word of the searchable texts and the synonym
 * groups, at least {@link MIN_SUGGESTION_LENGTH} letters, in the spelling the site uses most,
 * most frequent first. `/suche/woerter.json` publishes it; the search page loads it only when a
 * search finds little (`client/search-suggest.ts`).
 */
import type { SynonymGroup } from '../../schemas/search.ts';
import { compareGerman } from '../../common/collate.ts';

/** Shorter words are never suggested (and short typos are too ambiguous to correct). */
export const MIN_SUGGESTION_LENGTH = 4;

/** The published word list. */
export interface SearchWordList {
  /** Words in display spelling, most frequent first (ties in German alphabetical order). */
  readonly words: readonly string[];
}

/** Words in their written form (letters, digits; no bare numbers). */
function writtenWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^\p{N}+$/u.test(w));
}

/** The word list from the texts of all searchable pages and the synonym groups. */
export function searchWordList(texts: Iterable<string>, groups: readonly SynonymGroup[]): SearchWordList {
  const byKey = new Map<string, { count: number; forms: Map<string, number> }>();
  const count = (word: string): void => {
    if (word.length < MIN_SUGGESTION_LENGTH) return;
    const key = word.toLocaleLowerCase('de');
    const entry = byKey.get(key) ?? { count: 0, forms: new Map<string, number>() };
    entry.count += 1;
    entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
    byKey.set(key, entry);
  };
  for (const text of texts) for (const w of writtenWords(text)) count(w);
  for (const group of groups) for (const term of group) for (const w of writtenWords(term)) count(w);
  const entries = [...byKey.values()].map((e) => ({
    count: e.count,
    // The spelling written most often (`Klimaschutz`, not `KLIMASCHUTZ`); ties: the first seen.
    word: [...e.forms.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0],
  }));
  entries.sort((a, b) => b.count - a.count || compareGerman(a.word, b.word));
  return { words: entries.map((e) => e.word) };
}
