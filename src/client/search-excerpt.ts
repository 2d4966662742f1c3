/**
 * A result's excerpt when the search hit only the page's hidden keywords (`SearchKeywords`):
 * Pagefind would show the keyword list („… Kindergarten Kindertagesstätte Krippe …“); instead the
 * excerpt comes from the page's own text, with the words marked that contain a hit keyword
 * (`Fahrradweg` for the keyword `radweg`), or else from its beginning.
 *
 * Pagefind counts a page's words as its content split at white space (`build_excerpt` in
 * pagefind_web_js), and `locations` are indexes into that split; the keywords are the last
 * `stichwoerter` (meta) of them. Pure, so it is unit-tested.
 */

/** How many of Pagefind's words a keyword text is. */
export function keywordWordCount(text: string): number {
  return text.split(/[\r\n\s]+/g).filter(Boolean).length;
}

/** The parts of Pagefind's result data used here. */
export interface ExcerptSource {
  /** The page's indexed text, HTML-escaped (Pagefind builds its excerpts from it). */
  readonly content: string;
  /** Word indexes of the hits. */
  readonly locations: readonly number[];
  /** Pagefind's excerpt (safe HTML with `<mark>`). */
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

/** Strips what Pagefind's word splitting leaves on a word (`Radweg.` → `radweg`). */
const bare = (word: string): string =>
  word
    .toLocaleLowerCase('de')
    .replace(/<\/?mark>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The excerpt to show, as safe HTML: Pagefind's own when a hit lies in the page's text, else one of
 * `length` words from the text before the keywords.
 */
export function resultExcerpt(source: ExcerptSource, length: number): string {
  const count = Number(source.meta.stichwoerter ?? 0);
  if (!Number.isInteger(count) || count <= 0 || source.locations.length === 0) return source.excerpt;
  const all = source.content.split(/[\r\n\s]+/g).filter(Boolean);
  const textEnd = all.length - count;
  if (textEnd <= 0 || source.locations.some((l) => l < textEnd)) return source.excerpt;
  const hits = [...new Set(source.locations.map((l) => bare(all[l] ?? '')).filter((w) => w.length > 0))];
  const text = all.slice(0, textEnd);
  const marked = text.map((word) => {
    const b = bare(word);
    return b.length > 0 && hits.some((h) => b.includes(h)) ? `<mark>${word}</mark>` : word;
  });
  const first = marked.findIndex((w, i) => w !== text[i]);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  const words = marked.slice(start, start + length);
  return `${start > 0 ? '… ' : ''}${words.join(' ')}${start + length < text.length ? ' …' : ''}`;
}
