/**
 * The shortcut for cells that are plain text: most status reports and descriptions are
 * sentences without a single Markdown character, and for them the full unified pipeline (costly
 * per cell, mostly in setting up the parser) only wraps paragraphs and turns
 * line breaks into `<br>`. This module does exactly that directly, and declines every text in
 * which Markdown could mean anything.
 *
 * `plain.test.ts` compares its output with the full pipeline's on hand-picked and random texts.
 */
import type { RichText } from '../../schemas/measure.ts';

/**
 * Letters, digits, spaces, line breaks and punctuation that (GFM) Markdown gives no meaning in
 * running text. Deliberately absent: `* _ ~ \` [ ] < > & \ # | = @ { } ^ $` and tabs.
 */
const PLAIN = /^[\p{L}\p{M}\p{N} \n.,;:?!"'’‘“”„‚«»‹›()/%€§°–—…+-]*$/u;

/**
 * Where the allowed characters still mean something: at a line start, a space (indented code,
 * list continuation), `-`/`+` (lists, rules, setext headings) or a number followed by `.` or `)`
 * (ordered lists); anywhere, an address GFM would turn into a link.
 */
const MEANINGFUL = /(?:^|\n)(?:[ +-]|[0-9]+[.)])|www\.|:\/\//iu;

/**
 * The rendering of `source` (already normalised by `normaliseText`) when it is plain text,
 * identical to the full pipeline's; `null` when the text needs the full pipeline.
 */
export function renderPlainText(source: string): RichText | null {
  if (!PLAIN.test(source) || MEANINGFUL.test(source)) return null;
  // `normaliseText` leaves no trailing spaces, single spaces within lines and at most one
  // empty line in a row, so an empty line is exactly `\n\n`.
  const paragraphs = source === '' ? [] : source.split('\n\n');
  return {
    markdown: source,
    html: paragraphs.map((p) => `<p>${p.split('\n').join('<br>\n')}</p>`).join('\n'),
    text: paragraphs.join('\n'),
  };
}
