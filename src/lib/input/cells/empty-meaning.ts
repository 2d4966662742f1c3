/**
 * Texts that mean "no value" (`-`, `k. A.`, `noch offen`): people type them into cells that have
 * nothing to say yet. The contract counts them as empty in optional columns (with a notice) and
 * refuses them in required ones; the row reader applies that, this module only recognises them.
 */

/** The texts, normalised: lower case, no spaces, dashes unified. */
const EMPTY_MEANING = new Set(['-', '--', 'k.a.', 'k.a', 'n.b.', 'n.b', 'offen', 'nochoffen']);

/** Longer texts are not looked at: `noch offen` with generous spacing fits well within it. */
const MAX_LENGTH = 24;

/** Dashes and minus signs people type for "nothing": hyphen, en and em dash, minus. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Whether a cell's text means "no value": `-`, `–`, `—`, `k. A.`, `k.A.`, `n. b.`, `offen` or
 * `noch offen`, in any case and spacing.
 */
export function isEmptyMeaning(text: string): boolean {
  // Every cell's text passes here; a long one cannot be such a text, with any spacing.
  if (text.length > MAX_LENGTH) return false;
  const s = text
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/[\s\u00a0]+/g, '');
  return s.length <= 10 && EMPTY_MEANING.has(s);
}
