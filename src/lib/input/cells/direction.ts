/**
 * The `Zielrichtung` of an indicator: `steigen` or `sinken`, with the contract's aliases,
 * including the signs `↑`, `+`, `↓` and `-`.
 */
import type { CellParser } from './result.ts';
import { ownsEmptyMeaning, problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { choiceKey } from './choice.ts';
import { closestMatches } from '../../common/closest.ts';
import type { IndicatorDirection } from '../../schemas/indicator.ts';
import { CELL_MESSAGES, DIRECTION_LABELS } from '../../i18n/de.ts';

/** Words, in the form {@link choiceKey} compares them. */
const WORDS: readonly (readonly [string, IndicatorDirection])[] = [
  ['steigen', 'up'],
  ['höher ist besser', 'up'],
  ['steigend', 'up'],
  ['sinken', 'down'],
  ['niedriger ist besser', 'down'],
  ['fallend', 'down'],
];
const BY_WORD = new Map(WORDS.map(([w, d]) => [choiceKey(w), d]));

/** Signs, compared as written: `choiceKey` drops hyphens, so `-` would vanish. */
const SIGNS: Readonly<Record<string, IndicatorDirection>> = {
  '↑': 'up',
  '⬆': 'up',
  '+': 'up',
  '↓': 'down',
  '⬇': 'down',
  '-': 'down',
  '\u2212': 'down',
  '\u2013': 'down',
};

/**
 * `steigen` → `up`, `sinken` → `down`; anything else is `value.invalid` with a suggestion. The
 * contract makes `-` an alias of `sinken`, so this parser reads "no value" texts itself.
 */
export const parseDirection: CellParser<IndicatorDirection> = ownsEmptyMeaning(
  cellParser((cell) => {
    const found = shownText(cell);
    const sign = SIGNS[found];
    if (sign !== undefined) return valueOf(sign);
    const word = BY_WORD.get(choiceKey(found));
    if (word !== undefined) return valueOf(word);
    const closest = closestMatches(
      found,
      WORDS.map(([w]) => w),
      1,
    )[0];
    const suggestion = closest === undefined ? null : DIRECTION_LABELS[BY_WORD.get(choiceKey(closest))!];
    return problem('value.invalid', CELL_MESSAGES.invalidDirection(found, suggestion));
  }),
);
