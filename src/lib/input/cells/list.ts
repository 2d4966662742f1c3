/**
 * List cells: goal IDs, SDGs, departments, districts, separated by `;`, `,`, line breaks,
 * ` und `, ` / ` or ` & ` (the contract's list separators).
 */
import type { CellParser, CellResult } from './result.ts';
import { valueOf } from './result.ts';
import { parseKey, parseText } from './text.ts';
import { cellParser } from './common.ts';

/**
 * The contract's separators: `;`, `,`, line breaks, and ` und `, ` / `, ` & ` between spaces,
 * except next to a hyphen, where `und` joins parts of one name (`Bau- und Umweltausschuss`,
 * `Stadtplanung und -entwicklung`).
 */
const SEPARATORS =
  /[;,\r\n\u2028\u2029]|(?<![-\u2010\u2011])[\s\u00a0\u202f]+(?:und|\/|&)[\s\u00a0\u202f]+(?![\s\u00a0\u202f\-\u2010\u2011])/iu;
/** Only `;`, `,` and line breaks: for free texts listed in one cell, where `und` belongs to a name. */
const PUNCTUATION = /[;,\r\n\u2028\u2029]/u;

/**
 * Splits a list as the office writes it: at `;`, `,`, line breaks, ` und `, ` / ` and ` & `
 * (the words and signs only with a space on both sides and no hyphen next to them, so `5/1`,
 * `Bau- und Umweltausschuss` and `Stadtplanung und -entwicklung` stay whole).
 * Items are trimmed (with inner white space collapsed), empty items dropped and repeated items
 * kept once, in the order they first appear. A comma always separates: list columns hold no
 * decimal numbers. With `words: false` only `;`, `,` and line breaks separate.
 */
export function splitList(s: string, options: { readonly words?: boolean } = {}): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of s.split(options.words === false ? PUNCTUATION : SEPARATORS)) {
    const item = part.replace(/[\s\u00a0\u202f\u200b\ufeff]+/gu, ' ').trim();
    if (item === '' || seen.has(item)) continue;
    seen.add(item);
    items.push(item);
  }
  return items;
}

/**
 * A list cell. An empty cell gives `null` (not `[]`), so the caller can tell "not given" from a
 * list; a number cell gives one item in its key form (`13` → `["13"]`).
 */
export const parseList: CellParser<string[]> = cellParser<string[]>((cell) => {
  const isNumber = typeof cell.value === 'number';
  const single = isNumber ? parseKey(cell) : parseText(cell);
  if (!single.ok) return single;
  if (single.value === null) return valueOf(null);
  const items = isNumber ? [single.value] : splitList(single.value);
  return valueOf(items.length === 0 ? null : items);
});

/**
 * A list of free texts (a goal's `Quelle`): split only at `;`, `,` and line breaks, because
 * names such as `Bau- und Umweltausschuss` contain `und`.
 */
export const parseTextList: CellParser<string[]> = cellParser<string[]>((cell) => {
  const single = typeof cell.value === 'number' ? parseKey(cell) : parseText(cell);
  if (!single.ok || single.value === null) return single as CellResult<never>;
  const items = typeof cell.value === 'number' ? [single.value] : splitList(single.value, { words: false });
  return valueOf(items.length === 0 ? null : items);
});
