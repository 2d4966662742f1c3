/**
 * The district map's geometry, computed once in the build: WGS 84 polygons → SVG path strings in
 * a fixed-width view box (d3-geo, Mercator fitted to the map's extent), label positions, measure
 * points, and the point-in-city check. Pure: the pages only print what this gives them, and no
 * map code reaches the browser.
 */
import { geoArea, geoContains, geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { MapFeature } from '../input/files/district-map.ts';
import type { DistrictMap } from '../schemas/district.ts';

/** Width of the view box; the height follows the map's shape. */
export const MAP_WIDTH = 640;

/** Projected points closer than this (view-box units) to the last kept one are left out. */
const SIMPLIFY_TOLERANCE = 1;

type Polygon = number[][][];

/**
 * d3-geo takes a ring's orientation seriously (on the sphere, the right-hand rule of RFC 7946
 * draws the complement: the whole globe minus the district). Each polygon is turned so that it
 * covers less than half of the sphere, whichever way the file wrote it.
 */
function rewound(polygon: Polygon): Polygon {
  const area = geoArea({ type: 'Polygon', coordinates: polygon });
  return area > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
}

/** Oriented geometries by feature: the point-in-city check asks once per measure. */
const ORIENTED = new WeakMap<MapFeature, GeoJSON.Feature<GeoJSON.MultiPolygon>>();

/** The feature's geometry, oriented for d3-geo (computed once per feature). */
function oriented(feature: MapFeature): GeoJSON.Feature<GeoJSON.MultiPolygon> {
  let shape = ORIENTED.get(feature);
  if (!shape) {
    shape = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map(rewound) },
    };
    ORIENTED.set(feature, shape);
  }
  return shape;
}

/**
 * A stream filter that drops points within {@link SIMPLIFY_TOLERANCE} of the last kept point of
 * a line or ring (the last point is always kept, so rings stay closed): a boundary with
 * thousands of surveyed vertices needs no more than one per unit of the view box.
 */
function thinned(stream: GeoStream): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < SIMPLIFY_TOLERANCE) {
        pending = [x, y];
        return;
      }
      stream.point(x, y);
      last = [x, y];
      pending = null;
    },
    lineStart() {
      last = null;
      pending = null;
      stream.lineStart();
    },
    lineEnd() {
      if (pending) stream.point(pending[0], pending[1]);
      stream.lineEnd();
    },
    polygonStart: () => stream.polygonStart(),
    polygonEnd: () => stream.polygonEnd(),
    sphere: () => stream.sphere?.(),
  };
}

/** A measure's point location, as the core read it. */
export interface LocatedPoint {
  readonly measureId: string;
  readonly lat: number;
  readonly lon: number;
}

/**
 * Projects the map: one path per feature (with `districtSlug` from `slugOf`, `null` for a
 * feature no measure names), a label position inside each (the centroid of its largest part),
 * and the points. Coordinates are rounded to one decimal, which is a tenth of a unit in a view
 * box 640 units wide.
 */
export function projectDistrictMap(
  features: readonly MapFeature[],
  points: readonly LocatedPoint[],
  slugOf: (name: string) => string | null,
): DistrictMap {
  const shapes = features.map(oriented);
  const collection: GeoJSON.FeatureCollection<GeoJSON.MultiPolygon> = { type: 'FeatureCollection', features: shapes };
  const projection = geoMercator().fitWidth(MAP_WIDTH, collection);
  const path = geoPath({ stream: (s) => projection.stream(thinned(s)) }).digits(1);
  const measure = geoPath(projection);
  const [[, top], [, bottom]] = measure.bounds(collection);
  const height = Math.ceil(bottom - top);
  const round = (n: number): number => Math.round(n * 10) / 10;
  const areas = features.map((feature, i) => {
    const shape = shapes[i]!;
    // The label goes to the largest part, so an island or exclave does not pull it off the land.
    const parts = shape.geometry.coordinates.map((polygon) => ({ type: 'Polygon' as const, coordinates: polygon }));
    const largest = parts.reduce((a, b) => (measure.area(b) > measure.area(a) ? b : a));
    const [x, y] = measure.centroid(largest);
    return {
      name: feature.name,
      districtSlug: slugOf(feature.name),
      d: path(shape) ?? '',
      labelX: round(x),
      labelY: round(y),
    };
  });
  const projected = points.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ measureId: p.measureId, x: round(xy[0]), y: round(xy[1]) }] : [];
  });
  return { width: MAP_WIDTH, height, areas, points: projected };
}

/** Whether a point (WGS 84) lies inside any of the features: inside the city. */
export function insideAnyDistrict(features: readonly MapFeature[], lon: number, lat: number): boolean {
  return features.some((f) => geoContains(oriented(f), [lon, lat]));
}
