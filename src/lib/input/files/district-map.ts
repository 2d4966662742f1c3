/**
 * The optional map file `stadtteile.geojson`: a GeoJSON FeatureCollection in WGS 84 with one
 * Polygon or MultiPolygon per Stadtteil (contract: `../shared/workbook-format.md`). Reading the
 * file is the only I/O here; {@link parseDistrictMap} is pure. A file that is not valid is one
 * `map.invalid` error naming the file and the first problem; the build stops, as for a workbook
 * that cannot be read.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { DISTRICT_MESSAGES } from '../../i18n/de.ts';
import { unreadableFile } from './read-file-bytes.ts';

/** The file name the build looks for in the data folder. */
export const DISTRICT_MAP_FILE = 'stadtteile.geojson';

/** Property names that may hold a feature's district name, in the order they are tried. */
export const DISTRICT_NAME_PROPERTIES: readonly string[] = [
  'name',
  'Name',
  'NAME',
  'Stadtteil',
  'stadtteil',
  'STADTTEIL',
];

/** One position: longitude, latitude (an altitude or more are allowed and ignored). */
const positionSchema = z.array(z.number()).min(2);
/** A closed ring has at least four positions. */
const ringSchema = z.array(positionSchema).min(4);
const polygonCoordinates = z.array(ringSchema).min(1);

/** A Polygon or MultiPolygon geometry in WGS 84. */
export const areaGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).min(1) }),
]);
/** A district's geometry. */
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: areaGeometrySchema,
  properties: z.record(z.string(), z.unknown()).nullable(),
});

const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

/** One district of the map file, its parts merged when the file splits it over features. */
export interface MapFeature {
  /** The name as the file writes it (trimmed). */
  readonly name: string;
  /** Always a MultiPolygon, so the drawing code has one case. */
  readonly geometry: { readonly type: 'MultiPolygon'; readonly coordinates: number[][][][] };
}

/** The validated map file. */
export interface DistrictMapFile {
  /** The file name, for diagnostics. */
  readonly file: string;
  /** One entry per district name, in file order. */
  readonly features: readonly MapFeature[];
}

/** What reading the map gives: the map (or `null`) and at most one diagnostic. */
export interface DistrictMapResult {
  readonly map: DistrictMapFile | null;
  readonly diagnostics: Diagnostic[];
}

function featureName(properties: Record<string, unknown> | null): string | null {
  if (!properties) return null;
  for (const key of DISTRICT_NAME_PROPERTIES) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}

function inWgs84(coordinates: number[][][][]): boolean {
  return coordinates.every((polygon) =>
    polygon.every((ring) => ring.every(([lon, lat]) => Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90)),
  );
}

/** The German explanation of the first zod issue: where in the file and what is wrong. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [first, index, field] = issue.path;
  const where =
    first === 'features' && typeof index === 'number'
      ? DISTRICT_MESSAGES.mapFeature(index + 1)
      : DISTRICT_MESSAGES.mapRoot;
  let what: string = DISTRICT_MESSAGES.mapOther;
  if (where === DISTRICT_MESSAGES.mapRoot) what = DISTRICT_MESSAGES.mapNotCollection;
  else if (field === 'geometry') {
    what = issue.path.includes('coordinates') ? DISTRICT_MESSAGES.mapCoordinates : DISTRICT_MESSAGES.mapGeometryType;
  }
  return DISTRICT_MESSAGES.mapProblemAt(where, what);
}

/**
 * Validates the text of a map file. Features with the same name (a district drawn in several
 * parts) become one MultiPolygon.
 */
export function parseDistrictMap(text: string, file: string = DISTRICT_MAP_FILE): DistrictMapResult {
  const invalid = (reason: string): DistrictMapResult => ({
    map: null,
    diagnostics: [diagnostic('map.invalid', { file }, DISTRICT_MESSAGES.mapUnreadable(file, reason))],
  });
  let json: unknown;
  try {
    // A BOM is what Windows editors like to write in front of JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return invalid(DISTRICT_MESSAGES.mapNotJson(error instanceof Error ? error.message : String(error)));
  }
  const parsed = collectionSchema.safeParse(json);
  if (!parsed.success) return invalid(describeIssue(parsed.error.issues[0]!));
  if (parsed.data.features.length === 0) return invalid(DISTRICT_MESSAGES.mapNoFeatures);
  const byName = new Map<string, number[][][][]>();
  for (const [i, feature] of parsed.data.features.entries()) {
    const name = featureName(feature.properties);
    const where = DISTRICT_MESSAGES.mapFeature(i + 1);
    if (name === null) return invalid(DISTRICT_MESSAGES.mapProblemAt(where, DISTRICT_MESSAGES.mapNoName));
    const g = feature.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!inWgs84(polygons)) return invalid(DISTRICT_MESSAGES.mapProblemAt(where, DISTRICT_MESSAGES.mapNotWgs84));
    byName.set(name, [...(byName.get(name) ?? []), ...polygons]);
  }
  const features = [...byName].map(([name, coordinates]) => ({
    name,
    geometry: { type: 'MultiPolygon' as const, coordinates },
  }));
  return { map: { file, features }, diagnostics: [] };
}

/**
 * Reads `stadtteile.geojson` from the data folder, if it is there (the name compared without
 * regard to case, as Windows does). No file: no map and no diagnostic.
 */
export async function readDistrictMap(dataDir: string): Promise<DistrictMapResult> {
  // A missing data folder is reported by the workbook discovery already.
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const name = names.find((n) => n.toLowerCase() === DISTRICT_MAP_FILE);
  if (!name) return { map: null, diagnostics: [] };
  let text: string;
  try {
    text = await readFile(path.join(dataDir, name), 'utf8');
  } catch (error) {
    return { map: null, diagnostics: [unreadableFile(name, error)] };
  }
  return parseDistrictMap(text, name);
}
