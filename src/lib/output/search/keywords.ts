/**
 * The hidden keywords of a searchable page: what the search index should find the page by
 * besides its visible text.
 *
 * - The measure's own `Schlagworte`.
 * - Plain spellings of words with special characters (`CO₂` → `co2`).
 * - Synonyms: every term of a synonym group (`synonyms.ts`) one of whose terms the page holds,
 *   also inside a compound (`Schwimmbadsanierung`, `Stadtpark`).
 * - Compound parts: Pagefind matches a query against the start of indexed words only (a
 *   `Radweg` search finds `Radwegenetz`, not `Fahrradweg`; it has no sub-word indexing, see
 *   CloudCannon/pagefind discussion 602). So every known word that sits inside a longer word of
 *   the page, not at its start, becomes a keyword: `Fahrradweg` adds `Radweg`, `Stadtpark` adds
 *   `Park`. "Known" means a word of the whole site's text or of the synonym groups (the
 *   {@link SearchVocabulary}), so no dictionary is needed and parts stay real words.
 *
 * Pure; the pages call it with texts they already have (`utils/search-keywords.ts`).
 */
import type { SynonymGroup } from '../../schemas/search.ts';
import { termKey } from './synonyms.ts';

/** Shortest word that counts as a compound part (`Park`, `Netz`; not `Rad`, `Weg`). */
export const MIN_PART_LENGTH = 4;
/** Fewest letters that may follow a compound part inside the word (a linking `s` and a part). */
const MIN_REST_LENGTH = 3;
/** Shortest word that is split into parts. */
const MIN_COMPOUND_LENGTH = 2 * MIN_PART_LENGTH;
/** A synonym term at least this long also matches at the start of a compound (`Klimaanpassung…`). */
const MIN_PREFIX_TERM_LENGTH = 5;
/** Endings a word may have beyond a synonym term (`Kitas`, `Schulen`, `Wohnungen`). */
const MAX_ENDING_LENGTH = 2;

/** The words of a text, in German lower case (letters and digits; `CO₂` stays one word). */
export function words(text: string): string[] {
  return (text.toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^\p{N}+$/u.test(w));
}

/** Every word of the site plus the synonym terms, for the compound split. */
export interface SearchVocabulary {
  /** Words in lower case. */
  readonly words: ReadonlySet<string>;
  /** The synonym groups: terms as written, their one-word terms and their phrases as compared. */
  readonly groups: readonly SynonymGroupWords[];
  /** Found parts per word, filled as words are split (the same word recurs on many pages). */
  readonly partCache: Map<string, readonly string[]>;
  /** Indexes of the groups a word holds a one-word term of, filled as pages ask. */
  readonly groupCache: Map<string, readonly number[]>;
}

/** A synonym group, split once for all pages. */
interface SynonymGroupWords {
  /** The terms as written (what a page gets as keywords). */
  readonly terms: readonly string[];
  /** The terms of one word, as compared (`termKey`, lower case). */
  readonly oneWord: readonly string[];
  /** The terms of several words, their words joined by spaces and framed by one (` rad weg `). */
  readonly phrases: readonly string[];
}

/** The vocabulary from all texts the index sees and the synonym groups that apply. */
export function searchVocabulary(texts: Iterable<string>, groups: readonly SynonymGroup[]): SearchVocabulary {
  const all = new Set<string>();
  for (const text of texts) for (const w of words(text)) all.add(w);
  for (const group of groups) for (const term of group) for (const w of words(term)) all.add(w);
  return {
    words: all,
    groups: groups.map((terms) => {
      const split = terms.map((term) => words(termKey(term)));
      return {
        terms,
        oneWord: split.filter((w) => w.length === 1).map((w) => w[0]!),
        phrases: split.filter((w) => w.length > 1).map((w) => ` ${w.join(' ')} `),
      };
    }),
    partCache: new Map(),
    groupCache: new Map(),
  };
}

/**
 * Known words inside `word` that do not start it, longest first per position, each at least
 * {@link MIN_PART_LENGTH} letters and ending the word or followed by at least three more:
 * `fahrradstraße` → `straße`; `fahrradparken` → `parken`, not `park`.
 */
export function compoundParts(word: string, vocabulary: SearchVocabulary): readonly string[] {
  const cached = vocabulary.partCache.get(word);
  if (cached) return cached;
  const parts = new Set<string>();
  if (word.length >= MIN_COMPOUND_LENGTH) {
    for (let start = 1; start <= word.length - MIN_PART_LENGTH; start++) {
      for (let end = word.length; end - start >= MIN_PART_LENGTH; end--) {
        // A part ends the word or leaves room for another (`…netz|plan`): two letters after
        // it are an ending, not a word (`fahrradpark|en` holds no `park`).
        const after = word.length - end;
        if (after > 0 && after < MIN_REST_LENGTH) continue;
        const part = word.slice(start, end);
        if (vocabulary.words.has(part)) parts.add(part);
      }
    }
  }
  const result = [...parts];
  vocabulary.partCache.set(word, result);
  return result;
}

/** Whether a page word holds a synonym term (one word): as itself, with an ending, or in a compound. */
function holdsTerm(word: string, term: string): boolean {
  if (word === term) return true;
  if (word.startsWith(term)) {
    if (word.length - term.length <= MAX_ENDING_LENGTH) return true;
    if (term.length >= MIN_PREFIX_TERM_LENGTH) return true;
  }
  // The end of a German compound names what it is: a `Stadtpark` is a park.
  return term.length >= MIN_PART_LENGTH && word.endsWith(term);
}

/** A page's keywords by weight. */
export interface PageKeywords {
  /** From the title and the own `Schlagworte`: indexed with the weight of a heading. */
  readonly strong: readonly string[];
  /** From the rest of the page's text. */
  readonly other: readonly string[];
}

/**
 * The keywords of a page in two weights: those the title or the own `Schlagworte` bring
 * (`Neubau Kita Am Kuhberg` → `Kindergarten`) rank the page like a word of its title; those from
 * descriptions and reports like a word of its text. Each keyword once.
 */
export function weightedPageKeywords(
  title: string,
  texts: readonly string[],
  ownKeywords: readonly string[],
  vocabulary: SearchVocabulary,
): PageKeywords {
  const own = words(ownKeywords.join(' '));
  const titleWords = words(title);
  const strong = keywordsOfWords([titleWords], own, ownKeywords, vocabulary);
  const keys = new Set(strong.map(termKey));
  const all = [titleWords, ...texts.map(words)];
  const other = keywordsOfWords(all, own, ownKeywords, vocabulary).filter((k) => !keys.has(termKey(k)));
  return { strong, other };
}

/** The groups with a one-word term that `word` holds (cached per word). */
function groupsOfWord(word: string, vocabulary: SearchVocabulary): readonly number[] {
  const cached = vocabulary.groupCache.get(word);
  if (cached) return cached;
  const found: number[] = [];
  vocabulary.groups.forEach((group, i) => {
    if (group.oneWord.some((term) => holdsTerm(word, term))) found.push(i);
  });
  vocabulary.groupCache.set(word, found);
  return found;
}

/**
 * The keywords of one page from its texts (title, descriptions, reports …) and its own
 * `Schlagworte`: the own keywords first, then synonyms, then compound parts; each once, and none
 * that the page's text already holds as a word. Returns display forms (synonyms as written in
 * their group, parts in lower case, which the index does not distinguish).
 */
export function pageKeywords(
  texts: readonly string[],
  ownKeywords: readonly string[],
  vocabulary: SearchVocabulary,
): string[] {
  return keywordsOfWords(texts.map(words), words(ownKeywords.join(' ')), ownKeywords, vocabulary);
}

/** {@link pageKeywords} for texts already split into words (each text split once per page). */
function keywordsOfWords(
  textWordLists: readonly (readonly string[])[],
  ownWords: readonly string[],
  ownKeywords: readonly string[],
  vocabulary: SearchVocabulary,
): string[] {
  const textWords = new Set(textWordLists.flat());
  const allWords = new Set([...textWords, ...ownWords]);
  const joined = ` ${[...textWordLists, ownWords].map((list) => list.join(' ')).join(' ')} `;
  const out = new Map<string, string>();
  const add = (term: string): void => {
    const key = termKey(term);
    const termWords = words(term);
    if (out.has(key) || (termWords.length === 1 && textWords.has(termWords[0]!))) return;
    out.set(key, term);
  };
  for (const k of ownKeywords) add(k);
  // Spellings typed without special characters: `CO₂` is found as `CO2`, `m²` as `m2`.
  for (const w of allWords) {
    const plain = w.normalize('NFKC');
    if (plain !== w) add(plain);
  }
  const matched = new Set<number>();
  for (const w of allWords) for (const i of groupsOfWord(w, vocabulary)) matched.add(i);
  vocabulary.groups.forEach((group, i) => {
    if (!matched.has(i) && group.phrases.some((phrase) => joined.includes(phrase))) matched.add(i);
  });
  vocabulary.groups.forEach((group, i) => {
    if (matched.has(i)) for (const term of group.terms) add(term);
  });
  for (const w of allWords) for (const part of compoundParts(w, vocabulary)) add(part);
  return [...out.values()];
}
