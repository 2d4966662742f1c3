import { z } from 'zod';
import { richTextSchema } from './measure.ts';
import { sourceSchema } from './source.ts';

/** Which way an indicator should move (`Zielrichtung`): `up` for `steigen`, `down` for `sinken`. */
export const indicatorDirectionSchema = z.enum(['up', 'down']);
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

/**
 * The assessment categories of the contract's method (`../shared/workbook-format.md`), in the
 * order the site lists them: with a target, then trend only, then not assessable.
 */
export const ASSESSMENTS = [
  'target-reached',
  'on-track',
  'too-slow',
  'little-progress',
  'wrong-direction',
  'positive-trend',
  'no-change',
  'negative-trend',
  'not-assessable',
] as const;
export const assessmentSchema = z.enum(ASSESSMENTS);
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * How many indicators fall into each assessment category: every category is present (0 when
 * none). Different indicators are counted, never averaged into one number.
 */
export const assessmentCountsSchema = z.record(assessmentSchema, z.number().int().nonnegative());
export type AssessmentCounts = z.infer<typeof assessmentCountsSchema>;

/** One value of an indicator: tidy long form, one row per indicator, year and Stadtteil. */
export const indicatorValueSchema = z.object({
  year: z.number().int(),
  value: z.number().finite(),
  /** The Stadtteil of a breakdown, or `null` for the city-wide value. */
  district: z.string().nullable(),
  /** A note on this one value (a changed method, a preliminary figure). */
  note: z.string().nullable(),
  source: sourceSchema,
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/**
 * What the method found for an indicator, with the figures behind it, so that a page can explain
 * the result in one sentence without computing anything itself.
 */
export const indicatorAssessmentSchema = z.object({
  category: assessmentSchema,
  /** Year and value the assessment starts from (`null` when not assessable). */
  baseYear: z.number().int().nullable(),
  baseValue: z.number().nullable(),
  /** Newest city-wide year and value. */
  latestYear: z.number().int().nullable(),
  latestValue: z.number().nullable(),
  /** Actual average change per year, in the indicator's unit (`(latest − base) / years`). */
  actualPerYear: z.number().nullable(),
  /** Change per year the target needs from the base year (`null` without a target). */
  requiredPerYear: z.number().nullable(),
  /** `q` of the method (actual over required), `null` without a target or when reached. */
  ratio: z.number().nullable(),
  /** `t` of the method (relative yearly trend in the good direction), `null` with a target or a base value of 0. */
  trend: z.number().nullable(),
  /** Whether the target year lies before the newest year with a value, the target not reached. */
  targetYearPassed: z.boolean(),
});
export type IndicatorAssessment = z.infer<typeof indicatorAssessmentSchema>;

/** One indicator (Kennzahl) that measures whether goals are reached. */
export const indicatorSchema = z.object({
  /** Kennzahl-Nr. as written: the unique key. */
  id: z.string().min(1),
  /** URL-safe form of the id: `/kennzahlen/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  title: z.string().min(1),
  description: richTextSchema.nullable(),
  unit: z.string().nullable(),
  direction: indicatorDirectionSchema,
  /** Target value and year: both or neither. */
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  /** Base year as given; `null` means the first year with a value. */
  baseYearGiven: z.number().int().nullable(),
  sources: z.array(z.string()),
  /** Goal ids this indicator measures, in the order written. */
  goalIds: z.array(z.string()),
  /** Product areas of those goals (sorted, without duplicates). */
  productAreaIds: z.array(z.number().int().min(1)),
  /** SDGs as given, else the union of the goals' SDGs. */
  sdgs: z.array(z.number().int().min(1).max(17)),
  /** Whether `sdgs` came from the goals rather than the row. */
  sdgsInherited: z.boolean(),
  /** The matching indicator of the catalogue "SDG-Indikatoren für Kommunen", as text. */
  sdgIndicator: z.string().nullable(),
  /** Department id that reports it, or `null`. */
  departmentId: z.string().nullable(),
  /** All values, sorted by Stadtteil (city-wide first) and year. */
  values: z.array(indicatorValueSchema),
  /** The Stadtteile of the breakdown, sorted the German way. */
  districts: z.array(z.string()),
  assessment: indicatorAssessmentSchema,
  source: sourceSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;
