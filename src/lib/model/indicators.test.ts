import { describe, expect, it } from 'vitest';
import { makeWorkbookBytes, type CellSpec } from '../testing/make-workbook.ts';
import { readWorkbook } from '../input/workbook/read-workbook.ts';
import { locateTables } from '../input/workbook/locate-tables.ts';
import { SHEET_SPECS } from '../input/workbook/sheet-kinds.ts';
import { buildModel } from './build-model.ts';
import type { Diagnostic } from '../diagnostics.ts';

const options = { staleReportMonths: 12, today: '2026-11-25', dataDirName: 'data' };

const BASE_SHEETS: { name: string; rows: CellSpec[][] }[] = [
  {
    name: 'Fachdienste',
    rows: [
      ['Nr.', 'Bezeichnung'],
      [61, 'Stadtplanung und -entwicklung'],
      [66, 'Tiefbau und Grünflächen'],
    ],
  },
  {
    name: 'Ziele',
    rows: [
      ['Ziel-Nr.', 'Titel', 'Übergeordnetes Ziel', 'Produktbereich', 'SDG'],
      ['5', 'Klimagerechte Stadt', null, 5, '11; 13'],
      ['5.1', 'Radverkehr stärken', '5', null, '11'],
      ['5.2', 'Grün erhalten', '5', null, '15'],
      ['2', 'Bildung', null, 2, '4'],
    ],
  },
  {
    name: 'Maßnahmen',
    rows: [
      ['Nr.', 'Titel', 'Fachdienst', 'Status', 'Ziele'],
      ['2024-001', 'Radweg', 61, 'in Umsetzung', '5.1; 5.2; 2'],
    ],
  },
];

const INDICATOR_HEADER: CellSpec[] = [
  'Kennzahl-Nr.',
  'Titel',
  'Ziele',
  'Einheit',
  'Zielrichtung',
  'Zielwert',
  'Zieljahr',
  'Basisjahr',
  'SDG',
  'Fachdienst',
];
const INDICATORS: CellSpec[][] = [
  INDICATOR_HEADER,
  ['K1', 'CO₂-Emissionen je Einwohner', '5', 't je Einw.', 'sinken', '4,0', 2030, null, null, 'FD 66'],
  ['K2', 'Anteil Radverkehr', '5.1', '%', '↑', null, null, null, '11; 3', null],
  ['K3', 'Abschlüsse', '2', 'Anzahl', 'höher ist besser', null, null, null, null, null],
];

function build(extraSheets: { name: string; rows: CellSpec[][] }[]) {
  const bytes = makeWorkbookBytes({ sheets: [...BASE_SHEETS, ...extraSheets] });
  const { workbook, diagnostics: readDiagnostics } = readWorkbook('isek.xlsx', bytes);
  const located = locateTables([workbook!], SHEET_SPECS);
  const built = buildModel(located.tables, options);
  return { model: built.model, diagnostics: [...readDiagnostics, ...located.diagnostics, ...built.diagnostics] };
}

const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const byCode = (ds: readonly Diagnostic[], code: string) => ds.filter((d) => d.code === code);

const LONG_VALUES: CellSpec[][] = [
  ['Kennzahl-Nr.', 'Jahr', 'Wert', 'Stadtteil', 'Anmerkung'],
  ['K1', 2018, 8, null, null],
  ['K1', 2020, '7,2', null, null],
  ['K1', 2024, 6, null, 'vorläufig'],
  ['K2', 2019, { percent: 0.12 }, null, null],
  ['K2', 2023, '14,5 %', null, null],
  ['K2', 2023, 20, 'Innenstadt', null],
  ['K2', 2023, 9, 'Faldera', null],
  ['K2', 2019, 18, 'Innenstadt', null],
  ['K3', 2024, '1.234', null, null],
];

const WIDE_VALUES: CellSpec[][] = [
  ['Zeitreihen der Statistikstelle'],
  [],
  ['Kennzahl-Nr.', 'Stadtteil', 2018, '2019', 2020, 2023, 2024],
  ['K1', null, 8, null, '7,2', null, 6],
  ['K2', null, null, { percent: 0.12 }, null, '14,5 %', null],
  ['K2', 'Innenstadt', null, 18, null, 20, null],
  ['K2', 'Faldera', null, null, null, 9, null],
  ['K3', null, null, null, null, null, '1.234'],
];

describe('indicators from a workbook in long form', () => {
  const { model, diagnostics } = build([
    { name: 'Kennzahlen', rows: INDICATORS },
    { name: 'Kennzahlwerte', rows: LONG_VALUES },
  ]);

  it('reads, links and assesses them without errors', () => {
    expect(errors(diagnostics)).toEqual([]);
    expect(model.indicators.map((i) => i.id)).toEqual(['K1', 'K2', 'K3']);
    const [k1, k2, k3] = model.indicators;
    expect(k1).toMatchObject({
      slug: 'k1',
      direction: 'down',
      targetValue: 4,
      targetYear: 2030,
      goalIds: ['5'],
      productAreaIds: [5],
      sdgs: [11, 13],
      sdgsInherited: true,
      departmentId: '66',
      unit: 't je Einw.',
    });
    expect(k1!.assessment).toMatchObject({ category: 'on-track', baseYear: 2018, latestYear: 2024, latestValue: 6 });
    expect(k1!.values.at(-1)).toMatchObject({ year: 2024, value: 6, note: 'vorläufig', district: null });
    expect(k2).toMatchObject({
      direction: 'up',
      sdgs: [3, 11],
      sdgsInherited: false,
      districts: ['Faldera', 'Innenstadt'],
    });
    expect(k2!.values.map((v) => [v.district, v.year, v.value])).toEqual([
      [null, 2019, 12],
      [null, 2023, 14.5],
      ['Faldera', 2023, 9],
      ['Innenstadt', 2019, 18],
      ['Innenstadt', 2023, 20],
    ]);
    // The Stadtteile do not enter the assessment: 12 → 14.5 in 4 years is +5.2 % a year.
    expect(k2!.assessment.category).toBe('positive-trend');
    expect(k2!.assessment.trend).toBeCloseTo(2.5 / 12 / 4);
    expect(k3!.values).toMatchObject([{ year: 2024, value: 1234 }]);
    expect(k3!.assessment.category).toBe('not-assessable');
  });

  it('rolls indicators up to goals and product areas, counting assessments', () => {
    const goal = (id: string) => model.goals.find((g) => g.id === id)!;
    expect(goal('5').indicatorIds).toEqual(['K1']);
    expect(goal('5').allIndicatorIds).toEqual(['K1', 'K2']);
    expect(goal('5.1').allIndicatorIds).toEqual(['K2']);
    expect(goal('5.2').allIndicatorIds).toEqual([]);
    expect(goal('5').indicatorAssessments).toMatchObject({ 'on-track': 1, 'positive-trend': 1, 'not-assessable': 0 });
    const area5 = model.productAreas.find((a) => a.id === 5)!;
    expect(area5.indicatorIds).toEqual(['K1', 'K2']);
    expect(area5.indicatorAssessments['on-track']).toBe(1);
    expect(Object.values(area5.indicatorAssessments).reduce((a, b) => a + b, 0)).toBe(2);
    expect(model.productAreas.find((a) => a.id === 2)!.indicatorAssessments['not-assessable']).toBe(1);
  });

  it('counts the rows of both sheets', () => {
    expect(model.rowCounts.indicators).toEqual({ read: 3, published: 3, skippedEmpty: 0, refused: 0 });
    expect(model.rowCounts.indicatorValues).toEqual({ read: 9, published: 9, skippedEmpty: 0, refused: 0 });
  });
});

describe('indicators from a workbook in wide form', () => {
  it('give the same model as the long form', () => {
    const long = build([
      { name: 'Kennzahlen', rows: INDICATORS },
      { name: 'Kennzahlwerte', rows: LONG_VALUES },
    ]);
    const wide = build([
      { name: 'Kennzahlen', rows: INDICATORS },
      { name: 'Kennzahlwerte', rows: WIDE_VALUES },
    ]);
    expect(errors(wide.diagnostics)).toEqual([]);
    const strip = (m: typeof long.model) => ({
      indicators: m.indicators.map((i) => ({ ...i, values: i.values.map(({ source: _s, ...v }) => v) })),
      goals: m.goals,
      productAreas: m.productAreas,
    });
    // Notes belong to single values in the long form only; the wide sample has none.
    const longWithoutNotes = strip(long.model);
    for (const i of longWithoutNotes.indicators) for (const v of i.values) v.note = null;
    expect(strip(wide.model)).toEqual(longWithoutNotes);
  });

  it('reads an empty year cell as no value, never 0', () => {
    const { model } = build([
      { name: 'Kennzahlen', rows: INDICATORS },
      { name: 'Kennzahlwerte', rows: WIDE_VALUES },
    ]);
    expect(model.indicators[2]!.values.map((v) => v.year)).toEqual([2024]);
  });

  it('names the year column of a value that is no number', () => {
    const rows = [WIDE_VALUES[2]!, ['K1', null, 8, 'k. Zahl', 7, null, 6]];
    const { diagnostics } = build([
      { name: 'Kennzahlen', rows: INDICATORS },
      { name: 'Kennzahlwerte', rows },
    ]);
    expect(errors(diagnostics)).toMatchObject([
      { code: 'value.invalid', sheet: 'Kennzahlwerte', row: 2, column: '2019' },
    ]);
  });

  it('refuses a sheet with both year columns and Jahr/Wert', () => {
    const rows: CellSpec[][] = [
      ['Kennzahl-Nr.', 'Jahr', 'Wert', 2019],
      ['K1', 2018, 8, 7],
    ];
    const { diagnostics } = build([
      { name: 'Kennzahlen', rows: INDICATORS },
      { name: 'Kennzahlwerte', rows },
    ]);
    expect(byCode(diagnostics, 'column.wide-and-long')).toMatchObject([{ severity: 'error', row: 1, column: 'Jahr' }]);
  });

  it('is recognised by its headers under another sheet name', () => {
    const { model, diagnostics } = build([
      { name: 'Kennzahlen', rows: INDICATORS },
      { name: 'Tabelle1', rows: WIDE_VALUES },
    ]);
    expect(byCode(diagnostics, 'sheet.recognised-by-headers')).toHaveLength(1);
    expect(model.indicators[0]!.values).toHaveLength(3);
  });
});

describe('indicator problems', () => {
  const withValues = (indicators: CellSpec[][], values: CellSpec[][]) =>
    build([
      { name: 'Kennzahlen', rows: [INDICATOR_HEADER, ...indicators] },
      { name: 'Kennzahlwerte', rows: [['Kennzahl-Nr.', 'Jahr', 'Wert', 'Stadtteil'], ...values] },
    ]).diagnostics;

  it('a second value for the same indicator, year and Stadtteil names both rows', () => {
    const ds = withValues(
      [INDICATORS[1]!],
      [
        ['K1', 2018, 8],
        ['K1', 2019, 7],
        ['K1', 2018, '8,1'],
        ['K1', 2018, 5, 'Innenstadt'],
      ],
    );
    const [dup] = byCode(ds, 'indicator.value-duplicate');
    expect(dup).toMatchObject({ severity: 'error', sheet: 'Kennzahlwerte', row: 4, column: 'Wert' });
    expect(dup!.message).toContain('Zeile 2');
    expect(byCode(ds, 'indicator.value-duplicate')).toHaveLength(1);
  });

  it('a value for an unknown indicator, with the closest numbers', () => {
    const ds = withValues([INDICATORS[1]!, INDICATORS[2]!], [['K11', 2018, 8]]);
    const [unknown] = byCode(ds, 'ref.unknown-indicator');
    expect(unknown).toMatchObject({ severity: 'error', row: 2, column: 'Kennzahl-Nr.' });
    expect(unknown!.message).toContain('Meinten Sie „K1“');
  });

  it('a value that is not a number, at its cell', () => {
    const ds = withValues([INDICATORS[1]!], [['K1', 2018, 'ca. 8 t']]);
    expect(errors(ds)).toMatchObject([{ code: 'value.invalid', row: 2, column: 'Wert' }]);
  });

  it('reads `-` in Zielrichtung as sinken, not as "no value"', () => {
    const { model, diagnostics } = build([
      { name: 'Kennzahlen', rows: [INDICATOR_HEADER, ['K1', 'CO₂', '5', null, '-'], ['K2', 'Rad', '5', null, '–']] },
      {
        name: 'Kennzahlwerte',
        rows: [
          ['Kennzahl-Nr.', 'Jahr', 'Wert'],
          ['K1', 2018, 8],
          ['K2', 2018, 8],
        ],
      },
    ]);
    expect(errors(diagnostics)).toEqual([]);
    expect(model.indicators.map((i) => i.direction)).toEqual(['down', 'down']);
  });

  it('an unknown goal with suggestions, an unknown department, duplicates, a bad direction', () => {
    const ds = withValues(
      [
        ['K1', 'CO₂', '5.3', null, 'sinkend', null, null, null, null, 'FD 99'],
        ['K1', 'CO₂ doppelt', '5', null, 'sinken'],
      ],
      [['K1', 2018, 8]],
    );
    expect(byCode(ds, 'ref.unknown-goal')[0]!.message).toContain('Meinten Sie');
    expect(byCode(ds, 'ref.unknown-department')).toMatchObject([{ column: 'Fachdienst', row: 2 }]);
    expect(byCode(ds, 'key.duplicate')).toMatchObject([{ row: 3 }]);
    expect(byCode(ds, 'value.invalid')).toMatchObject([{ column: 'Zielrichtung' }]);
  });

  it('warns about an indicator without values or without goals', () => {
    const ds = withValues([['K1', 'CO₂', null, null, 'sinken'], INDICATORS[2]!], [['K1', 2018, 8]]);
    expect(byCode(ds, 'indicator.without-goals')).toMatchObject([{ severity: 'warning', row: 2, column: 'Ziele' }]);
    expect(byCode(ds, 'indicator.without-values')).toMatchObject([
      { severity: 'warning', row: 3, column: 'Kennzahl-Nr.' },
    ]);
  });

  it('refuses a Zielwert without Zieljahr and vice versa', () => {
    const ds = withValues(
      [
        ['K1', 'a', '5', null, 'sinken', 4],
        ['K2', 'b', '5', null, 'sinken', null, 2030],
      ],
      [
        ['K1', 2018, 8],
        ['K2', 2018, 8],
      ],
    );
    expect(byCode(ds, 'indicator.target-incomplete')).toMatchObject([
      { severity: 'error', row: 2, column: 'Zieljahr' },
      { severity: 'error', row: 3, column: 'Zielwert' },
    ]);
  });

  it('a target year not after the base year is an error', () => {
    const ds = withValues(
      [['K1', 'a', '5', null, 'sinken', 4, 2019, 2020]],
      [
        ['K1', 2020, 8],
        ['K1', 2022, 7],
      ],
    );
    expect(byCode(ds, 'indicator.target-year-before-base')).toMatchObject([{ severity: 'error', column: 'Zieljahr' }]);
  });

  it('a base year without a value: not assessable, a warning at the Basisjahr cell', () => {
    const { model, diagnostics } = build([
      { name: 'Kennzahlen', rows: [INDICATOR_HEADER, ['K1', 'a', '5', null, 'sinken', 4, 2030, 2019]] },
      {
        name: 'Kennzahlwerte',
        rows: [
          ['Kennzahl-Nr.', 'Jahr', 'Wert'],
          ['K1', 2018, 8],
          ['K1', 2024, 6],
        ],
      },
    ]);
    expect(byCode(diagnostics, 'indicator.base-year-without-value')).toMatchObject([
      { severity: 'warning', row: 2, column: 'Basisjahr' },
    ]);
    expect(model.indicators[0]!.assessment.category).toBe('not-assessable');
  });
});
