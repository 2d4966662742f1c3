import { describe, expect, it } from 'vitest';
import {
  toCsv,
  toCsvValue,
  measuresJson,
  measuresDocumentSchema,
  measuresJsonSchema,
  toJsonRecord,
  recordSchema,
  indicatorsJson,
  indicatorsDocumentSchema,
  indicatorsJsonSchema,
} from './serialise.ts';
import {
  DATASET_COLUMNS,
  DEPARTMENT_COLUMNS,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  INDICATOR_VALUE_COLUMNS,
  MEASURE_COLUMNS,
  columnMeaning,
  indicatorValueRows,
  type OpenDataContext,
} from './columns.ts';
import { assessment, cityWide, makeIndicator } from '../../testing/make-indicator.ts';
import { dcatCatalog, typedDate } from './dcat.ts';
import { dcatInput, OPEN_DATA_FILES } from './catalogue.ts';
import { readCsvFile } from './testing.ts';
import { makeMeasure, report } from '../changes/testing.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Department } from '../../schemas/department.ts';
import { countAssessments } from '../../model/assessment-counts.ts';

const ctx: OpenDataContext = {
  pageHref: (section, slug) => `/isek/${section}/${slug}/`,
  changedAt: { '2024-008': '2026-11-12' },
};

const measures = [
  makeMeasure({
    id: '2024-008',
    slug: '2024-008',
    title: 'Radweg, Kieler Straße',
    summary: { markdown: '**Breit**', html: '<p><strong>Breit</strong></p>', text: 'Breit' },
    type: 'key',
    status: 'in-progress',
    progress: 45.5,
    start: { precision: 'month', iso: '2025-03' },
    end: { precision: 'year', iso: '2027' },
    costs: 1250000.5,
    funding: 0,
    leadDepartmentId: '61',
    participatingDepartmentIds: ['66', '40'],
    productAreaId: 5,
    product: '011101',
    goalIds: ['5.1'],
    sdgs: [11, 13],
    districts: ['Innenstadt'],
    decision: {
      body: 'Ratsversammlung',
      date: { precision: 'day', iso: '2024-03-12' },
      paper: '0815/2023/DS',
      link: 'https://ratsinfo.example/1',
    },
    report: report('2026-10-15', '- erster Punkt\n- zweiter "Punkt"'),
  }),
  makeMeasure({ id: '2025-001', slug: '2025-001', title: '=Formel', progress: null, report: null }),
];

const goal: Goal = {
  id: '5.1',
  slug: '5.1',
  title: 'Radverkehr',
  description: null,
  parentId: '5',
  childIds: [],
  ancestorIds: ['5'],
  depth: 1,
  productAreaId: 5,
  productGroup: null,
  sdgs: [11],
  sdgsInherited: false,
  sources: ['ISEK 2020', 'Klimaschutzkonzept'],
  focus: true,
  measureIds: ['2024-008'],
  allMeasureIds: ['2024-008'],
  indicatorIds: [],
  allIndicatorIds: [],
  indicatorAssessments: countAssessments([]),
  source: { file: 'a.xlsx', sheet: 'Ziele', row: 3 },
};

const department: Department = {
  id: '61',
  slug: '61',
  name: 'Stadtplanung und -entwicklung',
  division: null,
  email: 'fd61@example.de',
  phone: '+49 4321 942-0',
  website: null,
  leadMeasureIds: ['2024-008', '2025-001'],
  participatingMeasureIds: [],
  source: { file: 'a.xlsx', sheet: 'Fachdienste', row: 2 },
};

describe('toCsvValue', () => {
  it('joins lists with "; " and leaves an empty list empty', () => {
    expect(toCsvValue(['a', 'b'])).toBe('a; b');
    expect(toCsvValue([11, 13])).toBe('11; 13');
    expect(toCsvValue([])).toBeNull();
    expect(toCsvValue(3)).toBe(3);
  });
});

describe('the measures CSV', () => {
  const { header, records } = readCsvFile(toCsv(MEASURE_COLUMNS, measures, ctx));

  it('has one header with every column, one record per measure', () => {
    expect(header).toEqual(MEASURE_COLUMNS.map((c) => c.name));
    expect(records.map((r) => r.nr)).toEqual(['2024-008', '2025-001']);
  });

  it('writes normalised values: ISO dates of their precision, plain numbers, contract labels, lists', () => {
    expect(records[0]).toMatchObject({
      titel: 'Radweg, Kieler Straße',
      kurzbeschreibung: 'Breit',
      art: 'Schlüsselmaßnahme',
      status: 'in Umsetzung',
      fortschritt_prozent: '45.5',
      beginn: '2025-03',
      ende: '2027',
      kosten_eur: '1250000.5',
      foerdermittel_eur: '0',
      fachdienst_federfuehrend: '61',
      fachdienste_beteiligt: '66; 40',
      produktbereich: '5',
      produkt: '011101',
      sdgs: '11; 13',
      beschlussdatum: '2024-03-12',
      vorlage: '0815/2023/DS',
      ratsinfo_link: 'https://ratsinfo.example/1',
      statusbericht_datum: '2026-10-15',
      zuletzt_geaendert: '2026-11-12',
      seite: '/isek/massnahmen/2024-008/',
      verzoegert: 'nein',
    });
  });

  it('keeps line breaks and quotes inside a field and neutralises formulas', () => {
    expect(records[0]!.statusbericht).toBe(`'- erster Punkt\n- zweiter "Punkt"`);
    expect(records[1]!.titel).toBe("'=Formel");
  });

  it('leaves missing values empty, never 0', () => {
    expect(records[1]).toMatchObject({
      fortschritt_prozent: '',
      statusbericht: '',
      zuletzt_geaendert: '',
      kosten_eur: '',
      kosten_ungefaehr: '',
    });
  });

  it('publishes the Schlagworte in a column of their own, after the older columns', () => {
    const tagged = makeMeasure({ id: 'S1', keywords: ['Kinderbetreuung', 'Krippe'] });
    const { header, records } = readCsvFile(toCsv(MEASURE_COLUMNS, [tagged, makeMeasure({ id: 'S2' })], ctx));
    expect(header.slice(-2)).toEqual(['verzoegert', 'schlagworte']);
    expect(records.map((r) => r.schlagworte)).toEqual(['Kinderbetreuung; Krippe', '']);
  });

  it('says which amounts are only approximate, so „ca.“ survives into the data', () => {
    const rough = makeMeasure({ id: 'R1', costs: 500_000, costsApproximate: true, funding: 20_000 });
    const [record] = readCsvFile(toCsv(MEASURE_COLUMNS, [rough], ctx)).records;
    expect(record).toMatchObject({
      kosten_eur: '500000',
      kosten_ungefaehr: 'ja',
      foerdermittel_eur: '20000',
      foerdermittel_ungefaehr: 'nein',
    });
  });

  it('has no field that a spreadsheet would run as a formula', () => {
    for (const r of records) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('the goals and departments CSV', () => {
  it('writes goals with booleans as ja/nein and counts', () => {
    const { records } = readCsvFile(toCsv(GOAL_COLUMNS, [goal], ctx));
    expect(records[0]).toMatchObject({
      nr: '5.1',
      oberziel: '5',
      ebene: '1',
      quellen: 'ISEK 2020; Klimaschutzkonzept',
      im_fokus: 'ja',
      massnahmen_gesamt: '1',
      seite: '/isek/ziele/5.1/',
    });
  });

  it('neutralises a phone number starting with +', () => {
    const { records } = readCsvFile(toCsv(DEPARTMENT_COLUMNS, [department], ctx));
    expect(records[0]).toMatchObject({
      nr: '61',
      telefon: "'+49 4321 942-0",
      massnahmen_federfuehrend: '2',
      massnahmen_beteiligt: '0',
    });
  });
});

describe('massnahmen.json and its schema', () => {
  const meta = {
    stand: '2026-11-12',
    session: 'Rat',
    licence: { name: 'DL-DE-BY-2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
    attribution: 'Quelle: Stadt',
  };
  const doc = measuresJson(measures, meta, ctx);

  it('holds every measure under "massnahmen", with typed values (arrays, numbers, null)', () => {
    expect(doc.anzahl).toBe(2);
    expect(doc.massnahmen.map((m) => m.nr)).toEqual(['2024-008', '2025-001']);
    expect(doc.massnahmen[0]).toMatchObject({
      sdgs: [11, 13],
      fortschritt_prozent: 45.5,
      ziele: ['5.1'],
      statusbericht: '- erster Punkt\n- zweiter "Punkt"',
    });
    expect(doc.massnahmen[1]).toMatchObject({ fortschritt_prozent: null, titel: '=Formel' });
  });

  it('validates against the zod schema the JSON Schema is generated from', () => {
    expect(measuresDocumentSchema().parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(() =>
      measuresDocumentSchema().parse({ ...doc, massnahmen: [{ ...doc.massnahmen[0], unbekannt: 1 }] }),
    ).toThrow();
  });

  it('has a JSON Schema (2020-12) describing every column', () => {
    const schema = measuresJsonSchema('Maßnahmen') as {
      $schema: string;
      title: string;
      required: string[];
      properties: {
        massnahmen: { items: { properties: Record<string, { description?: string }>; required: string[] } };
      };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Maßnahmen');
    expect(schema.required).toEqual(['stand', 'sitzung', 'lizenz', 'quelle', 'anzahl', 'massnahmen']);
    const item = schema.properties.massnahmen.items;
    expect(Object.keys(item.properties)).toEqual(MEASURE_COLUMNS.map((c) => c.name));
    for (const c of MEASURE_COLUMNS)
      expect(item.properties[c.name]!.description).toBe(columnMeaning('measures', c.name));
  });

  it('gives every column of every dataset a meaning and a valid record schema', () => {
    for (const [key, columns] of Object.entries(DATASET_COLUMNS)) {
      for (const c of columns)
        expect(columnMeaning(key as keyof typeof DATASET_COLUMNS, c.name).length).toBeGreaterThan(5);
    }
    expect(recordSchema('goals', GOAL_COLUMNS).parse(toJsonRecord(GOAL_COLUMNS, goal, ctx))).toBeTruthy();
    expect(
      recordSchema('departments', DEPARTMENT_COLUMNS).parse(toJsonRecord(DEPARTMENT_COLUMNS, department, ctx)),
    ).toBeTruthy();
  });
});

describe('DCAT-AP.de metadata', () => {
  const settings = settingsSchema.parse({});
  const catalog = dcatCatalog(
    dcatInput({
      settings,
      siteTitle: 'ISEK Neumünster',
      stand: '2026-11',
      fileHref: (f) => `https://isek.example/daten/${OPEN_DATA_FILES[f]}`,
      landingPage: 'https://isek.example/daten/',
      homepage: 'https://isek.example/',
    }),
  ) as Record<string, any>;

  it('is a catalogue of three datasets with the default licence on every distribution', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context'].dcatde).toBe('http://dcat-ap.de/def/dcatde/');
    const datasets = catalog['dcat:dataset'] as any[];
    expect(datasets.map((d) => d['@id'])).toEqual([
      'https://isek.example/daten/#massnahmen',
      'https://isek.example/daten/#ziele',
      'https://isek.example/daten/#fachdienste',
    ]);
    const distributions = datasets.flatMap((d) => d['dcat:distribution']);
    expect(distributions.map((d) => d['dcat:accessURL']['@id'])).toEqual([
      'https://isek.example/daten/massnahmen.csv',
      'https://isek.example/daten/massnahmen.xlsx',
      'https://isek.example/daten/massnahmen.json',
      'https://isek.example/daten/ziele.csv',
      'https://isek.example/daten/ziele.xlsx',
      'https://isek.example/daten/fachdienste.csv',
      'https://isek.example/daten/fachdienste.xlsx',
    ]);
    expect(distributions[1]['dct:format']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/file-type/XLSX',
    });
    for (const d of distributions) {
      expect(d['dct:license']).toEqual({ '@id': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' });
      expect(d['dcatde:licenseAttributionByText']).toBe('Quelle: Stadt Neumünster, ISEK Neumünster');
    }
    expect(distributions[2]['dct:conformsTo']).toEqual({ '@id': 'https://isek.example/daten/massnahmen.schema.json' });
    expect(datasets[0]['dcat:contactPoint']['vcard:hasEmail']).toEqual({ '@id': 'mailto:isek@neumuenster.de' });
    expect(catalog['dct:modified']).toEqual({ '@value': '2026-11', '@type': 'xsd:gYearMonth' });
  });

  it('uses the licence from the settings', () => {
    const own = settingsSchema.parse({
      licence: {
        name: 'CC BY 4.0',
        url: 'https://creativecommons.org/licenses/by/4.0/',
        uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
      },
    });
    const c = dcatCatalog(
      dcatInput({
        settings: own,
        siteTitle: 'S',
        stand: null,
        fileHref: (f) => f,
        landingPage: '/daten/',
        homepage: '/',
      }),
    ) as any;
    expect(c['dcat:dataset'][0]['dcat:distribution'][0]['dct:license']).toEqual({
      '@id': 'http://dcat-ap.de/def/licenses/cc-by/4.0',
    });
    expect(c['dct:modified']).toBeUndefined();
  });

  it('places every dataset in the municipality by its Amtlicher Gemeindeschlüssel', () => {
    const neumuenster = settingsSchema.parse({ municipalityKey: '01004000' });
    const withKey = dcatCatalog(
      dcatInput({
        settings: neumuenster,
        siteTitle: 'S',
        stand: null,
        fileHref: (f) => f,
        landingPage: '/daten/',
        homepage: '/',
      }),
    ) as any;
    for (const d of withKey['dcat:dataset'] as any[]) {
      expect(d['dcatde:politicalGeocodingURI']).toEqual({
        '@id': 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/01004000',
      });
      expect(d['dcatde:politicalGeocodingLevelURI']).toEqual({
        '@id': 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality',
      });
    }
    const kiel = settingsSchema.parse({ city: 'Kiel', municipalityKey: '01002000' });
    const c = dcatCatalog(
      dcatInput({
        settings: kiel,
        siteTitle: 'S',
        stand: null,
        fileHref: (f) => f,
        landingPage: '/daten/',
        homepage: '/',
      }),
    ) as any;
    expect(c['dcat:dataset'][0]['dcatde:politicalGeocodingURI']['@id']).toMatch(/\/municipalityKey\/01002000$/);
  });

  it('leaves the place out when the settings hold no key, as by default', () => {
    for (const d of catalog['dcat:dataset'] as any[]) {
      expect(d).not.toHaveProperty('dcatde:politicalGeocodingURI');
      expect(d).not.toHaveProperty('dcatde:politicalGeocodingLevelURI');
    }
  });

  it('types dates by their precision', () => {
    expect(typedDate('2026')).toEqual({ '@value': '2026', '@type': 'xsd:gYear' });
    expect(typedDate('2026-11-12')).toEqual({ '@value': '2026-11-12', '@type': 'xsd:date' });
  });
});

describe('the indicators: kennzahlen.csv, kennzahlwerte.csv, kennzahlen.json', () => {
  const meta = {
    stand: '2026-11-12',
    session: 'Rat',
    licence: { name: 'DL-DE-BY-2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
    attribution: 'Quelle: Stadt',
  };
  const k1 = makeIndicator({
    id: 'K-5.1',
    slug: 'k-5.1',
    unit: 't CO₂ je Einw.',
    targetValue: 4,
    targetYear: 2030,
    goalIds: ['5.1'],
    values: [
      ...cityWide([
        [2018, 8.6],
        [2024, 6.9, 'vorläufig'],
      ]),
      {
        year: 2024,
        value: -1.5,
        district: 'Stadtmitte',
        note: null,
        source: { file: 'a', sheet: 'Kennzahlwerte', row: 9 },
      },
    ],
    districts: ['Stadtmitte'],
    assessment: assessment({
      category: 'too-slow',
      baseYear: 2018,
      baseValue: 8.6,
      latestYear: 2024,
      latestValue: 6.9,
      ratio: 0.74,
    }),
  });
  const k2 = makeIndicator({ id: 'K-6', slug: 'k-6', unit: null });
  const indicators = [k1, k2];

  it('writes one row per indicator with its assessment, label and key', () => {
    const { header, records } = readCsvFile(toCsv(INDICATOR_COLUMNS, indicators, ctx));
    expect(header).toEqual(INDICATOR_COLUMNS.map((c) => c.name));
    expect(records[0]).toMatchObject({
      nr: 'K-5.1',
      zielrichtung: 'sinken',
      zielwert: '4',
      zieljahr: '2030',
      bewertung: 'zu langsam',
      bewertung_schluessel: 'too-slow',
      verhaeltnis_q: '0.74',
      seite: '/isek/kennzahlen/k-5.1/',
    });
    expect(records).toHaveLength(2);
  });

  it('writes the values in tidy long form, Year … Value as Open SDG reads them, empty Stadtteil for the city', () => {
    const { header, records } = readCsvFile(toCsv(INDICATOR_VALUE_COLUMNS, indicatorValueRows(indicators), ctx));
    expect(header).toEqual(['kennzahl', 'Year', 'Stadtteil', 'Value', 'einheit', 'anmerkung']);
    expect(records.map((r) => header.map((h) => r[h]))).toEqual([
      ['K-5.1', '2018', '', '8.6', 't CO₂ je Einw.', ''],
      ['K-5.1', '2024', '', '6.9', 't CO₂ je Einw.', 'vorläufig'],
      ['K-5.1', '2024', 'Stadtmitte', '-1.5', 't CO₂ je Einw.', ''],
    ]);
  });

  it('has a JSON document with each indicator’s values that validates against its schema', () => {
    const doc = indicatorsJson(indicators, meta, ctx);
    expect(doc.anzahl).toBe(2);
    expect(doc.kennzahlen[0]!.werte).toEqual([
      { Year: 2018, Stadtteil: null, Value: 8.6, anmerkung: null },
      { Year: 2024, Stadtteil: null, Value: 6.9, anmerkung: 'vorläufig' },
      { Year: 2024, Stadtteil: 'Stadtmitte', Value: -1.5, anmerkung: null },
    ]);
    expect(indicatorsDocumentSchema().parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    const schema = indicatorsJsonSchema('Kennzahlen') as {
      required: string[];
      properties: { kennzahlen: { items: { properties: Record<string, { description?: string }> } } };
    };
    expect(schema.required).toContain('kennzahlen');
    expect(Object.keys(schema.properties.kennzahlen.items.properties)).toEqual([
      ...INDICATOR_COLUMNS.map((c) => c.name),
      'werte',
    ]);
  });

  it('is described in DCAT-AP.de only when there are indicators', () => {
    const input = (withIndicators: boolean) =>
      dcatCatalog(
        dcatInput({
          settings: settingsSchema.parse({}),
          siteTitle: 'S',
          stand: null,
          fileHref: (f) => `https://x/daten/${OPEN_DATA_FILES[f]}`,
          landingPage: 'https://x/daten/',
          homepage: 'https://x/',
          withIndicators,
        }),
      ) as Record<string, any>;
    expect(input(false)['dcat:dataset']).toHaveLength(3);
    const withThem = input(true)['dcat:dataset'] as any[];
    expect(withThem.at(-1)['@id']).toBe('https://x/daten/#kennzahlen');
    expect(withThem.at(-1)['dcat:distribution'].map((d: any) => d['dcat:accessURL']['@id'])).toEqual([
      'https://x/daten/kennzahlen.csv',
      'https://x/daten/kennzahlwerte.csv',
      'https://x/daten/kennzahlen.xlsx',
      'https://x/daten/kennzahlen.json',
    ]);
  });
});
