/**
 * The meta description of an editable page: its first lines of text, cut at a word boundary.
 */

/** At most `max` characters of `text` (lines joined), cut after a whole word with „…“. */
export function describePage(text: string, fallback: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return fallback;
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
