import { z } from 'zod';
import { partialDateSchema } from './partial-date.ts';
import { measureTypeSchema, statusSchema } from './status.ts';
import { sourceSchema } from './source.ts';
import { locationSchema } from './district.ts';

/** Light Markdown from a cell, kept as written and rendered once to sanitised HTML. */
export const richTextSchema = z.object({
  /** The text as written in the cell (trimmed). */
  markdown: z.string(),
  /** Sanitised HTML rendered from it; safe to insert as is. */
  html: z.string(),
  /** Plain text, for excerpts, CSV and search. */
  text: z.string(),
});
export type RichText = z.infer<typeof richTextSchema>;

/** One status report: the current one of a measure, or one entry of its history. */
export const reportSchema = z.object({
  /** Date of the report; `null` when the sheet gave none. */
  date: partialDateSchema.nullable(),
  body: richTextSchema,
});
export type Report = z.infer<typeof reportSchema>;

/** The council decision behind a measure. */
export const decisionSchema = z.object({
  /** Gremium, e.g. `Ratsversammlung`. */
  body: z.string().nullable(),
  date: partialDateSchema.nullable(),
  /** Vorlage / Drucksache, kept as text: `0815/2023/DS`. */
  paper: z.string().nullable(),
  /** http(s) link into the council information system. */
  link: z.url({ protocol: /^https?$/ }).nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** One measure (Maßnahme), fully normalised and linked. */
export const measureSchema = z.object({
  /** The Nr. as written in the file: the unique key. */
  id: z.string().min(1),
  /** URL-safe form of the Nr.: the page address `/massnahmen/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  title: z.string().min(1),
  summary: richTextSchema.nullable(),
  type: measureTypeSchema.nullable(),
  /** IDs of the goals the measure serves; each exists. */
  goalIds: z.array(z.string()),
  /** Nr. of the lead department; it exists. */
  leadDepartmentId: z.string(),
  /** Nrs. of the participating departments, without the lead. */
  participatingDepartmentIds: z.array(z.string()),
  /** Product area 1–6: as given, or taken from the goals; `null` if neither says. */
  productAreaId: z.number().int().min(1).nullable(),
  /** Whether the product area was given in the row or taken from the goals. */
  productAreaInherited: z.boolean(),
  /** Budget product number, as text. */
  product: z.string().nullable(),
  status: statusSchema,
  /** Progress 0–100, or `null` if not given (never read as 0). */
  progress: z.number().min(0).max(100).nullable(),
  start: partialDateSchema.nullable(),
  end: partialDateSchema.nullable(),
  /**
   * Verzögert: the planned end lies before the Stand (else today) and the measure is neither
   * completed, dropped nor ongoing (`model/delay.ts`).
   */
  delayed: z.boolean(),
  /** Total costs in euros (cents as decimals). */
  costs: z.number().nonnegative().nullable(),
  /** The costs were given as approximate (`ca. 500.000 €`): shown as `ca.` everywhere. */
  costsApproximate: z.boolean().default(false),
  funding: z.number().nonnegative().nullable(),
  /** The funding was given as approximate, as for the costs. */
  fundingApproximate: z.boolean().default(false),
  decision: decisionSchema,
  /** The Stadtteile, each in the spelling of its district page (see `model/districts.ts`). */
  districts: z.array(z.string()),
  /**
   * Further search terms from the optional column `Schlagworte`: indexed for the search, not
   * shown on the page.
   */
  keywords: z.array(z.string()).default([]),
  /**
   * Point location from `Lage` or `Breite`/`Länge` (WGS 84); `null` or absent when none was
   * given or it could not be read (warned at the cell).
   */
  location: locationSchema.nullable().optional(),
  /** SDGs 1–17: as given, or the union of the goals' SDGs. */
  sdgs: z.array(z.number().int().min(1).max(17)),
  sdgsInherited: z.boolean(),
  /** The current status report, from the measure row (or the newest history entry). */
  report: reportSchema.nullable(),
  /** All reports, newest first, the current one included. */
  reports: z.array(reportSchema),
  source: sourceSchema,
});
export type Measure = z.infer<typeof measureSchema>;
