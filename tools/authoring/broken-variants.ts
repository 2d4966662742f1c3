/**
 * Small workbooks with exactly one error each, for tests of the core: each must be refused with
 * its place named (file, sheet, row as Excel shows it, column header as written).
 *
 * The base (`validVariant()`) is clean: no error, no warning. Each variant changes one thing.
 */
import type { DiagnosticCode } from '../../src/lib/diagnostics.ts';
import {
  DEPARTMENTS_SHEET,
  GOALS_SHEET,
  INDICATOR_VALUES_SHEET,
  INDICATORS_SHEET,
  MEASURES_SHEET,
  type SheetSpec,
} from '../../src/lib/input/workbook/sheet-kinds.ts';
import { dateCell, type CellData, type SheetData, type WorkbookData } from './workbook-data.ts';

/** Where the one error of a variant must be reported. */
export interface ExpectedProblem {
  /** Acceptable codes (some problems may fairly be reported under either of two codes). */
  readonly codes: readonly DiagnosticCode[];
  readonly file: string;
  readonly sheet: string;
  /**
   * Excel row number(s): any of them is right (a cycle may be reported on any of its rows);
   * `null` among them allows a problem reported for the whole sheet.
   */
  readonly rows: readonly (number | null)[];
  /** Column header as written in the file; `null` when the column is missing altogether. */
  readonly column: string | null;
  /** A text the message must name (the missing column's header). */
  readonly mentions?: string;
}

/** One broken workbook set. */
export interface BrokenVariant {
  /** Stable name, e.g. `duplicate-id`. */
  readonly name: string;
  /** What is wrong, in English for the test output. */
  readonly description: string;
  readonly workbooks: readonly WorkbookData[];
  readonly expected: ExpectedProblem;
}

/** File name of the variants' single workbook. */
export const VARIANT_FILE = 'ISEK.xlsx';

type Row = Record<string, CellData>;

const header = (spec: SheetSpec, key: string): string => {
  const col = spec.columns.find((c) => c.key === key);
  if (!col) throw new Error(`unknown column ${key}`);
  return col.header;
};

function sheet(spec: SheetSpec, rows: readonly Row[], omit: readonly string[] = []): SheetData {
  const keys = spec.columns.map((c) => c.key).filter((k) => !omit.includes(k));
  return {
    name: spec.name,
    rows: [keys.map((k) => header(spec, k)), ...rows.map((r) => keys.map((k) => r[k] ?? null))],
  };
}

const GOALS: readonly Row[] = [
  {
    id: '5',
    title: 'Grüne und klimaangepasste Stadt',
    productArea: 5,
    sdgs: '11; 13',
    source: 'ISEK 2020',
    focus: 'ja',
  },
  { id: '5.1', title: 'Stadtgrün erhalten und entwickeln', parent: '5', sdgs: 15 },
  { id: '5.2', title: 'Regenwasser vor Ort bewirtschaften', parent: '5', sdgs: '6' },
];

const DEPARTMENTS: readonly Row[] = [
  { id: 61, name: 'Stadtplanung und -entwicklung', division: 'Fachbereich IV', email: 'fd61@neumuenster.de' },
  { id: 66, name: 'Tiefbau und Grünflächen', division: 'Fachbereich IV', email: 'fd66@neumuenster.de' },
  { id: 68, name: 'Klimaschutz und Umwelt', division: 'Fachbereich IV', email: 'fd68@neumuenster.de' },
];

const MEASURES: readonly Row[] = [
  {
    id: '2024-001',
    title: 'Baumpflanzungen Großflecken',
    goals: '5.1',
    leadDepartment: 66,
    status: 'in Umsetzung',
    progress: 40,
    start: '03/2024',
    end: '2027',
    report: 'Die Arbeiten laufen planmäßig.',
    reportDate: dateCell(2026, 10, 15),
  },
  {
    id: '2024-002',
    title: 'Regenwasserkonzept Innenstadt',
    goals: '5.2',
    leadDepartment: 'FD 68',
    participatingDepartments: '61; 66',
    status: 'geplant',
    start: '2027',
    end: '2028',
    report: 'Die Ausschreibung wird vorbereitet.',
    reportDate: '01.10.2026',
  },
  {
    id: '2024-003',
    title: 'Entsiegelung Schulhof Holstenschule',
    goals: '5.1, 5.2',
    leadDepartment: '61',
    status: 'abgeschlossen',
    progress: 100,
    start: dateCell(2024, 4, 1),
    end: dateCell(2025, 9, 30),
    link: 'https://ratsinfo.neumuenster.de/vo0050.php?__kvonr=21234',
    paper: '0815/2023/DS',
    report: '**Abgeschlossen.**',
    reportDate: '2026-09-30',
  },
];

const INDICATORS: readonly Row[] = [
  {
    id: 'K-5.1',
    title: 'Öffentliche Grünfläche je Einwohnerin und Einwohner',
    goals: '5.1',
    unit: 'm² je Einw.',
    direction: 'steigen',
    department: 66,
  },
  {
    id: 'K-5.2',
    title: 'Entsiegelte Fläche',
    goals: '5.2',
    unit: 'm²',
    direction: '↑',
    targetValue: '12.000',
    targetYear: 2030,
    department: 'FD 68',
  },
];

const INDICATOR_VALUES: readonly Row[] = [
  { indicatorId: 'K-5.1', year: 2020, value: '38,2' },
  { indicatorId: 'K-5.1', year: 2025, value: 37.9 },
  { indicatorId: 'K-5.2', year: 2021, value: '1.500' },
  { indicatorId: 'K-5.2', year: 2025, value: 6400, note: 'vorläufig' },
];

/** A wide-form values sheet: `Kennzahl-Nr.` and one column per year. */
const wideValues = (rows: readonly (readonly CellData[])[]): SheetData => ({
  name: INDICATOR_VALUES_SHEET.name,
  rows: [['Kennzahl-Nr.', 2020, 2021, 2025], ...rows],
});

function workbook(parts: {
  measures?: readonly Row[];
  goals?: readonly Row[];
  departments?: readonly Row[];
  omitMeasureColumns?: readonly string[];
  indicators?: readonly Row[];
  values?: readonly Row[];
  valuesSheet?: SheetData;
}): WorkbookData[] {
  return [
    {
      file: VARIANT_FILE,
      sheets: [
        sheet(MEASURES_SHEET, parts.measures ?? MEASURES, parts.omitMeasureColumns),
        sheet(GOALS_SHEET, parts.goals ?? GOALS),
        sheet(DEPARTMENTS_SHEET, parts.departments ?? DEPARTMENTS),
        {
          name: 'Info',
          rows: [
            ['Angabe', 'Wert'],
            ['Stand', dateCell(2026, 11, 20)],
          ],
        },
        sheet(INDICATORS_SHEET, parts.indicators ?? INDICATORS),
        parts.valuesSheet ?? sheet(INDICATOR_VALUES_SHEET, parts.values ?? INDICATOR_VALUES),
      ],
    },
  ];
}

/** Replaces fields of one row (0-based data index). */
const patch = (rows: readonly Row[], index: number, change: Row): Row[] =>
  rows.map((r, i) => (i === index ? { ...r, ...change } : r));

/** Excel row of a data row (header in row 1). */
const excelRow = (index: number) => index + 2;

const at = (
  sheetSpec: SheetSpec,
  key: string,
  index: number | readonly number[],
  ...codes: DiagnosticCode[]
): ExpectedProblem => ({
  codes,
  file: VARIANT_FILE,
  sheet: sheetSpec.name,
  rows: (typeof index === 'number' ? [index] : index).map(excelRow),
  column: header(sheetSpec, key),
});

/** The clean base the variants are made from: it must load without errors or warnings. */
export function validVariant(): WorkbookData[] {
  return workbook({});
}

/** The broken variants, each with exactly one error and where it must be reported. */
export function brokenVariants(): BrokenVariant[] {
  return [
    {
      name: 'duplicate-id',
      description: 'two measures share the Nr. 2024-001',
      workbooks: workbook({ measures: patch(MEASURES, 2, { id: '2024-001' }) }),
      expected: at(MEASURES_SHEET, 'id', 2, 'key.duplicate'),
    },
    {
      name: 'unknown-goal',
      description: 'a measure names goal 5.3, which does not exist',
      workbooks: workbook({ measures: patch(MEASURES, 1, { goals: '5.3' }) }),
      expected: at(MEASURES_SHEET, 'goals', 1, 'ref.unknown-goal'),
    },
    {
      name: 'unknown-department',
      description: 'lead department "Tiefbau und Grünfläche", a near miss of "Tiefbau und Grünflächen"',
      workbooks: workbook({ measures: patch(MEASURES, 0, { leadDepartment: 'Tiefbau und Grünfläche' }) }),
      expected: at(MEASURES_SHEET, 'leadDepartment', 0, 'ref.unknown-department'),
    },
    {
      name: 'percent-120',
      description: 'progress of 120 percent',
      workbooks: workbook({ measures: patch(MEASURES, 0, { progress: 120 }) }),
      expected: at(MEASURES_SHEET, 'progress', 0, 'value.out-of-range'),
    },
    {
      name: 'sdg-18',
      description: 'SDG 18 (there are 17)',
      workbooks: workbook({ measures: patch(MEASURES, 1, { sdgs: '11; 18' }) }),
      expected: at(MEASURES_SHEET, 'sdgs', 1, 'value.out-of-range'),
    },
    {
      name: 'product-area-7',
      description: 'product area 7 (there are 6)',
      workbooks: workbook({ measures: patch(MEASURES, 0, { productArea: 7 }) }),
      expected: at(MEASURES_SHEET, 'productArea', 0, 'value.out-of-range', 'ref.unknown-product-area'),
    },
    {
      name: 'javascript-link',
      description: 'a javascript: link',
      workbooks: workbook({ measures: patch(MEASURES, 0, { link: 'javascript:alert(1)' }) }),
      expected: at(MEASURES_SHEET, 'link', 0, 'value.invalid-link'),
    },
    {
      name: 'goal-cycle',
      description: 'goals 5.1 and 5.2 name each other as parent',
      workbooks: workbook({
        goals: [
          GOALS[0] as Row,
          { ...(GOALS[1] as Row), parent: '5.2', productArea: 5 },
          { ...(GOALS[2] as Row), parent: '5.1', productArea: 5 },
        ],
        measures: patch(MEASURES, 2, { goals: '5; 5.1; 5.2' }),
      }),
      expected: at(GOALS_SHEET, 'parent', [1, 2], 'goal.cycle'),
    },
    {
      name: 'missing-column',
      description: 'the required column Status is missing',
      workbooks: workbook({ omitMeasureColumns: ['status'] }),
      expected: {
        codes: ['column.missing'],
        file: VARIANT_FILE,
        sheet: MEASURES_SHEET.name,
        rows: [1, null],
        column: null,
        mentions: header(MEASURES_SHEET, 'status'),
      },
    },
    {
      name: 'missing-value',
      description: 'a measure without a status',
      workbooks: workbook({ measures: patch(MEASURES, 1, { status: null }) }),
      expected: at(MEASURES_SHEET, 'status', 1, 'value.required'),
    },
    {
      name: 'unreadable-date',
      description: 'start "Frühjahr 2024" is no date',
      workbooks: workbook({ measures: patch(MEASURES, 0, { start: 'Frühjahr 2024' }) }),
      expected: at(MEASURES_SHEET, 'start', 0, 'value.invalid'),
    },
    {
      name: 'goal-number-as-date',
      description: 'goal number 5.1 typed in German Excel, stored as the date 5 January',
      workbooks: workbook({ measures: patch(MEASURES, 0, { goals: dateCell(2026, 1, 5, 'dd\\. mmm') }) }),
      expected: at(MEASURES_SHEET, 'goals', 0, 'value.excel-date'),
    },
    {
      name: 'department-mismatch',
      description: 'lead department "61 Tiefbau und Grünflächen": 61 is Stadtplanung, Tiefbau is 66',
      workbooks: workbook({ measures: patch(MEASURES, 0, { leadDepartment: '61 Tiefbau und Grünflächen' }) }),
      expected: at(MEASURES_SHEET, 'leadDepartment', 0, 'ref.department-mismatch'),
    },
    {
      name: 'department-list-half-known',
      description: 'participating departments "61 und 99": 99 does not exist, so 61 alone must not be taken',
      workbooks: workbook({ measures: patch(MEASURES, 1, { participatingDepartments: '61 und 99' }) }),
      expected: at(MEASURES_SHEET, 'participatingDepartments', 1, 'ref.unknown-department'),
    },
    {
      name: 'invisible-character-in-key',
      description: 'the Nr. 2024-0\u206003 with a word joiner, looking like 2024-003',
      workbooks: workbook({ measures: patch(MEASURES, 2, { id: '2024-0\u206003' }) }),
      expected: at(MEASURES_SHEET, 'id', 2, 'key.invisible-character'),
    },
    {
      name: 'key-too-long',
      description: 'a Nr. of 405 characters (a text pasted into the Nr. column)',
      workbooks: workbook({
        measures: patch(MEASURES, 1, { id: `2024-002 ${'Regenwasserkonzept Innenstadt '.repeat(14)}`.slice(0, 405) }),
      }),
      expected: at(MEASURES_SHEET, 'id', 1, 'key.too-long'),
    },
    {
      name: 'end-before-start',
      description: 'end 15.12.2024 before start 01.03.2025',
      workbooks: workbook({ measures: patch(MEASURES, 0, { start: '01.03.2025', end: '15.12.2024' }) }),
      expected: at(MEASURES_SHEET, 'end', 0, 'measure.end-before-start'),
    },
    {
      name: 'indicator-duplicate',
      description: 'two indicators share the Kennzahl-Nr. K-5.1',
      workbooks: workbook({
        indicators: patch(INDICATORS, 1, { id: 'K-5.1' }),
        values: INDICATOR_VALUES.filter((v) => v.indicatorId === 'K-5.1'),
      }),
      expected: at(INDICATORS_SHEET, 'id', 1, 'key.duplicate'),
    },
    {
      name: 'indicator-unknown-goal',
      description: 'an indicator names goal 5.3, which does not exist',
      workbooks: workbook({ indicators: patch(INDICATORS, 0, { goals: '5.3' }) }),
      expected: at(INDICATORS_SHEET, 'goals', 0, 'ref.unknown-goal'),
    },
    {
      name: 'indicator-direction',
      description: 'Zielrichtung "gleichbleibend" is neither steigen nor sinken',
      workbooks: workbook({ indicators: patch(INDICATORS, 0, { direction: 'gleichbleibend' }) }),
      expected: at(INDICATORS_SHEET, 'direction', 0, 'value.invalid'),
    },
    {
      name: 'indicator-target-without-year',
      description: 'a Zielwert without Zieljahr',
      workbooks: workbook({ indicators: patch(INDICATORS, 1, { targetYear: null }) }),
      expected: at(INDICATORS_SHEET, 'targetYear', 1, 'indicator.target-incomplete'),
    },
    {
      name: 'indicator-value-not-a-number',
      description: 'the value "ca. 40 m²" is not a number',
      workbooks: workbook({ values: patch(INDICATOR_VALUES, 1, { value: 'ca. 40 m²' }) }),
      expected: at(INDICATOR_VALUES_SHEET, 'value', 1, 'value.invalid'),
    },
    {
      name: 'indicator-value-twice',
      description: 'a second value for K-5.1 in 2020 (city-wide)',
      workbooks: workbook({ values: [...INDICATOR_VALUES, { indicatorId: 'K-5.1', year: 2020, value: '39,0' }] }),
      expected: at(INDICATOR_VALUES_SHEET, 'value', INDICATOR_VALUES.length, 'indicator.value-duplicate'),
    },
    {
      name: 'indicator-value-unknown',
      description: 'a value for K-5.3, which is no indicator',
      workbooks: workbook({ values: patch(INDICATOR_VALUES, 2, { indicatorId: 'K-5.3' }) }),
      expected: at(INDICATOR_VALUES_SHEET, 'indicatorId', 2, 'ref.unknown-indicator'),
    },
    {
      name: 'indicator-wide-not-a-number',
      description: 'wide form: the 2021 cell of K-5.2 holds "n. v."',
      workbooks: workbook({
        valuesSheet: wideValues([
          ['K-5.1', '38,2', null, 37.9],
          ['K-5.2', null, 'n. v.', 6400],
        ]),
      }),
      expected: {
        codes: ['value.invalid'],
        file: VARIANT_FILE,
        sheet: INDICATOR_VALUES_SHEET.name,
        rows: [3],
        column: '2021',
      },
    },
  ];
}
