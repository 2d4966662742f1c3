import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDistrictMap, readDistrictMap } from './district-map.ts';

const square = (x: number, y: number, size = 0.01) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

const feature = (
  properties: Record<string, unknown> | null,
  geometry: unknown = { type: 'Polygon', coordinates: square(9.98, 54.07) },
) => ({
  type: 'Feature',
  properties,
  geometry,
});

const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function reason(text: string): string {
  const { map, diagnostics } = parseDistrictMap(text);
  expect(map).toBeNull();
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]).toMatchObject({ code: 'map.invalid', severity: 'error', file: 'stadtteile.geojson' });
  return diagnostics[0]!.message;
}

describe('parseDistrictMap', () => {
  it('reads Polygons and MultiPolygons with the name in any of its aliases', () => {
    const { map, diagnostics } = parseDistrictMap(
      collection(
        feature({ name: 'Einfeld' }),
        feature(
          { STADTTEIL: ' Faldera ' },
          { type: 'MultiPolygon', coordinates: [square(10, 54.1), square(10.1, 54.1)] },
        ),
        feature({ Stadtteil: 'Gadeland', name: '' }),
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(map!.features.map((f) => f.name)).toEqual(['Einfeld', 'Faldera', 'Gadeland']);
    expect(map!.features[1]!.geometry.coordinates).toHaveLength(2);
    expect(map!.features[0]!.geometry.type).toBe('MultiPolygon');
  });

  it('merges features that share a name into one district', () => {
    const { map } = parseDistrictMap(
      collection(
        feature({ name: 'Stör' }),
        feature({ name: 'Stör' }, { type: 'Polygon', coordinates: square(10, 54) }),
      ),
    );
    expect(map!.features).toHaveLength(1);
    expect(map!.features[0]!.geometry.coordinates).toHaveLength(2);
  });

  it('accepts a byte-order mark in front of the JSON', () => {
    expect(parseDistrictMap('\uFEFF' + collection(feature({ name: 'A' }))).map).not.toBeNull();
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(reason('{ "type": ')).toContain('kein JSON');
  });

  it('refuses a single Feature instead of a FeatureCollection', () => {
    expect(reason(JSON.stringify(feature({ name: 'A' })))).toContain('FeatureCollection');
  });

  it('refuses an empty collection', () => {
    expect(reason(collection())).toContain('kein einziges Objekt');
  });

  it('refuses a Point and names the object', () => {
    const message = reason(
      collection(feature({ name: 'A' }), feature({ name: 'B' }, { type: 'Point', coordinates: [9.9, 54] })),
    );
    expect(message).toContain('Objekt 2');
    expect(message).toContain('Polygon');
  });

  it('refuses a ring of fewer than four positions', () => {
    expect(
      reason(
        collection(
          feature(
            { name: 'A' },
            {
              type: 'Polygon',
              coordinates: [
                [
                  [9, 54],
                  [9.1, 54],
                  [9, 54],
                ],
              ],
            },
          ),
        ),
      ),
    ).toContain('Koordinaten');
  });

  it('refuses a feature without a name', () => {
    expect(reason(collection(feature({ id: 4 })))).toContain('Name des Stadtteils');
    expect(reason(collection(feature(null)))).toContain('Objekt 1');
  });

  it('refuses coordinates that are not WGS 84 (a UTM export)', () => {
    const utm = { type: 'Polygon', coordinates: square(566000, 5993000, 500) };
    expect(reason(collection(feature({ name: 'A' }, utm)))).toContain('WGS 84');
  });
});

describe('readDistrictMap', () => {
  it('gives no map and no diagnostic without the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-map-'));
    expect(await readDistrictMap(dir)).toEqual({ map: null, diagnostics: [] });
  });

  it('finds the file whatever the case of its name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-map-'));
    await writeFile(path.join(dir, 'Stadtteile.GeoJSON'), collection(feature({ name: 'Einfeld' })));
    const { map } = await readDistrictMap(dir);
    expect(map).toMatchObject({ file: 'Stadtteile.GeoJSON', features: [{ name: 'Einfeld' }] });
  });
});
