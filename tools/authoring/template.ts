/**
 * The ready-to-fill template workbook (`npm run template`): every sheet kind with its canonical
 * headers, example rows that pass the check, a sheet `Erläuterungen` built from the column help
 * texts, and drop-down lists for Status, Art, Produktbereich, Fachdienst, Im Fokus and
 * Zielrichtung. Key and reference columns are formatted as Text down to the last row the
 * drop-down lists cover.
 */
import * as XLSX from 'xlsx';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_PRODUCT_AREAS,
  DIRECTION_LABELS,
  MEASURE_TYPE_LABELS,
  STATUS_LABELS,
  TEMPLATE_TEXT,
} from '../../src/lib/i18n/de.ts';
import { loadProject } from '../../src/lib/load.ts';
import { STATUSES, MEASURE_TYPES } from '../../src/lib/schemas/status.ts';
import {
  DEPARTMENTS_SHEET,
  GOALS_SHEET,
  INDICATOR_VALUES_SHEET,
  INDICATORS_SHEET,
  INFO_SHEET,
  MEASURES_SHEET,
  PRODUCT_AREAS_SHEET,
  REPORTS_SHEET,
  SHEET_SPECS,
  type SheetSpec,
} from '../../src/lib/input/workbook/sheet-kinds.ts';
import { addDataValidations, type ListValidation } from './data-validation.ts';
import { rewriteSheets, withFrozenHeaderRow, withWrappedColumns } from '../../src/lib/output/xlsx-package.ts';
import {
  dateCell,
  textCell,
  workbookBytes,
  type CellData,
  type SheetData,
  type WorkbookData,
} from './workbook-data.ts';
import { isKeyColumn } from '../../src/lib/input/workbook/key-columns.ts';

/** A department offered in the template. */
export interface TemplateDepartment {
  readonly id: string;
  readonly name: string;
  readonly division?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly website?: string | null;
}

/** The departments used when the data folder has none. */
export const EXAMPLE_DEPARTMENTS: readonly TemplateDepartment[] = [
  {
    id: '61',
    name: 'Stadtplanung und -entwicklung',
    division: 'Fachbereich IV',
    email: 'fd61@neumuenster.de',
    phone: '04321 942-2610',
    website: 'https://www.neumuenster.de/fd-61',
  },
  {
    id: '66',
    name: 'Tiefbau und Grünflächen',
    division: 'Fachbereich IV',
    email: 'fd66@neumuenster.de',
    phone: '04321 942-2660',
    website: 'https://www.neumuenster.de/fd-66',
  },
];

/** The template: the workbook as rows, plus the drop-down lists to add to it. */
export interface Template {
  readonly workbook: WorkbookData;
  /** Validations by 0-based sheet position. */
  readonly validations: ReadonlyMap<number, readonly ListValidation[]>;
  /** 0-based positions of the sheets whose header row stays in sight while scrolling. */
  readonly frozenHeaderSheets: readonly number[];
  /** 0-based columns whose text wraps (Statusbericht, Kurzbeschreibung …), by sheet position. */
  readonly wrappedColumns: ReadonlyMap<number, readonly number[]>;
}

/** Columns of long text: wide (40 characters) in the template. */
const WIDE_COLUMN = /^(title|summary|report|description|name|text)$/;

/** Columns of text that runs over several lines (Markdown): they wrap in the template. */
const WRAPPED_COLUMN = /^(summary|report|description|text)$/;

/** Last row the drop-down lists cover. */
const LAST_ROW = 2000;

/** How a department appears in the drop-down list: number and name, a form the reader accepts. */
export const departmentChoice = (d: TemplateDepartment): string => `${d.id} ${d.name}`;

type Row = Record<string, CellData>;

/**
 * A kind sheet: the header, the example rows, and below them empty rows up to {@link LAST_ROW}
 * in which every key and reference column is formatted as Text, so that Excel and LibreOffice
 * keep a typed `1.1` or `054101` as typed instead of making a date or a number of it.
 */
function kindSheet(spec: SheetSpec, rows: readonly Row[]): SheetData {
  const text = spec.columns.map((c) => isKeyColumn(spec.kind, c.key));
  const cell = (r: Row | null, i: number): CellData => {
    const value = r?.[spec.columns[i]!.key] ?? null;
    if (!text[i]) return value;
    return typeof value === 'string' || typeof value === 'number' || value === null ? textCell(value) : value;
  };
  const blank = text.some(Boolean)
    ? Array.from({ length: LAST_ROW - 1 - rows.length }, () => spec.columns.map((_, i) => cell(null, i)))
    : [];
  return {
    name: spec.name,
    rows: [spec.columns.map((c) => c.header), ...rows.map((r) => spec.columns.map((_, i) => cell(r, i))), ...blank],
    widths: spec.columns.map((c) => (WIDE_COLUMN.test(c.key) ? 40 : Math.max(12, c.header.length + 2))),
  };
}

function guideSheet(): SheetData {
  const rows: CellData[][] = [[TEMPLATE_TEXT.guideTitle], [TEMPLATE_TEXT.guideIntro], []];
  for (const spec of SHEET_SPECS) {
    rows.push([TEMPLATE_TEXT.guideSheetHeading(spec.name, spec.required)]);
    rows.push([...TEMPLATE_TEXT.guideColumns]);
    for (const c of spec.columns) {
      rows.push([c.header, c.required ? TEMPLATE_TEXT.yes : TEMPLATE_TEXT.no, c.aliases.join(', '), c.help]);
    }
    rows.push([]);
  }
  rows.push([TEMPLATE_TEXT.guideHintsHeading]);
  for (const hint of TEMPLATE_TEXT.guideHints) rows.push([hint]);
  return { name: TEMPLATE_TEXT.guideSheet, rows, widths: [24, 14, 40, 90] };
}

/** The hidden sheet holding the drop-down values, one list per column, without a header. */
function listsSheet(departments: readonly TemplateDepartment[]): {
  sheet: SheetData;
  ranges: Record<'status' | 'productArea' | 'department' | 'type' | 'yesNo' | 'direction', string>;
} {
  const columns: CellData[][] = [
    STATUSES.map((s) => STATUS_LABELS[s]),
    Object.keys(DEFAULT_PRODUCT_AREAS).map(Number),
    Object.values(DEFAULT_PRODUCT_AREAS),
    departments.map(departmentChoice),
    MEASURE_TYPES.map((t) => MEASURE_TYPE_LABELS[t]),
    [TEMPLATE_TEXT.yes, TEMPLATE_TEXT.no],
    [DIRECTION_LABELS.up, DIRECTION_LABELS.down],
  ];
  const height = Math.max(...columns.map((c) => c.length));
  const rows = Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? null));
  const range = (col: number) =>
    `${TEMPLATE_TEXT.listsSheet}!$${XLSX.utils.encode_col(col)}$1:$${XLSX.utils.encode_col(col)}$${(columns[col] as CellData[]).length}`;
  return {
    sheet: { name: TEMPLATE_TEXT.listsSheet, rows, hidden: true, widths: [18, 6, 28, 44, 32, 8, 10] },
    ranges: {
      status: range(0),
      productArea: range(1),
      department: range(3),
      type: range(4),
      yesNo: range(5),
      direction: range(6),
    },
  };
}

/** Target range of a column of a kind sheet (below the header), e.g. `J2:J2000`. */
function columnRange(spec: SheetSpec, key: string): string {
  const index = spec.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key} in ${spec.name}`);
  const col = XLSX.utils.encode_col(index);
  return `${col}2:${col}${LAST_ROW}`;
}

/** Builds the template; departments for the drop-down come from the data, else the examples. */
export function buildTemplate(departments: readonly TemplateDepartment[] = []): Template {
  const deps = departments.length > 0 ? departments : EXAMPLE_DEPARTMENTS;
  const lead = deps.find((d) => d.id === '61') ?? (deps[0] as TemplateDepartment);
  const partner = deps.find((d) => d.id === '66' && d !== lead) ?? deps.find((d) => d !== lead) ?? lead;
  const areas = Object.entries(DEFAULT_PRODUCT_AREAS)
    .map(([id, name]) => `${id} ${name}`)
    .join(', ');

  const measures: Row[] = [
    {
      id: '2026-001',
      title: 'Radverkehrskonzept Innenstadt',
      summary: 'Ein **durchgängiges Radnetz** für die Innenstadt.',
      type: MEASURE_TYPE_LABELS.key,
      goals: '5.1',
      leadDepartment: departmentChoice(lead),
      participatingDepartments: partner === lead ? null : partner.id,
      productArea: 5,
      product: '054101',
      status: STATUS_LABELS['in-progress'],
      progress: 25,
      start: dateCell(2026, 3, 1),
      end: '2028',
      costs: 250000,
      funding: '150.000 €',
      decisionBody: 'Ratsversammlung',
      decisionDate: dateCell(2025, 11, 11),
      paper: '0815/2025/DS',
      link: 'https://ratsinfo.neumuenster.de/vo0050.php?__kvonr=12345',
      districts: 'Stadtmitte',
      sdgs: '11; 13',
      report: 'Die **Entwurfsplanung** liegt vor.\n- Beteiligung abgeschlossen\n- Ausschreibung in Vorbereitung',
      reportDate: dateCell(2026, 11, 2),
    },
    {
      id: '2026-002',
      title: 'Baumpflanzungen Großflecken',
      type: MEASURE_TYPE_LABELS.administration,
      goals: '5.1',
      leadDepartment: departmentChoice(partner),
      status: STATUS_LABELS.planned,
      start: '2027',
      end: '12/2027',
      costs: '45.000 €',
      districts: 'Stadtmitte',
      location: '54.0727, 9.9845',
      report: 'Die Standorte werden mit den Leitungsträgern abgestimmt.',
      reportDate: dateCell(2026, 11, 2),
    },
  ];
  const goals: Row[] = [
    {
      id: '5',
      title: 'Grüne und klimaangepasste Stadt',
      description: 'Mehr Grün kühlt die Stadt.',
      productArea: 5,
      sdgs: '11; 13',
      source: 'ISEK 2020',
      focus: TEMPLATE_TEXT.yes,
    },
    {
      id: '5.1',
      title: 'Stadtgrün erhalten und entwickeln',
      parent: '5',
      sdgs: '15',
      source: 'ISEK 2020',
      focus: TEMPLATE_TEXT.no,
    },
  ];
  const reports: Row[] = [
    { measureId: '2026-001', date: dateCell(2026, 6, 15), text: 'Die Vorplanung ist abgeschlossen.' },
  ];
  const departmentRows: Row[] = deps.map((d) => ({
    id: d.id,
    name: d.name,
    division: d.division ?? null,
    email: d.email ?? null,
    phone: d.phone ?? null,
    website: d.website ?? null,
  }));
  const productAreas: Row[] = Object.entries(DEFAULT_PRODUCT_AREAS).map(([id, name]) => ({ id: Number(id), name }));
  const info: Row[] = [
    { key: 'Stand', value: dateCell(2026, 11, 20) },
    { key: 'Sitzung', value: 'Ratsversammlung vom 11.11.2026' },
    { key: 'Doppelhaushalt', value: '2025/2026' },
  ];

  const indicators: Row[] = [
    {
      id: 'K-5',
      title: 'CO₂-Emissionen je Einwohnerin und Einwohner',
      goals: '5',
      unit: 't CO₂ je Einw.',
      direction: DIRECTION_LABELS.down,
      targetValue: '4,0',
      targetYear: 2030,
      description: 'Energiebedingte CO₂-Emissionen nach der BISKO-Methode, bezogen auf die Einwohnerzahl.',
      source: 'Klimaschutzbericht 2025',
      sdgIndicator: 'Treibhausgasemissionen',
      department: lead.id,
    },
    {
      id: 'K-5.1',
      title: 'Öffentliche Grünfläche je Einwohnerin und Einwohner',
      goals: '5.1',
      unit: 'm² je Einw.',
      direction: DIRECTION_LABELS.up,
      description: 'Parks, Grünanlagen und Spielplätze in städtischer Pflege.',
      source: 'Grünflächenkataster',
      department: partner.id,
    },
  ];
  const indicatorValues: Row[] = [
    { indicatorId: 'K-5', year: 2018, value: '8,6' },
    { indicatorId: 'K-5', year: 2024, value: '6,9', note: 'vorläufig' },
    { indicatorId: 'K-5.1', year: 2020, value: '38,2' },
    { indicatorId: 'K-5.1', year: 2025, value: '37,9' },
    { indicatorId: 'K-5.1', year: 2025, value: '21,4', district: 'Stadtmitte' },
  ];

  const lists = listsSheet(deps);
  const sheets: SheetData[] = [
    kindSheet(MEASURES_SHEET, measures),
    kindSheet(REPORTS_SHEET, reports),
    kindSheet(GOALS_SHEET, goals),
    kindSheet(DEPARTMENTS_SHEET, departmentRows),
    kindSheet(PRODUCT_AREAS_SHEET, productAreas),
    kindSheet(INFO_SHEET, info),
    kindSheet(INDICATORS_SHEET, indicators),
    kindSheet(INDICATOR_VALUES_SHEET, indicatorValues),
    guideSheet(),
    lists.sheet,
  ];
  const position = (spec: SheetSpec) => sheets.findIndex((s) => s.name === spec.name);
  const p = TEMPLATE_TEXT.prompts;
  const stop = (
    sqref: string,
    source: string,
    t: { title: string; prompt: string; error: string },
  ): ListValidation => ({
    sqref,
    source,
    errorStyle: 'stop',
    promptTitle: t.title,
    prompt: t.prompt,
    errorTitle: t.title,
    error: t.error,
  });
  const validations = new Map<number, ListValidation[]>([
    [
      position(MEASURES_SHEET),
      [
        stop(columnRange(MEASURES_SHEET, 'status'), lists.ranges.status, p.status),
        stop(columnRange(MEASURES_SHEET, 'type'), lists.ranges.type, p.type),
        stop(columnRange(MEASURES_SHEET, 'productArea'), lists.ranges.productArea, p.productArea(areas)),
        // Other forms (`FD 61`, the number alone) are valid too: ask, don't refuse.
        {
          ...stop(columnRange(MEASURES_SHEET, 'leadDepartment'), lists.ranges.department, p.department),
          errorStyle: 'warning',
        },
      ],
    ],
    [
      position(GOALS_SHEET),
      [
        stop(columnRange(GOALS_SHEET, 'productArea'), lists.ranges.productArea, p.productArea(areas)),
        stop(columnRange(GOALS_SHEET, 'focus'), lists.ranges.yesNo, p.focus),
      ],
    ],
    // The signs and other aliases (`↓`, `höher ist besser`) are valid too: ask, don't refuse.
    [
      position(INDICATORS_SHEET),
      [
        {
          ...stop(columnRange(INDICATORS_SHEET, 'direction'), lists.ranges.direction, p.direction),
          errorStyle: 'warning',
        },
      ],
    ],
  ]);
  return {
    workbook: { file: TEMPLATE_TEXT.fileName, sheets },
    validations,
    frozenHeaderSheets: SHEET_SPECS.map(position),
    wrappedColumns: new Map(
      SHEET_SPECS.map((spec) => [
        position(spec),
        spec.columns.flatMap((c, i) => (WRAPPED_COLUMN.test(c.key) ? [i] : [])),
      ]).filter(([, columns]) => (columns as number[]).length > 0) as [number, number[]][],
    ),
  };
}

/**
 * The template's `.xlsx` bytes: drop-down lists included, the data sheets' header rows frozen,
 * the long text columns wrapped.
 */
export function templateBytes(template: Template): Buffer {
  const withLists = addDataValidations(workbookBytes(template.workbook), template.validations);
  const frozen = new Set(template.frozenHeaderSheets);
  const withFrozen = rewriteSheets(withLists, (index, xml) => (frozen.has(index) ? withFrozenHeaderRow(xml) : xml));
  return Buffer.from(withWrappedColumns(withFrozen, template.wrappedColumns));
}

/** Writes the template into `dir`; returns its path. */
export function writeTemplate(dir: string, template: Template): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, template.workbook.file);
  writeFileSync(target, templateBytes(template));
  return target;
}

/**
 * The departments of the current data (for the drop-down list), read with the core; empty when
 * the folder is missing or holds none. Problems in the data do not matter here.
 */
export async function departmentsFromData(dataDir: string): Promise<TemplateDepartment[]> {
  if (!existsSync(dataDir)) return [];
  const { model } = await loadProject({ dataDir });
  return [...model.departments].map((d) => ({
    id: d.id,
    name: d.name,
    division: d.division,
    email: d.email,
    phone: d.phone,
    website: d.website,
  }));
}
