/**
 * The status summary shown on every overview: counts by status and a progress roll-up.
 *
 * The roll-up is defined so that a missing value never reads as "nothing done":
 * - `entfallen` and `zurückgestellt` measures are not carried out (now), so they leave the
 *   progress average entirely (`notCounted`);
 * - an `abgeschlossen` measure counts as 100 % even when its row gives no progress;
 * - any other measure counts with its progress value; without one it is left out of the average
 *   and counted in `withoutValue` (never as 0 %);
 * - the average is the unweighted mean over the counted measures, rounded to a whole percent
 *   only when displayed. Costs do not weight it: a cheap and a costly measure count alike, which
 *   is what the council asks ("how far along are our measures").
 */
import { STATUSES, type Status } from '../schemas/status.ts';
import type { Measure } from '../schemas/measure.ts';

/** The progress roll-up of a set of measures. */
export interface ProgressRollup {
  /** Mean progress (0–100) of the counted measures; `null` when none counts. */
  readonly average: number | null;
  /** Measures that entered the average. */
  readonly counted: number;
  /** Active measures without a progress value: left out, not read as 0. */
  readonly withoutValue: number;
  /** Dropped or deferred measures, left out by definition. */
  readonly notCounted: number;
}

/** Counts by status plus the progress roll-up. */
export interface StatusSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<Status, number>>;
  /** Measures past their planned end (`Measure.delayed`), whatever their status. */
  readonly delayed: number;
  readonly progress: ProgressRollup;
}

const NOT_COUNTED: ReadonlySet<Status> = new Set(['dropped', 'deferred']);

/** Summarises measures by status and rolls up their progress (see the module comment). */
export function summariseMeasures(
  measures: readonly (Pick<Measure, 'status' | 'progress'> & Partial<Pick<Measure, 'delayed'>>)[],
): StatusSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let delayed = 0;
  let sum = 0;
  let counted = 0;
  let withoutValue = 0;
  let notCounted = 0;
  for (const m of measures) {
    byStatus[m.status] += 1;
    if (m.delayed) delayed += 1;
    if (NOT_COUNTED.has(m.status)) {
      notCounted += 1;
    } else if (m.status === 'completed') {
      sum += m.progress ?? 100;
      counted += 1;
    } else if (m.progress === null) {
      withoutValue += 1;
    } else {
      sum += m.progress;
      counted += 1;
    }
  }
  return {
    total: measures.length,
    byStatus,
    delayed,
    progress: { average: counted > 0 ? sum / counted : null, counted, withoutValue, notCounted },
  };
}
