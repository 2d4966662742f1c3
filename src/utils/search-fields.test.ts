import { describe, expect, it } from 'vitest';
import { smallLookups, smallModel } from '../../tests/fixtures/model-small.ts';
import {
  collectFacets,
  departmentSearchFields,
  goalSearchFields,
  indicatorSearchFields,
  measureSearchFields,
  NO_DATE_SORT_VALUE,
  productAreaSearchFields,
  SEARCH_SORT_KEYS,
  titleSortKey,
} from './search-fields.ts';
import { assessment, makeIndicator } from '../lib/testing/make-indicator.ts';

const model = smallModel();
const lookups = smallLookups(model);

const measure = (id: string) => model.measures.find((m) => m.id === id)!;

describe('measureSearchFields', () => {
  it('gives meta, every filter with readable labels, and both sort keys', () => {
    const fields = measureSearchFields(measure('2024-008'), lookups);
    expect(fields.meta).toEqual({
      title: 'Neugestaltung Großflecken',
      nr: '2024-008',
      typ: 'Maßnahme',
      status: 'in Umsetzung',
      fachdienst: '61 Stadtplanung und -entwicklung',
      stand: '01.10.2026',
    });
    expect(fields.filters).toEqual({
      typ: ['Maßnahme'],
      fachdienst: ['61 Stadtplanung und -entwicklung'],
      produktbereich: ['5 Gestaltung der Umwelt'],
      status: ['in Umsetzung'],
      ziel: ['5.1 Klimagerechte Stadtentwicklung', '5.1.1 Grünflächen erhalten und vernetzen'],
      sdg: ['11 Nachhaltige Städte und Gemeinden', '15 Leben an Land'],
      stadtteil: ['Innenstadt'],
      art: ['Schlüsselmaßnahme'],
    });
    expect(fields.sort).toEqual({ stand: '2026-10-01', titel: 'neugestaltung grossflecken' });
  });

  it('files a delayed measure under the filter Zeitplan: verzögert, and no other measure', () => {
    const late = measureSearchFields({ ...measure('2024-008'), delayed: true }, lookups);
    expect(late.filters.zeitplan).toEqual(['verzögert']);
    expect(late.meta.verzoegert).toBe('verzögert (geplant bis 2027)');
    expect(measureSearchFields(measure('2024-008'), lookups).meta).not.toHaveProperty('verzoegert');
    expect(measureSearchFields(measure('2024-008'), lookups).filters).not.toHaveProperty('zeitplan');
  });

  it('uses the status labels of the settings', () => {
    expect(measureSearchFields(measure('2023-001'), lookups).filters.status).toEqual(['umgesetzt']);
  });

  it('leaves out empty filters and meta, but never a sort key', () => {
    const fields = measureSearchFields(measure('2022-010'), lookups);
    expect(Object.keys(fields.filters)).toEqual(['typ', 'fachdienst', 'produktbereich', 'status', 'stadtteil', 'art']);
    // Without product area, Stadtteil and type it is found through „ohne Angabe“, as on /massnahmen/.
    expect([fields.filters.produktbereich, fields.filters.stadtteil, fields.filters.art]).toEqual([
      ['ohne Angabe'],
      ['ohne Angabe'],
      ['ohne Angabe'],
    ]);
    expect(fields.meta.stand).toBeUndefined();
    expect(fields.sort).toEqual({ stand: NO_DATE_SORT_VALUE, titel: 'parkhaus am bahnhof' });
  });

  it('names each goal once, with the goals above it', () => {
    // 2025-002 names 5.1 and its sub-goal 5.1.1.
    expect(measureSearchFields(measure('2025-002'), lookups).filters.ziel).toEqual([
      '5.1 Klimagerechte Stadtentwicklung',
      '5.1.1 Grünflächen erhalten und vernetzen',
    ]);
  });
});

describe('fields of goals, departments and product areas', () => {
  it('carry both sort keys, with the publication’s Stand', () => {
    const all = [
      ...model.goals.map((g) => goalSearchFields(g, lookups)),
      ...model.departments.map((d) => departmentSearchFields(d, lookups)),
      ...model.productAreas.map((a) => productAreaSearchFields(a, lookups)),
    ];
    for (const fields of all) {
      expect(Object.keys(fields.sort)).toEqual([...SEARCH_SORT_KEYS]);
      expect(fields.sort.stand).toBe('2026-11-12');
      expect(fields.meta.stand).toBe('12.11.2026');
    }
  });

  it('file a goal under itself and every goal above it', () => {
    const goal = model.goals.find((g) => g.id === '5.1.2.1')!;
    expect(goalSearchFields(goal, lookups).filters).toEqual({
      typ: ['Ziel'],
      produktbereich: ['5 Gestaltung der Umwelt'],
      ziel: ['5.1 Klimagerechte Stadtentwicklung', '5.1.2 Radverkehr stärken', '5.1.2.1 Radwege sanieren'],
      sdg: ['11 Nachhaltige Städte und Gemeinden'],
    });
  });

  it('file a department and a product area under themselves', () => {
    const d = model.departments.find((x) => x.id === '66')!;
    expect(departmentSearchFields(d, lookups).filters).toEqual({
      typ: ['Fachdienst'],
      fachdienst: ['66 Tiefbau und Verkehr'],
    });
    const a = model.productAreas.find((x) => x.id === 2)!;
    expect(productAreaSearchFields(a, lookups).filters).toEqual({
      typ: ['Produktbereich'],
      produktbereich: ['2 Schule und Kultur'],
    });
  });

  it('give pages without any date the no-date sort value', () => {
    const fields = departmentSearchFields(model.departments[0]!, { ...lookups, publicationDate: null });
    expect(fields.sort.stand).toBe(NO_DATE_SORT_VALUE);
    expect(fields.meta.stand).toBeUndefined();
  });
});

describe('indicatorSearchFields', () => {
  it('types the page „Kennzahl“ and filters by product area, goal (with those above), SDG and assessment', () => {
    const indicator = makeIndicator({
      id: 'K-7',
      title: 'Anteil des Radverkehrs',
      goalIds: ['5.1.2.1'],
      productAreaIds: [5],
      sdgs: [11],
      assessment: assessment({ category: 'too-slow' }),
    });
    const fields = indicatorSearchFields(indicator, lookups);
    expect(fields.meta).toMatchObject({ title: 'Anteil des Radverkehrs', nr: 'K-7', typ: 'Kennzahl' });
    expect(fields.filters).toEqual({
      typ: ['Kennzahl'],
      produktbereich: ['5 Gestaltung der Umwelt'],
      ziel: ['5.1 Klimagerechte Stadtentwicklung', '5.1.2 Radverkehr stärken', '5.1.2.1 Radwege sanieren'],
      sdg: ['11 Nachhaltige Städte und Gemeinden'],
      bewertung: ['zu langsam'],
    });
    expect(Object.keys(fields.sort).sort()).toEqual([...SEARCH_SORT_KEYS].sort());
  });
});

describe('titleSortKey', () => {
  it('folds case, umlauts and ß so code-point order is German order', () => {
    const titles = ['Zebra', 'Ärztehaus', 'apfel', 'Straße', 'Strasse B', 'Über'];
    const sorted = [...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['apfel', 'Ärztehaus', 'Straße', 'Strasse B', 'Über', 'Zebra']);
  });
});

describe('collectFacets', () => {
  it('counts values per key, in the preferred order first, then naturally', () => {
    const pages = [
      ...model.measures.map((m) => measureSearchFields(m, lookups)),
      ...model.goals.map((g) => goalSearchFields(g, lookups)),
    ];
    const facets = collectFacets(pages, { typ: ['Maßnahme', 'Ziel'], status: ['geplant', 'in Vorbereitung'] });
    expect(facets.map((f) => f.key)).toEqual([
      'typ',
      'fachdienst',
      'produktbereich',
      'status',
      'ziel',
      'sdg',
      'stadtteil',
      'art',
    ]);
    expect(facets.find((f) => f.key === 'typ')!.options).toEqual([
      { value: 'Maßnahme', count: 7 },
      { value: 'Ziel', count: 6 },
    ]);
    const status = facets.find((f) => f.key === 'status')!.options.map((o) => o.value);
    expect(status.slice(0, 2)).toEqual(['geplant', 'in Vorbereitung']);
    const sdgs = facets.find((f) => f.key === 'sdg')!.options.map((o) => o.value.split(' ')[0]);
    expect(sdgs).toEqual(['1', '4', '10', '11', '13', '15']);
    expect(facets.filter((f) => f.fixedOrder).map((f) => f.key)).toEqual(['typ', 'status']);
    // „ohne Angabe“ comes last, after the named values, whatever its letters.
    const districts = facets.find((f) => f.key === 'stadtteil')!.options.map((o) => o.value);
    expect(districts.at(-1)).toBe('ohne Angabe');
    expect(districts.length).toBeGreaterThan(1);
  });
});
