import { z } from 'zod';
import { partialDateSchema } from './partial-date.ts';
import { measureSchema } from './measure.ts';
import { goalSchema } from './goal.ts';
import { departmentSchema } from './department.ts';
import { productAreaSchema } from './product-area.ts';
import { indicatorSchema } from './indicator.ts';
import { districtMapSchema, districtSchema } from './district.ts';

/** What the sheet `Info` says about this publication. */
export const publicationInfoSchema = z.object({
  /** Publication date (Stand): from `Info`, else the newest report date. */
  publicationDate: partialDateSchema.nullable(),
  /** Whether the date came from `Info` (true) or was derived from the reports (false). */
  publicationDateGiven: z.boolean(),
  /** e.g. `Ratsversammlung vom 11.11.2026`. */
  session: z.string().nullable(),
  /** e.g. `2025/2026`. */
  budget: z.string().nullable(),
});
export type PublicationInfo = z.infer<typeof publicationInfoSchema>;

/** How many rows a sheet kind had, and what became of them. Nothing is dropped silently. */
export const rowCountsSchema = z.object({
  /** Data rows below the header row, empty ones included. */
  read: z.number().int().nonnegative(),
  /** Rows that became a published record. */
  published: z.number().int().nonnegative(),
  /** Fully empty rows, skipped. */
  skippedEmpty: z.number().int().nonnegative(),
  /** Rows refused because of an error. */
  refused: z.number().int().nonnegative(),
});
export type RowCounts = z.infer<typeof rowCountsSchema>;

/** The whole validated, linked publication. Every list is sorted in display order. */
export const isekModelSchema = z.object({
  info: publicationInfoSchema,
  measures: z.array(measureSchema),
  goals: z.array(goalSchema),
  departments: z.array(departmentSchema),
  productAreas: z.array(productAreaSchema),
  /** The indicators (Kennzahlen) with their values and assessment; empty without the sheets. */
  indicators: z.array(indicatorSchema).default([]),
  /** The Stadtteile named in the measures, sorted by name (German collation). */
  districts: z.array(districtSchema).default([]),
  /** The district map from `stadtteile.geojson`, projected; `null` without the file. */
  districtMap: districtMapSchema.nullable().default(null),
  /** Row reconciliation per sheet kind that was present. */
  rowCounts: z.record(z.string(), rowCountsSchema),
  /** Data files that were read, for the record. */
  files: z.array(z.string()),
});
export type IsekModel = z.infer<typeof isekModelSchema>;
