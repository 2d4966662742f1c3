/** Sort orders of the site. */

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/**
 * Natural German order of two numbers as written: `2` before `10`, `5.1.2` before `5.1.10`,
 * `2024-008` before `2024-010`. Ties (differing only in case) fall back to code-point order,
 * so the order is total and stable across builds.
 */
export function compareIds(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
