import { STATUSES, type Status } from '../../lib/schemas/status.ts';
import { STATUS_LABELS } from '../../lib/i18n/de.ts';
import type { ComponentExample } from './types.ts';

/** Every status with its default label (the colours from `/theme.css` are checked on the built site). */
export const examples: ComponentExample<{ status: Status; label: string }>[] = [
  ...STATUSES.map((status) => ({ name: status, props: { status, label: STATUS_LABELS[status] } })),
  {
    name: 'Beschriftung aus den Einstellungen, mit Sonderzeichen',
    props: { status: 'ongoing', label: 'läuft <dauerhaft> & „gut“' },
  },
];
