import { z } from 'zod';

/** An indicator's newest value for one Stadtteil, beside the city-wide value of that year. */
export const districtIndicatorSchema = z.object({
  /** Kennzahl-Nr. and page address of the indicator. */
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  unit: z.string().nullable(),
  /** Newest year with a value for the Stadtteil, and that value. */
  year: z.number().int(),
  value: z.number(),
  /** The city-wide value of the same year, `null` when there is none. */
  cityValue: z.number().nullable(),
});
export type DistrictIndicator = z.infer<typeof districtIndicatorSchema>;

/** One Stadtteil named in the measures' `Stadtteil` column, spellings merged. */
export const districtSchema = z.object({
  /** URL-safe form of the name: the page address `/stadtteile/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  /** The name as shown: the spelling most measures use. */
  name: z.string().min(1),
  /** Every spelling found in the data (the shown one included), for matching and the record. */
  spellings: z.array(z.string()),
  /** Nrs. of the measures in this Stadtteil, sorted by Nr. */
  measureIds: z.array(z.string()),
  /** Whether the map file has an area for it (always `false` without a map). */
  onMap: z.boolean(),
  /** Indicators with a breakdown for this Stadtteil (`Kennzahlwerte` with a `Stadtteil`). */
  indicators: z.array(districtIndicatorSchema).default([]),
});
export type District = z.infer<typeof districtSchema>;

/** One district area of the map, projected to the view box. */
export const mapAreaSchema = z.object({
  /** The name as the map file writes it. */
  name: z.string(),
  /** Slug of the matching Stadtteil of the data, or `null`: drawn without a link. */
  districtSlug: z.string().nullable(),
  /** SVG path data in view-box units. */
  d: z.string(),
  /** Where the label goes (inside the largest part). */
  labelX: z.number(),
  labelY: z.number(),
});
export type MapArea = z.infer<typeof mapAreaSchema>;

/** A measure with a point location inside the city, projected to the view box. */
export const mapPointSchema = z.object({
  measureId: z.string(),
  x: z.number(),
  y: z.number(),
});
export type MapPoint = z.infer<typeof mapPointSchema>;

/** The district map, computed in the build from `stadtteile.geojson`. */
export const districtMapSchema = z.object({
  /** View box width and height. */
  width: z.number().positive(),
  height: z.number().positive(),
  areas: z.array(mapAreaSchema),
  points: z.array(mapPointSchema),
});
export type DistrictMap = z.infer<typeof districtMapSchema>;

/** A measure's point location in WGS 84 (from `Lage`/`Koordinaten` or `Breite`/`Länge`). */
export const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof locationSchema>;
