/**
 * German order for numbers as written, keys and names, in one place: the model, the changes,
 * the report, the site's lists and the browser's filter sort alike.
 */

/**
 * Natural German order (`de`, numeric, base letters): `2024-9` before `2024-10`, `5.2` before
 * `5.10`, `ä` beside `a`; case and accents alone make no difference (a tie).
 */
export const germanCollator: Intl.Collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/**
 * {@link germanCollator}'s order made total: ties (differing only in case or accents) fall back
 * to code-point order, so a sort gives the same result in every build whatever the input order.
 */
export function compareGerman(a: string, b: string): number {
  return germanCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
