/**
 * Yes/no cells (`Im Fokus`).
 */
import type { CellParser } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { normaliseForMatch } from '../../common/normalise.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/** Spellings of "yes", in {@link normaliseForMatch} form. A tick mark counts as yes, like an `x`. */
const YES = new Set(['ja', 'j', 'x', '1', 'wahr', 'true', 'yes', 'y', '✓', '✔', '☑', '☒']);
/** Spellings of "no". */
const NO = new Set(['nein', 'n', '0', 'falsch', 'false', 'no']);

/**
 * Yes or no: `ja`/`nein`, `j`/`n`, `x` (yes), `1`/`0` as number or text, `wahr`/`falsch`,
 * `TRUE`/`FALSE`, boolean cells; case does not matter. An empty cell is `null`: the caller
 * decides what that means (for an `x` column, no).
 */
export const parseYesNo: CellParser<boolean> = cellParser((cell) => {
  if (typeof cell.value === 'boolean') return valueOf(cell.value);
  if (typeof cell.value === 'number') {
    if (cell.value === 1) return valueOf(true);
    if (cell.value === 0) return valueOf(false);
  } else {
    const word = normaliseForMatch(cell.value);
    if (YES.has(word)) return valueOf(true);
    if (NO.has(word)) return valueOf(false);
  }
  return problem('value.invalid', CELL_MESSAGES.invalidYesNo(shownText(cell)));
});
