import { describe, expect, it } from 'vitest';
import { parseDistrictMap } from '../../src/lib/input/files/district-map.ts';
import { insideAnyDistrict } from '../../src/lib/model/district-map.ts';
import { DISTRICTS } from './neumuenster.ts';
import { sampleDistrictGeoJson, sampleLocation } from './sample-districts.ts';

describe('the sample district map', () => {
  const { map, diagnostics } = parseDistrictMap(JSON.stringify(sampleDistrictGeoJson()));

  it('is valid, with one area per sample Stadtteil', () => {
    expect(diagnostics).toEqual([]);
    expect(map!.features.map((f) => f.name)).toEqual([...DISTRICTS]);
  });

  it('puts every sample location inside its own district', () => {
    let found = 0;
    for (const [i, name] of DISTRICTS.entries()) {
      for (let n = 0; n < 30; n += 1) {
        const text = sampleLocation(`2024-${i}-${n}`, [name]);
        if (text === null) continue;
        found += 1;
        const [lat, lon] = text.split(', ').map(Number) as [number, number];
        const own = map!.features.find((f) => f.name === name)!;
        expect(insideAnyDistrict([own], lon, lat), `${name}: ${text}`).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('gives no point to a measure in several or no Stadtteile', () => {
    expect(sampleLocation('2024-001', [])).toBeNull();
    expect(sampleLocation('2024-001', ['Stör', 'Einfeld'])).toBeNull();
  });
});
