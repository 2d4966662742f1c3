import { z } from 'zod';

/**
 * The implementation states of a measure, in their natural order. The keys are English; the
 * German labels live in the strings module and may be overridden in the settings.
 */
export const STATUSES = ['planned', 'preparing', 'in-progress', 'ongoing', 'completed', 'deferred', 'dropped'] as const;

export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** The kinds of measure the contract names (`Art`). */
export const MEASURE_TYPES = ['key', 'council', 'administration'] as const;
export const measureTypeSchema = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof measureTypeSchema>;

/** Statuses that count as finished when progress is rolled up. */
export const FINISHED_STATUSES: readonly Status[] = ['completed'];
/** Statuses that leave the roll-up entirely: the measure will not (or not now) be carried out. */
export const INACTIVE_STATUSES: readonly Status[] = ['deferred', 'dropped'];
