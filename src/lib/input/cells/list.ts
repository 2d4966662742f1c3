/**
 * List cells: goal IDs, SDGs, departments, districts, separated by `;`, `,` or line breaks.
 */
import type { CellParser } from './result.ts';
import { valueOf } from './result.ts';
import { parseKey, parseText } from './text.ts';
import { cellParser } from './common.ts';

/**
 * Splits a list as the office writes it: at `;`, `,` and line breaks. Items are trimmed (with
 * inner white space collapsed), empty items dropped and repeated items kept once, in the order
 * they first appear. A comma always separates: list columns hold no decimal numbers.
 */
export function splitList(s: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of s.split(/[;,\r\n\u2028\u2029]/)) {
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
