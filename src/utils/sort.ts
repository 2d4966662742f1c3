/** Sort orders of the site. */

import { compareGerman } from '../lib/common/collate.ts';

/**
 * Natural German order of two numbers as written: `2` before `10`, `5.1.2` before `5.1.10`,
 * `2024-008` before `2024-010`. Ties (differing only in case) fall back to code-point order,
 * so the order is total and stable across builds.
 */
export const compareIds: (a: string, b: string) => number = compareGerman;
