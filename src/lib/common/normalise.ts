/**
 * Normalisation for tolerant matching of words the office types: headers, sheet names, status
 * values, kinds of measure, references. Two spellings that the contract treats as equal map to
 * the same string.
 */

/**
 * Every white-space character Unicode knows, including the non-breaking spaces Excel and Word
 * like to insert (U+00A0, U+202F, U+2007) and zero-width characters that sneak in from copies.
 */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

const UMLAUTS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
};

/**
 * The form two spellings are compared in: lower case, every kind of white space and line break
 * collapsed to one space, trimmed, one trailing `.` or `:` removed, and umlauts spelled out
 * (`ä`→`ae`, `ö`→`oe`, `ü`→`ue`, `ß`→`ss`), so `Maßnahmen-Nr.` and `massnahmen-nr` match.
 *
 * Umlauts are composed first (NFC), because macOS and some exports write `ü` as `u` plus a
 * combining diaeresis.
 */
export function normaliseForMatch(s: string): string {
  const collapsed = s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .replace(ANY_SPACE, ' ')
    .trim();
  return collapsed.replace(/\s*[.:]$/, '').trim();
}
