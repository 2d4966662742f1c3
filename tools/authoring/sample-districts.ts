/**
 * The sample city's district map: a plausible, clearly fictitious `stadtteile.geojson`, generated
 * (never downloaded). A rough outline around Neumünster's coordinates is split into one cell per
 * sample Stadtteil (a Voronoi partition of hand-placed seeds, d3-delaunay), and each cell is cut
 * to the outline. Also the point locations some sample measures get (near their district's seed).
 */
import { Delaunay } from 'd3-delaunay';
import { geoContains } from 'd3-geo';
import { DISTRICTS } from './neumuenster.ts';

/** The sample city's centre (longitude, latitude): roughly Neumünster's. */
const CENTRE: readonly [number, number] = [9.985, 54.073];
/** Kilometres per degree at that latitude. */
const KM_PER_DEG_LAT = 111.2;
const KM_PER_DEG_LON = 111.2 * Math.cos((CENTRE[1] * Math.PI) / 180);

/** Seeds in km east and north of the centre, one per district of `DISTRICTS` (same order). */
const SEEDS_KM: readonly [number, number][] = [
  [0, 0], // Stadtmitte
  [-2.6, 0.4], // Böcklersiedlung-Bugenhagen
  [-2.4, -2.6], // Brachenfeld-Ruthenberg
  [0.6, 4.6], // Einfeld
  [2.8, 1.9], // Faldera
  [0.6, -4.4], // Gadeland
  [3.0, -1.4], // Gartenstadt
  [-3.2, 3.4], // Stör
  [-1.2, 2.6], // Tungendorf
  [2.6, -3.9], // Wittorf
];

/** The city's outline, km around the centre: an irregular, clearly made-up shape. */
function outline(): [number, number][] {
  const points: [number, number][] = [];
  const n = 28;
  for (let i = 0; i < n; i += 1) {
    const a = (i / n) * 2 * Math.PI;
    const r = 5.6 + 0.7 * Math.sin(3 * a + 0.6) + 0.35 * Math.cos(5 * a);
    points.push([1.15 * r * Math.cos(a), r * Math.sin(a)]);
  }
  return points;
}

/** Sutherland–Hodgman: the part of `subject` inside the convex polygon `clip`. */
function clipToConvex(subject: [number, number][], clip: [number, number][]): [number, number][] {
  // The Voronoi cell's orientation decides which side is inside.
  let signed = 0;
  for (let i = 0; i < clip.length; i += 1) {
    const [x1, y1] = clip[i]!;
    const [x2, y2] = clip[(i + 1) % clip.length]!;
    signed += x1 * y2 - x2 * y1;
  }
  const side = signed > 0 ? 1 : -1;
  const inside = (p: [number, number], a: [number, number], b: [number, number]): boolean =>
    side * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) >= 0;
  const intersect = (
    p: [number, number],
    q: [number, number],
    a: [number, number],
    b: [number, number],
  ): [number, number] => {
    const d = (p[0] - q[0]) * (a[1] - b[1]) - (p[1] - q[1]) * (a[0] - b[0]);
    const t = ((p[0] - a[0]) * (a[1] - b[1]) - (p[1] - a[1]) * (a[0] - b[0])) / d;
    return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
  };
  let output = subject;
  for (let i = 0; i < clip.length; i += 1) {
    const a = clip[i]!;
    const b = clip[(i + 1) % clip.length]!;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j += 1) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      if (inside(q, a, b)) {
        if (!inside(p, a, b)) output.push(intersect(p, q, a, b));
        output.push(q);
      } else if (inside(p, a, b)) output.push(intersect(p, q, a, b));
    }
  }
  return output;
}

const toLonLat = ([x, y]: [number, number]): [number, number] => [
  Math.round((CENTRE[0] + x / KM_PER_DEG_LON) * 1e5) / 1e5,
  Math.round((CENTRE[1] + y / KM_PER_DEG_LAT) * 1e5) / 1e5,
];

/** A closed ring, counter-clockwise as RFC 7946 asks. */
function ring(points: [number, number][]): [number, number][] {
  let signed = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    signed += x1 * y2 - x2 * y1;
  }
  const ccw = signed >= 0 ? points : [...points].reverse();
  const lonLat = ccw.map(toLonLat);
  return [...lonLat, lonLat[0]!];
}

interface SampleFeature {
  readonly type: 'Feature';
  readonly properties: { readonly name: string; readonly hinweis: string };
  readonly geometry: { readonly type: 'Polygon'; readonly coordinates: [number, number][][] };
}

let features: SampleFeature[] | null = null;

/** The sample's `stadtteile.geojson` as an object. */
export function sampleDistrictGeoJson(): object {
  return { type: 'FeatureCollection', name: 'Stadtteile (Beispieldaten, erfunden)', features: districtFeatures() };
}

function districtFeatures(): SampleFeature[] {
  if (features) return features;
  const delaunay = Delaunay.from(SEEDS_KM);
  const voronoi = delaunay.voronoi([-12, -12, 12, 12]);
  const shape = outline();
  features = DISTRICTS.map((name, i) => {
    const cell = (voronoi.cellPolygon(i) as [number, number][]).slice(0, -1);
    return {
      type: 'Feature' as const,
      properties: { name, hinweis: 'Erfundene Grenzen für die Beispieldaten' },
      geometry: { type: 'Polygon' as const, coordinates: [ring(clipToConvex(shape, cell))] },
    };
  });
  return features;
}

/** A small deterministic hash of a text, for reproducible sample points. */
function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * A point location for a sample measure (latitude, longitude as the `Lage` column writes it),
 * or `null`: about every third measure with one Stadtteil gets a place near that district's seed.
 */
export function sampleLocation(id: string, districts: readonly string[]): string | null {
  if (districts.length !== 1) return null;
  const h = hash(id);
  if (h % 3 !== 0) return null;
  const i = DISTRICTS.indexOf(districts[0]!);
  if (i < 0) return null;
  const seed = SEEDS_KM[i]!;
  const angle = ((h >>> 8) % 360) * (Math.PI / 180);
  // Nearer the seed until the point lies in its district (cells near the outline are narrow).
  const area = districtFeatures()[i]!;
  for (let r = 0.6 + ((h >>> 16) % 60) / 100; r > 0.05; r *= 0.7) {
    const [lon, lat] = toLonLat([seed[0] + r * Math.cos(angle), seed[1] + r * Math.sin(angle)]);
    // d3-geo wants clockwise rings; the file's are counter-clockwise (RFC 7946).
    const ring = [...area.geometry.coordinates[0]!].reverse();
    if (geoContains({ type: 'Polygon', coordinates: [ring] }, [lon, lat]))
      return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
  }
  return null;
}
