/**
 * The `Art` cell of a measure.
 */
import type { MeasureType } from '../../schemas/status.ts';
import type { CellParser } from './result.ts';
import { choiceParser } from './choice.ts';
import { CELL_MESSAGES, MEASURE_TYPE_LABELS, MEASURE_TYPE_PLURALS } from '../../i18n/de.ts';

/** Further spellings: the abbreviation `SM` and the plurals the office uses as headings. */
export const MEASURE_TYPE_ALIASES: readonly (readonly [string, MeasureType])[] = [
  ['SM', 'key'],
  ...(Object.keys(MEASURE_TYPE_PLURALS) as MeasureType[]).map((t): readonly [string, MeasureType] => [
    MEASURE_TYPE_PLURALS[t],
    t,
  ]),
];

/**
 * A kind of measure: `Schlüsselmaßnahme` (also `Schluesselmassnahme`, `SM`), `Beschluss der
 * Selbstverwaltung`, `Maßnahme der Verwaltung` (also in the plural), tolerant like the status.
 */
export const parseMeasureType: CellParser<MeasureType> = choiceParser<MeasureType>({
  labels: MEASURE_TYPE_LABELS,
  aliases: MEASURE_TYPE_ALIASES,
  message: CELL_MESSAGES.invalidMeasureType,
});
