import { describe, expect, it } from 'vitest';
import type { MapFeature } from '../input/files/district-map.ts';
import { insideAnyDistrict, MAP_WIDTH, projectDistrictMap } from './district-map.ts';

/** A rectangle as RFC 7946 writes it: exterior ring counter-clockwise. */
function rectangle(
  name: string,
  west: number,
  south: number,
  east: number,
  north: number,
  clockwise = false,
): MapFeature {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { name, geometry: { type: 'MultiPolygon', coordinates: [[clockwise ? ring.reverse() : ring]] } };
}

const west = rectangle('West', 9.9, 54.0, 10.0, 54.1);
const east = rectangle('Ost', 10.0, 54.0, 10.1, 54.1, true);

describe('projectDistrictMap', () => {
  const map = projectDistrictMap([west, east], [{ measureId: 'M1', lat: 54.05, lon: 9.95 }], (name) =>
    name === 'West' ? 'west' : null,
  );

  it('fits the extent to the view-box width, whichever way the rings turn', () => {
    expect(map.width).toBe(MAP_WIDTH);
    // 0.2° by 0.1° at 54° N: on Mercator the height is 0.1 / cos 54° ≈ 0.17 longitude degrees.
    expect(map.height / MAP_WIDTH).toBeCloseTo(0.85, 1);
  });

  it('writes one closed path per area, with one decimal', () => {
    for (const area of map.areas) {
      expect(area.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
      expect(area.d).not.toMatch(/\.\d\d/);
    }
    expect(map.areas.map((a) => [a.name, a.districtSlug])).toEqual([
      ['West', 'west'],
      ['Ost', null],
    ]);
  });

  it('puts each label inside its area and the point where it lies', () => {
    const [w, e] = map.areas;
    expect(w!.labelX).toBeCloseTo(MAP_WIDTH / 4, 0);
    expect(e!.labelX).toBeCloseTo((MAP_WIDTH * 3) / 4, 0);
    expect(map.points).toEqual([{ measureId: 'M1', x: expect.closeTo(MAP_WIDTH / 4, 0), y: expect.any(Number) }]);
    expect(map.points[0]!.y).toBeGreaterThan(0);
    expect(map.points[0]!.y).toBeLessThan(map.height);
  });

  it('thins boundaries with many surveyed vertices', () => {
    const ring: number[][] = [];
    for (let i = 0; i <= 2000; i += 1) ring.push([9.9 + (0.1 * i) / 2000, 54.0]);
    ring.push([10.0, 54.1], [9.9, 54.1], [9.9, 54.0]);
    const dense: MapFeature = { name: 'Dicht', geometry: { type: 'MultiPolygon', coordinates: [[ring]] } };
    const d = projectDistrictMap([dense], [], () => null).areas[0]!.d;
    expect(d.split('L').length).toBeLessThan(MAP_WIDTH + 10);
  });
});

describe('insideAnyDistrict', () => {
  it('tells points in the city from points outside, whatever the ring orientation', () => {
    expect(insideAnyDistrict([west, east], 9.95, 54.05)).toBe(true);
    expect(insideAnyDistrict([west, east], 10.05, 54.05)).toBe(true);
    expect(insideAnyDistrict([west, east], 10.2, 54.05)).toBe(false);
    expect(insideAnyDistrict([west, east], 54.05, 9.95)).toBe(false);
  });
});
