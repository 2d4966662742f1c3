/**
 * The `Status` cell of a measure.
 */
import type { Status } from '../../schemas/status.ts';
import type { CellParser } from './result.ts';
import { choiceParser } from './choice.ts';
import { CELL_MESSAGES, STATUS_LABELS } from '../../i18n/de.ts';

/** Words the office uses for a status besides the labels (from the input contract). */
export const STATUS_ALIASES: readonly (readonly [string, Status])[] = [
  ['laufend', 'in-progress'],
  ['erledigt', 'completed'],
  ['eingestellt', 'dropped'],
];

/**
 * A status parser for the given labels (the settings may rename them). The contract's own
 * labels and the aliases `laufend`, `erledigt`, `eingestellt` are accepted in any case.
 */
export function makeStatusParser(labels: Readonly<Record<Status, string>> = STATUS_LABELS): CellParser<Status> {
  const defaults = (Object.keys(STATUS_LABELS) as Status[]).map((s): readonly [string, Status] => [
    STATUS_LABELS[s],
    s,
  ]);
  return choiceParser<Status>({
    labels,
    aliases: [...defaults, ...STATUS_ALIASES],
    message: CELL_MESSAGES.invalidStatus,
  });
}

/**
 * A status: `geplant`, `in Vorbereitung`, `in Umsetzung`, `Daueraufgabe`, `abgeschlossen`,
 * `zurückgestellt`, `entfallen`, or `laufend`/`erledigt`/`eingestellt`; tolerant of case,
 * spaces and umlaut spelling (`zurueckgestellt`). Unknown words are `value.invalid` with the
 * valid labels and the closest one.
 */
export const parseStatus: CellParser<Status> = makeStatusParser();
