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
 * The excerpt to show, as safe HTML, for a page with hidden keywords: always from the page's own
 * text, never running into the keyword list. Marked are the words Pagefind hit in the text and
 * those containing a word it hit among the keywords (`Fahrradweg` for the keyword `radweg`); the
 * window of `length` words holds as many marks as it can, starting a little before the first.
 * Pages without keywords keep Pagefind's excerpt.
 */
export function resultExcerpt(source: ExcerptSource, length: number): string {
  const count = Number(source.meta.stichwoerter ?? 0);
  if (!Number.isInteger(count) || count <= 0 || source.locations.length === 0) return source.excerpt;
  const all = source.content.split(/[\r\n\s]+/g).filter(Boolean);
  const textEnd = all.length - count;
  if (textEnd <= 0) return source.excerpt;
  const textHits = new Set(source.locations.filter((l) => l < textEnd));
  const keywordHits = [
    ...new Set(
      source.locations
        .filter((l) => l >= textEnd)
        .map((l) => bare(all[l] ?? ''))
        .filter((w) => w.length > 0),
    ),
  ];
  const text = all.slice(0, textEnd);
  const isMarked = text.map((word, i) => {
    if (textHits.has(i)) return true;
    const b = bare(word);
    return b.length > 0 && keywordHits.some((h) => b.includes(h));
  });
  const start = windowStart(isMarked, length);
  const words = text
    .slice(start, start + length)
    .map((word, i) => (isMarked[start + i] ? `<mark>${word.replace(/<\/?mark>/g, '')}</mark>` : word));
  return `${start > 0 ? '… ' : ''}${words.join(' ')}${start + length < text.length ? ' …' : ''}`;
}

/**
 * Where a window of `length` words starts: around the stretch with the most marked words (the
 * first such), a third of the window before its first mark; at the beginning without marks.
 */
function windowStart(isMarked: readonly boolean[], length: number): number {
  const marks = isMarked.flatMap((m, i) => (m ? [i] : []));
  if (marks.length === 0) return 0;
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < marks.length; i++) {
    while (j < marks.length && marks[j]! < marks[i]! + length) j++;
    if (j - i > bestCount) [best, bestCount] = [marks[i]!, j - i];
  }
  return Math.max(0, Math.min(best - Math.floor(length / 3), isMarked.length - length));
}
