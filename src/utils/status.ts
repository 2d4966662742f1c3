/**
 * How a status looks: its label and colours, from the settings (the city may rename and
 * recolour each status) with the defaults of the strings module and the palette below.
 * Colour always comes with text: the label is shown wherever the colour is.
 */
import { STATUS_LABELS } from '../lib/i18n/de.ts';
import { textColourFor } from '../lib/common/colour.ts';
import { STATUSES, type Status } from '../lib/schemas/status.ts';
import type { Settings } from '../lib/schemas/settings.ts';

/** Default fill colours per status (GOV.UK-like tag hues, distinct also in greyscale order). */
export const DEFAULT_STATUS_COLOURS: Readonly<Record<Status, string>> = Object.freeze({
  planned: '#B1B4B6',
  preparing: '#5694CA',
  'in-progress': '#1D70B8',
  ongoing: '#4C2C92',
  completed: '#00703C',
  deferred: '#F47738',
  dropped: '#505A5F',
});

/** Label and colours of one status. */
export interface StatusAppearance {
  /** The status key, also used in CSS classes (`isek-status--in-progress`). */
  readonly status: Status;
  /** German label as shown. */
  readonly label: string;
  /** Fill colour `#RRGGBB`. */
  readonly colour: string;
  /** Text colour on the fill, chosen for contrast. */
  readonly textColour: string;
}

/** Resolves the label and colours of a status: settings first, then the defaults. */
export function statusAppearance(status: Status, statuses: Settings['statuses'] | undefined): StatusAppearance {
  const own = statuses?.[status];
  const colour = own?.colour ?? DEFAULT_STATUS_COLOURS[status];
  return {
    status,
    label: own?.label ?? STATUS_LABELS[status],
    colour,
    textColour: textColourFor(colour),
  };
}

/** All statuses in their natural order, resolved. */
export function allStatusAppearances(statuses: Settings['statuses'] | undefined): StatusAppearance[] {
  return STATUSES.map((status) => statusAppearance(status, statuses));
}
