import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.ts';
import { districtMatchKey, withIndicators } from './districts.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { makeTable } from '../testing/make-table.ts';
import { parseDistrictMap, type DistrictMapFile } from '../input/files/district-map.ts';

const options = { staleReportMonths: 12, today: '2026-11-25', dataDirName: 'data' };

const base = () => [
  makeTable('departments', [{ id: 61, name: 'Stadtplanung' }]),
  makeTable('goals', [{ id: '5', title: 'Klimagerechte Stadt', productArea: 5 }]),
];

let n = 0;
const measure = (extra: Record<string, unknown>) => ({
  id: `2024-${String(++n).padStart(3, '0')}`,
  title: 'Maßnahme',
  leadDepartment: '61',
  status: 'in Umsetzung',
  goals: '5',
  ...extra,
});

function build(rows: Record<string, unknown>[], districtMap: DistrictMapFile | null = null) {
  n = 0;
  return buildModel([...base(), makeTable('measures', rows.map(measure))], { ...options, districtMap });
}

/** Two districts side by side, west 9.9–10.0 and east 10.0–10.1 at 54.0–54.1. */
function twoDistrictMap(west = 'Einfeld', east = 'Faldera', extra: string[] = []): DistrictMapFile {
  const box = (w: number, e: number) => [
    [
      [w, 54],
      [e, 54],
      [e, 54.1],
      [w, 54.1],
      [w, 54],
    ],
  ];
  const features = [
    { type: 'Feature', properties: { name: west }, geometry: { type: 'Polygon', coordinates: box(9.9, 10) } },
    { type: 'Feature', properties: { name: east }, geometry: { type: 'Polygon', coordinates: box(10, 10.1) } },
    ...extra.map((name, i) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'Polygon', coordinates: box(10.1 + i * 0.1, 10.2 + i * 0.1) },
    })),
  ];
  return parseDistrictMap(JSON.stringify({ type: 'FeatureCollection', features })).map!;
}

describe('districtMatchKey', () => {
  it('treats case, umlauts, white space, dots and hyphens alike', () => {
    expect(districtMatchKey('Böcklersiedlung-Bugenhagen')).toBe(districtMatchKey(' boecklersiedlung  bugenhagen'));
    expect(districtMatchKey('St. Georg')).toBe(districtMatchKey('St.-Georg'));
    expect(districtMatchKey('Stör')).not.toBe(districtMatchKey('Stadtmitte'));
  });
});

describe('buildModel: Stadtteile', () => {
  it('collects every Stadtteil with its measures, sorted by name', () => {
    const { model, diagnostics } = build([{ districts: 'Tungendorf; Einfeld' }, { districts: 'Einfeld' }, {}]);
    expect(diagnostics.filter((d) => d.code.startsWith('district'))).toEqual([]);
    expect(model.districts).toEqual([
      {
        slug: 'einfeld',
        name: 'Einfeld',
        spellings: ['Einfeld'],
        measureIds: ['2024-001', '2024-002'],
        onMap: false,
        indicators: [],
      },
      {
        slug: 'tungendorf',
        name: 'Tungendorf',
        spellings: ['Tungendorf'],
        measureIds: ['2024-001'],
        onMap: false,
        indicators: [],
      },
    ]);
    expect(model.districtMap).toBeNull();
  });

  it('merges two spellings into the more frequent one, with a notice at the other', () => {
    const { model, diagnostics } = build([{ districts: 'Stör' }, { districts: 'stoer' }, { districts: 'Stör' }]);
    expect(model.districts.map((d) => [d.name, d.spellings, d.measureIds.length])).toEqual([
      ['Stör', ['Stör', 'stoer'], 3],
    ]);
    expect(model.measures.map((m) => m.districts)).toEqual([['Stör'], ['Stör'], ['Stör']]);
    const notice = diagnostics.filter((d) => d.code === 'district.spelling-merged');
    expect(notice).toEqual([expect.objectContaining({ severity: 'notice', row: 3, column: 'Stadtteil' })]);
    expect(notice[0]!.message).toContain('„stoer“');
  });

  it('lists a Stadtteil once in a measure that names it in two spellings', () => {
    const { model } = build([{ districts: 'Gadeland; gadeland' }]);
    expect(model.measures[0]!.districts).toEqual(['Gadeland']);
  });

  it('refuses two Stadtteile that would share a page address', () => {
    const { model, diagnostics } = build([{ districts: 'Ost/West' }, { districts: 'Ost West' }]);
    expect(diagnostics.filter((d) => d.code === 'district.address-collision')).toEqual([
      expect.objectContaining({ severity: 'error', row: 3, column: 'Stadtteil' }),
    ]);
    expect(model.districts).toHaveLength(1);
  });

  it('matches the map tolerantly, warns about a Stadtteil it lacks and notes areas without measures', () => {
    const map = twoDistrictMap('Einfeld', 'FALDERA', ['Wittorf']);
    const { model, diagnostics } = build([{ districts: 'Einfeld; Faldera' }, { districts: 'Gartenstadt' }], map);
    expect(model.districts.map((d) => [d.name, d.onMap])).toEqual([
      ['Einfeld', true],
      ['Faldera', true],
      ['Gartenstadt', false],
    ]);
    expect(diagnostics.filter((d) => d.code === 'district.not-on-map')).toEqual([
      expect.objectContaining({ severity: 'warning', row: 3, column: 'Stadtteil' }),
    ]);
    const unknown = diagnostics.filter((d) => d.code === 'map.unknown-district');
    expect(unknown).toEqual([expect.objectContaining({ severity: 'notice', file: 'stadtteile.geojson' })]);
    expect(unknown[0]!.message).toContain('„Wittorf“');
    expect(model.districtMap!.areas.map((a) => [a.name, a.districtSlug])).toEqual([
      ['Einfeld', 'einfeld'],
      ['FALDERA', 'faldera'],
      ['Wittorf', null],
    ]);
  });
});

describe('buildModel: point locations', () => {
  const map = twoDistrictMap();

  it('reads Lage and Breite/Länge and puts points inside the city on the map', () => {
    const { model, diagnostics } = build(
      [{ location: '54.05, 9.95' }, { latitude: 54.05, longitude: '10,05' }, { location: '54,02; 9,91' }, {}],
      map,
    );
    expect(diagnostics.filter((d) => d.code.startsWith('measure.location'))).toEqual([]);
    expect(model.measures.map((m) => m.location)).toEqual([
      { lat: 54.05, lon: 9.95 },
      { lat: 54.05, lon: 10.05 },
      { lat: 54.02, lon: 9.91 },
      null,
    ]);
    expect(model.districtMap!.points.map((p) => p.measureId)).toEqual(['2024-001', '2024-002', '2024-003']);
  });

  it('warns at the cell about coordinates it cannot read, and publishes the measure without a point', () => {
    const { model, diagnostics } = build(
      [{ location: 'Marktplatz' }, { location: '154.05, 9.95' }, { latitude: 54.05 }],
      map,
    );
    const warnings = diagnostics.filter((d) => d.code === 'measure.location-invalid');
    expect(warnings.map((d) => [d.severity, d.row, d.column])).toEqual([
      ['warning', 2, 'Lage'],
      ['warning', 3, 'Lage'],
      ['warning', 4, 'Breite'],
    ]);
    expect(warnings[2]!.message).toContain('„Länge“');
    expect(model.measures).toHaveLength(3);
    expect(model.measures.every((m) => m.location === null)).toBe(true);
  });

  it('warns about a point outside every district, and suggests swapping when that fits', () => {
    const { model, diagnostics } = build([{ location: '54.5, 9.95' }, { location: '9.95, 54.05' }], map);
    const outside = diagnostics.filter((d) => d.code === 'measure.location-outside');
    expect(outside.map((d) => [d.severity, d.row, d.column])).toEqual([
      ['warning', 2, 'Lage'],
      ['warning', 3, 'Lage'],
    ]);
    expect(outside[0]!.message).not.toContain('Vertauscht');
    expect(outside[1]!.message).toContain('Vertauscht');
    expect(model.districtMap!.points).toEqual([]);
  });
});

describe('withIndicators', () => {
  const source = { file: 'k.xlsx', sheet: 'Kennzahlwerte', row: 2 };
  const value = (year: number, v: number, district: string | null) => ({
    year,
    value: v,
    district,
    note: null,
    source,
  });
  const indicator = {
    id: 'K1',
    slug: 'k1',
    title: 'Grünfläche je Einw.',
    unit: 'm²',
    values: [
      value(2023, 10, null),
      value(2024, 11, null),
      value(2023, 7, 'stoer'),
      value(2024, 8, 'Stör'),
      value(2024, 3, 'Einfeld'),
    ],
  } as unknown as Indicator;

  it('gives a Stadtteil the newest value of its breakdown and the city-wide value of that year', () => {
    const { model } = build([{ districts: 'Stör' }, { districts: 'Wittorf' }]);
    const [stoer, wittorf] = withIndicators(model.districts, [indicator]);
    expect(stoer!.indicators).toEqual([
      { id: 'K1', slug: 'k1', title: 'Grünfläche je Einw.', unit: 'm²', year: 2024, value: 8, cityValue: 11 },
    ]);
    expect(wittorf!.indicators).toEqual([]);
  });
});
