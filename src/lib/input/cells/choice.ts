/**
 * Cells that hold one of a fixed set of words (status, kind of measure): matched tolerantly,
 * with a "Meinten Sie …?" suggestion when nothing matches.
 */
import type { CellParser } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { normaliseForMatch } from '../../common/normalise.ts';
import { closestMatches } from '../../common/closest.ts';

/** How a choice parser knows its values. */
export interface ChoiceOptions<T extends string> {
  /** The values in their natural order, each with the label the office reads. */
  readonly labels: Readonly<Record<T, string>>;
  /** Further accepted spellings, each naming its value (labels replaced by settings, aliases). */
  readonly aliases: readonly (readonly [spelling: string, value: T])[];
  /** The German message for an unknown word: what was found, the valid labels, the closest. */
  readonly message: (found: string, allowed: readonly string[], suggestion: string | null) => string;
}

/**
 * The form words are compared in: {@link normaliseForMatch}, then without spaces and hyphens,
 * so `In-Umsetzung`, `in  umsetzung` and `inUmsetzung` are one word.
 */
export const choiceKey = (s: string): string => normaliseForMatch(s).replace(/[\s\-‐–]/g, '');

/** Short words that carry no meaning of their own in the labels (`Maßnahme der Verwaltung`). */
const FILLER_WORDS = new Set(['der', 'die', 'das', 'des', 'den', 'in', 'im', 'und', 'zur', 'zum']);

/**
 * The spelling whose words all occur in what was typed, the longest such first: people write a
 * label as one compound or in another order (`Verwaltungsmaßnahme` for `Maßnahme der
 * Verwaltung`, `Umsetzung läuft` for `in Umsetzung`), which an edit distance scores far off.
 */
function containingAllWords<T>(found: string, spellings: readonly (readonly [string, T])[]): string | undefined {
  const hay = normaliseForMatch(found);
  let best: { spelling: string; length: number } | undefined;
  for (const [spelling] of spellings) {
    const words = normaliseForMatch(spelling)
      .split(/[\s\-‐–]+/)
      .filter((w) => w.length >= 3 && !FILLER_WORDS.has(w));
    if (words.length === 0 || !words.every((w) => hay.includes(w))) continue;
    const length = words.join('').length;
    if (!best || length > best.length) best = { spelling, length };
  }
  return best?.spelling;
}

/**
 * A parser of one of the given values. Labels and aliases are matched ignoring case, white
 * space, hyphens, a trailing `.`/`:` and the spelling of umlauts. Anything else is
 * `value.invalid`, listing the labels and suggesting the closest one if any is close.
 */
export function choiceParser<T extends string>(options: ChoiceOptions<T>): CellParser<T> {
  const byKey = new Map<string, T>();
  const spellings: [string, T][] = [];
  const values = Object.keys(options.labels) as T[];
  for (const value of values) spellings.push([options.labels[value], value]);
  spellings.push(...options.aliases.map(([spelling, value]): [string, T] => [spelling, value]));
  for (const [spelling, value] of spellings) {
    const key = choiceKey(spelling);
    if (!byKey.has(key)) byKey.set(key, value);
  }
  const allowed = values.map((value) => options.labels[value]);
  return cellParser((cell) => {
    const found = shownText(cell);
    const match = byKey.get(choiceKey(found));
    if (match !== undefined) return valueOf(match);
    const closest =
      containingAllWords(found, spellings) ??
      closestMatches(
        found,
        spellings.map(([spelling]) => spelling),
        1,
      )[0];
    const suggestedValue = spellings.find(([spelling]) => spelling === closest)?.[1];
    const suggestion = suggestedValue === undefined ? null : options.labels[suggestedValue];
    return problem('value.invalid', options.message(found, allowed, suggestion));
  });
}
