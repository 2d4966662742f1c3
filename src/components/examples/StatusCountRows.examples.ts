import { STATUSES, type Status } from '../../lib/schemas/status.ts';
import { STATUS_LABELS } from '../../lib/i18n/de.ts';
import type { ComponentExample } from './types.ts';

type Props = {
  byStatus: Record<Status, number>;
  statuses: Record<Status, { label: string }>;
  numeric?: boolean;
};

const statuses = Object.fromEntries(STATUSES.map((s) => [s, { label: STATUS_LABELS[s] }])) as Props['statuses'];
const none = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Props['byStatus'];

/** Some statuses without measures (left out), large counts, and the numeric cells of the summary. */
export const examples: ComponentExample<Props>[] = [
  {
    name: 'drei von sieben Status',
    props: { byStatus: { ...none, planned: 3, 'in-progress': 1250, completed: 1 }, statuses },
  },
  {
    name: 'als Zahlen ausgerichtet',
    props: { byStatus: { ...none, preparing: 2, deferred: 1 }, statuses, numeric: true },
  },
];
