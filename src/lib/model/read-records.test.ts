/**
 * Keys and references end to end: real workbooks written by SheetJS, read, located and built,
 * as the office's exports are. What Excel did to a typed key is an error at its cell; nothing of
 * a list or a department reference is taken half or guessed.
 */
import { describe, expect, it } from 'vitest';
import { makeRawWorkbook, type CellSpec } from '../testing/make-workbook.ts';
import { locateTables } from '../input/workbook/locate-tables.ts';
import { SHEET_SPECS } from '../input/workbook/sheet-kinds.ts';
import { buildModel } from './build-model.ts';
import type { Diagnostic } from '../diagnostics.ts';

const options = { staleReportMonths: 12, today: '2026-11-25', dataDirName: 'data' };

type Row = Record<string, CellSpec>;

const MEASURE_HEADERS = [
  'Nr.',
  'Titel',
  'Fachdienst',
  'Beteiligte Fachdienste',
  'Status',
  'Ziele',
  'Produkt',
  'Vorlage',
  'Fortschritt',
  'Stadtteil',
  'SDG',
];
const MEASURE_KEYS = [
  'id',
  'title',
  'lead',
  'participating',
  'status',
  'goals',
  'product',
  'paper',
  'progress',
  'districts',
  'sdgs',
];
const GOAL_HEADERS = ['Ziel-Nr.', 'Titel', 'Übergeordnetes Ziel', 'Produktbereich'];
const GOAL_KEYS = ['id', 'title', 'parent', 'productArea'];

const defaultGoals: Row[] = [
  { id: '1', title: 'Wohnen', productArea: 5 },
  { id: '1.1', title: 'Bezahlbar wohnen', parent: '1' },
  { id: '2.3.1', title: 'Spielplätze', parent: '1' },
];
const defaultDepartments: CellSpec[][] = [
  [61, 'Stadtplanung und -entwicklung'],
  [66, 'Tiefbau und Grünflächen'],
  [67, 'Umwelt'],
  ['40', 'Schule, Jugend, Kultur und Sport'],
];

function build({
  measures = [],
  goals = defaultGoals,
  departments = defaultDepartments,
  reports = [],
}: {
  measures?: Row[];
  goals?: Row[];
  departments?: CellSpec[][];
  reports?: CellSpec[][];
}) {
  const wb = makeRawWorkbook('ISEK.xlsx', {
    sheets: [
      ...(reports.length > 0 ? [{ name: 'Statusberichte', rows: [['Nr.', 'Datum', 'Bericht'], ...reports] }] : []),
      { name: 'Fachdienste', rows: [['Nr.', 'Bezeichnung'], ...departments] },
      { name: 'Ziele', rows: [GOAL_HEADERS, ...goals.map((g) => GOAL_KEYS.map((k) => g[k]))] },
      {
        name: 'Maßnahmen',
        rows: [
          MEASURE_HEADERS,
          ...measures.map((m) =>
            MEASURE_KEYS.map((k) => ({ title: 'Radweg', lead: '61', status: 'geplant', goals: '1.1', ...m })[k]),
          ),
        ],
      },
    ],
  });
  const located = locateTables([wb], SHEET_SPECS, { dataDir: 'data' });
  return buildModel(located.tables, options);
}

const at = (diagnostics: readonly Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);
const errors = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

/** German Excel's date cells for a typed `1.1` and `2.3.1`. */
const typed11: CellSpec = { date: '2026-01-01', format: 'dd\\. mmm' };
const typed231: CellSpec = { date: '2001-03-02', format: 'dd.mm.yyyy' };

describe('dates Excel made of typed keys', () => {
  it('refuses goal numbers that became dates, at their cells, instead of publishing goal 46023', () => {
    const { model, diagnostics } = build({
      goals: [
        { id: '1', title: 'Wohnen', productArea: 5 },
        { id: typed11, title: 'Bezahlbar wohnen', parent: '1' },
        { id: typed231, title: 'Spielplätze', parent: typed11 },
      ],
      measures: [{ id: '2026-001', goals: typed11 }],
    });
    const dates = at(diagnostics, 'value.excel-date');
    expect(dates.map((d) => [d.sheet, d.row, d.column])).toEqual(
      expect.arrayContaining([
        ['Ziele', 3, 'Ziel-Nr.'],
        ['Ziele', 4, 'Ziel-Nr.'],
        ['Ziele', 4, 'Übergeordnetes Ziel'],
        ['Maßnahmen', 2, 'Ziele'],
      ]),
    );
    expect(dates.every((d) => d.severity === 'error')).toBe(true);
    expect(model.goals.map((g) => g.id)).not.toContain('46023');
    expect(diagnostics.map((d) => d.message).join(' ')).not.toContain('Meinten Sie „1“');
  });

  it('refuses a date in Nr., Fachdienst, Beteiligte Fachdienste, Produkt, Vorlage and SDG', () => {
    const { diagnostics } = build({
      departments: [...defaultDepartments, [{ date: '2026-01-13', format: 'dd\\. mmm' }, 'Jugendamt']],
      measures: [
        { id: typed231 },
        {
          id: '2026-002',
          lead: typed11,
          participating: typed11,
          product: typed231,
          paper: { date: '2023-08-01', format: 'mmm yy' },
          sdgs: { date: '2026-04-03', format: 'dd\\. mmm' },
        },
      ],
    });
    const places = at(diagnostics, 'value.excel-date').map((d) => `${d.sheet}/${d.row}/${d.column}`);
    expect(places).toEqual(
      expect.arrayContaining([
        'Fachdienste/6/Nr.',
        'Maßnahmen/2/Nr.',
        'Maßnahmen/3/Fachdienst',
        'Maßnahmen/3/Beteiligte Fachdienste',
        'Maßnahmen/3/Produkt',
        'Maßnahmen/3/Vorlage',
        'Maßnahmen/3/SDG',
      ]),
    );
  });
});

describe('Statusberichte', () => {
  it('refuses a measure Nr. that became a date at its cell', () => {
    const { diagnostics } = build({
      measures: [{ id: '2026-001' }],
      reports: [[{ date: '2026-01-11', format: 'dd\\. mmm' }, '01.10.2026', 'Läuft.']],
    });
    expect(at(diagnostics, 'value.excel-date').map((d) => [d.sheet, d.row, d.column])).toEqual([
      ['Statusberichte', 2, 'Nr.'],
    ]);
    expect(at(diagnostics, 'ref.unknown-measure')).toEqual([]);
  });
});

describe('Produkt', () => {
  it('warns at a product number stored as a number (its leading zero is gone)', () => {
    const { model, diagnostics } = build({
      measures: [
        { id: '2026-001', product: 54101 },
        { id: '2026-002', product: '054101' },
      ],
    });
    expect(at(diagnostics, 'value.leading-zero-lost').map((d) => [d.row, d.column, d.severity])).toEqual([
      [2, 'Produkt', 'warning'],
    ]);
    expect(model.measures.map((m) => m.product)).toEqual(['54101', '054101']);
  });

  it('warns the same at a Vorlage stored as a number', () => {
    const { model, diagnostics } = build({
      measures: [
        { id: '2026-001', paper: 815 },
        { id: '2026-002', paper: '0815/2023/DS' },
      ],
    });
    expect(at(diagnostics, 'value.leading-zero-lost').map((d) => [d.row, d.column])).toEqual([[2, 'Vorlage']]);
    expect(model.measures.map((m) => m.decision.paper)).toEqual(['815', '0815/2023/DS']);
  });
});

describe('list cells are read whole or refused', () => {
  it.each(['66 und 67', '66 / 67', '66 & 67', '66/67', '66, 67', '66; 67', '66\n67', 'FD 66 und FD 67'])(
    'reads „%s“ as both departments',
    (text) => {
      const { model, diagnostics } = build({ measures: [{ id: '2026-001', participating: text }] });
      expect(errors(diagnostics)).toEqual([]);
      expect(model.measures[0]!.participatingDepartmentIds).toEqual(['66', '67']);
    },
  );

  it('keeps department names that contain „und“ and commas whole', () => {
    const { model, diagnostics } = build({
      measures: [
        {
          id: '2026-001',
          participating:
            'Tiefbau und Grünflächen und Schule, Jugend, Kultur und Sport, 61 Stadtplanung und -entwicklung',
        },
      ],
    });
    expect(errors(diagnostics)).toEqual([]);
    expect(model.measures[0]!.participatingDepartmentIds).toEqual(['66', '40']);
  });

  it('refuses a list of which only a part resolves, naming the part that does not', () => {
    const { diagnostics } = build({ measures: [{ id: '2026-001', participating: '66 und 99' }] });
    const [e] = at(diagnostics, 'ref.unknown-department');
    expect(e).toMatchObject({ severity: 'error', row: 2, column: 'Beteiligte Fachdienste' });
    expect(e!.message).toContain('„99“');
    expect(e!.message).toContain('nur ganz oder gar nicht');
  });

  it('reads goal, district and SDG lists with every separator', () => {
    const { model, diagnostics } = build({
      measures: [
        { id: '2026-001', goals: '1.1 und 2.3.1', districts: 'Stadtmitte / Gartenstadt & Faldera', sdgs: '11 und 13' },
      ],
    });
    expect(errors(diagnostics)).toEqual([]);
    expect(model.measures[0]).toMatchObject({
      goalIds: ['1.1', '2.3.1'],
      districts: ['Stadtmitte', 'Gartenstadt', 'Faldera'],
      sdgs: [11, 13],
    });
  });

  it('reads an SDG with its name containing „und“ as one SDG', () => {
    const { model } = build({ measures: [{ id: '2026-001', sdgs: '3 Gesundheit und Wohlergehen; 13' }] });
    expect(model.measures[0]!.sdgs).toEqual([3, 13]);
  });
});

describe('department number and name', () => {
  it('reports a number and a name of two different departments, naming both', () => {
    const { model, diagnostics } = build({ measures: [{ id: '2026-001', lead: '61 Tiefbau und Grünflächen' }] });
    const [e] = at(diagnostics, 'ref.department-mismatch');
    expect(e).toMatchObject({ severity: 'error', row: 2, column: 'Fachdienst' });
    expect(e!.message).toContain('61 Stadtplanung und -entwicklung');
    expect(e!.message).toContain('66 Tiefbau und Grünflächen');
    expect(model.measures[0]!.leadDepartmentId).toBe('');
  });

  it('reports the same in a list of participating departments', () => {
    const { diagnostics } = build({ measures: [{ id: '2026-001', participating: '67; 61 Tiefbau und Grünflächen' }] });
    expect(at(diagnostics, 'ref.department-mismatch')).toHaveLength(1);
  });

  it('accepts number and name that agree, also a shortened name', () => {
    const { model, diagnostics } = build({
      measures: [
        { id: '2026-001', lead: '61 Stadtplanung und -entwicklung' },
        { id: '2026-002', lead: 'FD 61 - Stadtplanung' },
      ],
    });
    expect(errors(diagnostics)).toEqual([]);
    expect(model.measures.map((m) => m.leadDepartmentId)).toEqual(['61', '61']);
  });

  it('warns when the name matches no department, and takes the number', () => {
    const { model, diagnostics } = build({ measures: [{ id: '2026-001', lead: '61 Stadtplannung' }] });
    expect(at(diagnostics, 'ref.department-name-unmatched').map((d) => d.severity)).toEqual(['warning']);
    expect(model.measures[0]!.leadDepartmentId).toBe('61');
  });

  it('refuses several departments where one leads', () => {
    const { diagnostics } = build({ measures: [{ id: '2026-001', lead: '61 und 66' }] });
    expect(at(diagnostics, 'ref.several-departments').map((d) => [d.column, d.severity])).toEqual([
      ['Fachdienst', 'error'],
    ]);
  });
});

describe('percent typed as a fraction', () => {
  it('warns at „0,5“ that 50 % may have been meant', () => {
    const { model, diagnostics } = build({ measures: [{ id: '2026-001', progress: '0,5' }] });
    expect(at(diagnostics, 'value.percent-fraction').map((d) => [d.row, d.column, d.severity])).toEqual([
      [2, 'Fortschritt', 'warning'],
    ]);
    expect(model.measures[0]!.progress).toBe(0.5);
  });
});

describe('invisible characters and length', () => {
  it('refuses 2026-0⁠11 next to 2026-011 at its cell instead of publishing two keys that look alike', () => {
    const { model, diagnostics } = build({ measures: [{ id: '2026-011' }, { id: '2026-0\u206011' }] });
    expect(at(diagnostics, 'key.invisible-character').map((d) => [d.row, d.column])).toEqual([[3, 'Nr.']]);
    expect(model.rowCounts.measures).toMatchObject({ refused: 1 });
  });

  it('refuses an over-long Nr. at its cell (no page address could hold it)', () => {
    const { diagnostics } = build({ measures: [{ id: 'x'.repeat(405) }] });
    expect(at(diagnostics, 'key.too-long').map((d) => [d.row, d.column, d.severity])).toEqual([[2, 'Nr.', 'error']]);
  });
});

describe('page addresses valid on Windows', () => {
  it('gives reserved names a safe address and keeps normal ones', () => {
    const { model, diagnostics } = build({
      measures: [{ id: 'CON' }, { id: 'nul.txt' }, { id: 'LPT1' }, { id: '2026-001' }],
    });
    expect(errors(diagnostics)).toEqual([]);
    expect(model.measures.map((m) => m.slug).sort()).toEqual(['2026-001', 'con_', 'lpt1_', 'nul_.txt']);
  });

  it('reports two keys with the same address, naming both', () => {
    const { diagnostics } = build({ measures: [{ id: 'Aux' }, { id: 'aux_' }] });
    const [e] = at(diagnostics, 'key.duplicate');
    expect(e).toMatchObject({ row: 3, column: 'Nr.' });
    expect(e!.message).toContain('„aux_“ und „Aux“');
  });
});
