import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics.ts';
import { makeRawWorkbook, type CellSpec } from '../../testing/make-workbook.ts';
import { rawCell, rawWorkbook, type RawValue } from '../../testing/raw-workbook.ts';
import { columnLetter, describeRows, isBlankCell, locateTables } from './locate-tables.ts';
import type { RawWorkbook } from './raw.ts';
import { SHEET_SPECS, withExtraAliases } from './sheet-kinds.ts';
import type { Table } from './table.ts';
import { parseText } from '../cells/text.ts';
import { valueOf } from '../cells/result.ts';

type Rows = (RawValue[] | null)[];

const GOALS: Rows = [
  ['Ziel-Nr.', 'Titel', 'Produktbereich'],
  ['1', 'Wohnen', 5],
];
const DEPARTMENTS: Rows = [
  ['Nr.', 'Bezeichnung'],
  [61, 'Stadtplanung'],
];
const MEASURES: Rows = [
  ['Nr.', 'Titel', 'Fachdienst', 'Status'],
  ['2024-008', 'Radweg', 61, 'geplant'],
];

/** A workbook with every required sheet; `sheets` add to or replace them. */
const complete = (sheets: Record<string, Rows> = {}, file = 'isek.xlsx'): RawWorkbook =>
  rawWorkbook(file, { Maßnahmen: MEASURES, Ziele: GOALS, Fachdienste: DEPARTMENTS, ...sheets });

const locate = (...workbooks: RawWorkbook[]) => locateTables(workbooks, SHEET_SPECS);
const table = (tables: Table[], kind: Table['kind']) => tables.find((t) => t.kind === kind);
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.severity, d.file, d.sheet, d.row, d.column]);
const only = (diagnostics: Diagnostic[], code: Diagnostic['code']) => diagnostics.filter((d) => d.code === code);

describe('locateTables: sheets by name', () => {
  it('finds the required sheets and keys their rows by column', () => {
    const { tables, diagnostics } = locate(complete());
    expect(diagnostics).toEqual([]);
    expect(tables.map((t) => [t.kind, t.file, t.sheet, t.headerRow])).toEqual([
      ['measures', 'isek.xlsx', 'Maßnahmen', 1],
      ['goals', 'isek.xlsx', 'Ziele', 1],
      ['departments', 'isek.xlsx', 'Fachdienste', 1],
    ]);
    const measures = table(tables, 'measures')!;
    expect(measures.columns.leadDepartment).toEqual({ key: 'leadDepartment', header: 'Fachdienst', index: 2 });
    expect(measures.rows).toHaveLength(1);
    expect(measures.rows[0]!.row).toBe(2);
    expect(measures.rows[0]!.cells.id?.value).toBe('2024-008');
    expect(measures.rows[0]!.cells.leadDepartment?.value).toBe(61);
    expect(measures.rows[0]!.cells.summary).toBeUndefined();
  });

  it('accepts tolerant sheet names and headers, in any column order', () => {
    const { tables, diagnostics } = locate(
      rawWorkbook('a.xlsx', {
        ' MASSNAHMENLISTE ': [
          ['STATUS:\n', 'FD:', ' Bezeichnung ', 'Massnahmen-Nr.', 'Beteiligte\nFachdienste'],
          ['geplant', 'FD 61', 'Radweg', '7', '62'],
        ],
        Ziele: GOALS,
        Fachdienste: DEPARTMENTS,
      }),
    );
    expect(diagnostics).toEqual([]);
    const measures = table(tables, 'measures')!;
    expect(measures.sheet).toBe(' MASSNAHMENLISTE ');
    expect(Object.keys(measures.columns).sort()).toEqual([
      'id',
      'leadDepartment',
      'participatingDepartments',
      'status',
      'title',
    ]);
    // Diagnostics show the header as written, trimmed, its line break as a space.
    expect(measures.columns.title!.header).toBe('Bezeichnung');
    expect(measures.columns.participatingDepartments!.header).toBe('Beteiligte Fachdienste');
    expect(measures.columns.id!.index).toBe(3);
    expect(measures.rows[0]!.cells.id?.value).toBe('7');
  });

  it('skips title rows, blank rows and merged banners above the header, keeping Excel row numbers', () => {
    const measures: Rows = [
      ['Maßnahmenliste – Stand 12.11.2026'],
      null,
      [null, 'Stand: 12.11.2026'],
      [null, 'Nr.', 'Titel', 'Fachdienst', 'Status'],
      [null, '1', 'Radweg', 61, 'geplant'],
    ];
    const { tables } = locate(complete({ Maßnahmen: measures }));
    const t = table(tables, 'measures')!;
    expect(t.headerRow).toBe(4);
    expect(t.columns.id!.index).toBe(1);
    expect(t.rows.map((r) => r.row)).toEqual([5]);
    expect(t.rows[0]!.cells.title?.value).toBe('Radweg');
  });

  it('needs two known headers in one row: a lone "Nr." above is not the header', () => {
    const goals: Rows = [['Nr.'], ['Ziel-Nr.', 'Titel', 'Produktbereich'], ['1', 'Wohnen', 5]];
    expect(table(locate(complete({ Ziele: goals })).tables, 'goals')!.headerRow).toBe(2);
  });

  it('reports a required sheet without a header row as sheet.no-header', () => {
    const { tables, diagnostics } = locate(complete({ Ziele: [['Zielsystem der Stadt'], ['1', 'Wohnen']] }));
    expect(summary(diagnostics)).toEqual([['sheet.no-header', 'error', 'isek.xlsx', 'Ziele', null, null]]);
    expect(diagnostics[0]!.message).toContain('„Ziel-Nr.“');
    expect(table(tables, 'goals')).toBeUndefined();
  });

  it('ignores an optional sheet without a header row with a notice', () => {
    const { tables, diagnostics } = locate(complete({ Statusberichte: [['nur Notizen']] }));
    expect(summary(diagnostics)).toEqual([['sheet.ignored', 'notice', 'isek.xlsx', 'Statusberichte', null, null]]);
    expect(table(tables, 'reports')).toBeUndefined();
  });

  it('reports an empty required sheet as sheet.empty, an empty optional one as a notice only', () => {
    const { tables, diagnostics } = locate(complete({ Fachdienste: [null, ['  ', '\u00a0']], Statusberichte: [] }));
    expect(summary(diagnostics)).toEqual([
      ['sheet.empty', 'error', 'isek.xlsx', 'Fachdienste', null, null],
      ['sheet.ignored', 'notice', 'isek.xlsx', 'Statusberichte', null, null],
    ]);
    // The empty sheet was found, so no sheet.missing on top.
    expect(only(diagnostics, 'sheet.missing')).toEqual([]);
    expect(table(tables, 'departments')).toBeUndefined();
  });
});

describe('locateTables: sheets by headers', () => {
  it('recognises an unnamed sheet holding all required columns of one kind, with a notice', () => {
    const book = rawWorkbook('export.xlsx', {
      Tabelle1: [['Export vom 20.11.2026'], ...MEASURES],
      Ziele: GOALS,
      Fachdienste: DEPARTMENTS,
    });
    const { tables, diagnostics } = locate(book);
    expect(summary(diagnostics)).toEqual([
      ['sheet.recognised-by-headers', 'notice', 'export.xlsx', 'Tabelle1', 2, null],
    ]);
    expect(diagnostics[0]!.message).toContain('„Maßnahmen“');
    expect(table(tables, 'measures')).toMatchObject({ sheet: 'Tabelle1', headerRow: 2 });
  });

  it('takes the kind with the most matched headers (a measures export also fits Fachdienste)', () => {
    // Nr. and Fachdienst are also the departments' required columns (Fachdienst = Bezeichnung).
    const book = rawWorkbook('a.xlsx', { Tabelle1: MEASURES, Ziele: GOALS, Fachdienste: DEPARTMENTS });
    expect(table(locate(book).tables, 'measures')?.sheet).toBe('Tabelle1');
  });

  it('breaks a tie in matched headers by the larger share of the kind’s columns', () => {
    // Nr., Bezeichnung, Beschreibung: all 3 of Produktbereiche, 3 of the 9 Ziele columns.
    const book = complete({
      Tabelle1: [
        ['Nr.', 'Bezeichnung', 'Beschreibung'],
        [5, 'Gestaltung der Umwelt', 'x'],
      ],
    });
    const { tables, diagnostics } = locate(book);
    expect(table(tables, 'productAreas')?.sheet).toBe('Tabelle1');
    expect(only(diagnostics, 'sheet.recognised-by-headers')).toHaveLength(1);
  });

  it('ignores a sheet that fits two kinds equally well', () => {
    // Statusberichte (Nr., Datum, Bericht) and Produktbereiche (Nr., Bezeichnung, Beschreibung) both match 3 of 3.
    const book = complete({
      Tabelle1: [
        ['Nr.', 'Datum', 'Bericht', 'Bezeichnung', 'Beschreibung'],
        ['1', 'x', 'y', 'z', 'w'],
      ],
    });
    const { tables, diagnostics } = locate(book);
    expect(summary(diagnostics)).toEqual([['sheet.ignored', 'notice', 'isek.xlsx', 'Tabelle1', null, null]]);
    expect(diagnostics[0]!.message).toContain('gleich gut');
    expect(tables.map((t) => t.sheet)).not.toContain('Tabelle1');
  });

  it('ignores other sheets (explanations, lists, pivots, empty sheets) with a notice each', () => {
    const book = complete({
      Erläuterungen: [
        ['Spalte', 'Bedeutung'],
        ['Nr.', 'Nummer der Maßnahme'],
      ],
      Listen: [['geplant'], ['in Umsetzung']],
      Pivot: [
        ['Summe von Kosten', 'Status'],
        [1000, 'geplant'],
      ],
      Tabelle3: [],
    });
    const { diagnostics } = locate(book);
    expect(summary(diagnostics)).toEqual([
      ['sheet.ignored', 'notice', 'isek.xlsx', 'Erläuterungen', null, null],
      ['sheet.ignored', 'notice', 'isek.xlsx', 'Listen', null, null],
      ['sheet.ignored', 'notice', 'isek.xlsx', 'Pivot', null, null],
      ['sheet.ignored', 'notice', 'isek.xlsx', 'Tabelle3', null, null],
    ]);
  });

  it('does not take a sheet lacking a required column for that kind', () => {
    // Measures without Titel and Fachdienst; for every other kind, Nr. alone is too little.
    const book = rawWorkbook('a.xlsx', {
      Tabelle1: [
        ['Nr.', 'Status', 'Kosten'],
        ['1', 'geplant', 5],
      ],
      Ziele: GOALS,
      Fachdienste: DEPARTMENTS,
    });
    const { diagnostics } = locate(book);
    expect(only(diagnostics, 'sheet.ignored').map((d) => d.sheet)).toEqual(['Tabelle1']);
    expect(only(diagnostics, 'sheet.missing')).toHaveLength(1);
  });
});

describe('locateTables: columns', () => {
  it('reports a missing required column at the header row, naming the header and its aliases', () => {
    const measures: Rows = [['Titel'], ['Nr.', 'Titel', 'Status'], ['1', 'Radweg', 'geplant']];
    const { tables, diagnostics } = locate(complete({ Maßnahmen: [null, ...measures.slice(1)] }));
    expect(summary(diagnostics)).toEqual([['column.missing', 'error', 'isek.xlsx', 'Maßnahmen', 2, null]]);
    expect(diagnostics[0]!.message).toBe(
      'Die Pflichtspalte „Fachdienst“ fehlt in der Kopfzeile (Zeile 2). Als Überschrift werden auch „federführender Fachdienst“ und „FD“ akzeptiert.',
    );
    // The table is still returned, without the column.
    expect(table(tables, 'measures')?.columns.leadDepartment).toBeUndefined();
  });

  it('reports two columns meaning the same field, naming both headers, and reads the first', () => {
    const measures: Rows = [
      ['Nr.', 'Titel', 'Fachdienst', 'Status', 'Nummer'],
      ['1', 'Radweg', 61, 'geplant', '99'],
    ];
    const { tables, diagnostics } = locate(complete({ Maßnahmen: measures }));
    expect(summary(diagnostics)).toEqual([['column.duplicate', 'error', 'isek.xlsx', 'Maßnahmen', 1, 'Nummer']]);
    expect(diagnostics[0]!.message).toContain('„Nr.“ (Spalte A) und „Nummer“ (Spalte E)');
    expect(table(tables, 'measures')!.rows[0]!.cells.id?.value).toBe('1');
  });

  it('lists unknown columns, and data under an empty header cell, in one notice per sheet', () => {
    const measures: Rows = [
      ['Nr.', 'Titel', 'Bemerkung', 'Fachdienst', null, 'Status', ' Intern '],
      ['1', 'Radweg', 'x', 61, 'verwaist', 'geplant'],
    ];
    const { diagnostics } = locate(complete({ Maßnahmen: measures }));
    expect(summary(diagnostics)).toEqual([['column.unknown', 'notice', 'isek.xlsx', 'Maßnahmen', 1, null]]);
    expect(diagnostics[0]!.message).toBe(
      'Diese Spalten sind unbekannt und werden nicht gelesen: „Bemerkung“ (Spalte C), Spalte E ohne Überschrift, „Intern“ (Spalte G).',
    );
  });

  it('uses header aliases added by the settings', () => {
    const specs = withExtraAliases(SHEET_SPECS, { measures: { leadDepartment: ['Zuständigkeit'] } });
    const measures: Rows = [
      ['Nr.', 'Titel', 'Zuständigkeit', 'Status'],
      ['1', 'Radweg', 61, 'geplant'],
    ];
    const { tables, diagnostics } = locateTables([complete({ Maßnahmen: measures })], specs);
    expect(diagnostics).toEqual([]);
    expect(table(tables, 'measures')!.columns.leadDepartment!.header).toBe('Zuständigkeit');
  });
});

describe('locateTables: rows', () => {
  it('skips fully empty rows (white space and NBSP only), lists and counts them, up to the last non-empty row', () => {
    const measures: Rows = [
      ['Nr.', 'Titel', 'Fachdienst', 'Status'],
      ['1', 'Radweg', 61, 'geplant'],
      null,
      ['', '  ', '\u00a0', '\n'],
      ['2', 'Brücke', 61, 'geplant'],
      [null, null, null, null, null, 'nur in Spalte F'],
      [],
      null,
    ];
    const { tables, diagnostics } = locate(complete({ Maßnahmen: measures }));
    const t = table(tables, 'measures')!;
    expect(t.rows.map((r) => r.row)).toEqual([2, 5, 6]);
    expect(t.emptyRows).toEqual([3, 4]);
    expect(t.rowsRead).toBe(5);
    // A row with content only outside the known columns is kept (nothing dropped silently).
    expect(t.rows[2]!.cells).toEqual({});
    const notice = only(diagnostics, 'row.empty-skipped');
    expect(summary(notice)).toEqual([['row.empty-skipped', 'notice', 'isek.xlsx', 'Maßnahmen', null, null]]);
    expect(notice[0]!.message).toBe('2 leere Zeilen wurden übersprungen (Zeilen 3–4).');
  });

  it('leaves blank cells out of a row', () => {
    const measures: Rows = [
      ['Nr.', 'Titel', 'Fachdienst', 'Status', 'Kurzbeschreibung'],
      ['1', 'Radweg', 61, 'geplant', '\u00a0 '],
    ];
    expect(table(locate(complete({ Maßnahmen: measures })).tables, 'measures')!.rows[0]!.cells.summary).toBeUndefined();
  });

  it('keeps the message short for many empty rows', () => {
    const rows: Rows = [['Nr.', 'Titel', 'Fachdienst', 'Status']];
    for (let i = 0; i < 300; i++) rows.push(i % 3 === 0 ? ['x', 'y', 61, 'geplant'] : null);
    rows.push(['z', 'y', 61, 'geplant']);
    const { diagnostics } = locate(complete({ Maßnahmen: rows }));
    const message = only(diagnostics, 'row.empty-skipped')[0]!.message;
    expect(message).toMatch(/^200 leere Zeilen wurden übersprungen \(Zeilen 3–4, 6–7, .* und 184 weitere\)\.$/);
  });

  it('locates a 10,000-row sheet completely', () => {
    const rows: Rows = [['Nr.', 'Titel', 'Fachdienst', 'Status', 'Statusbericht']];
    for (let i = 1; i <= 10_000; i++) rows.push([`M-${i}`, `Maßnahme ${i}`, 61, 'in Umsetzung', 'Bericht '.repeat(20)]);
    const t = table(locate(complete({ Maßnahmen: rows })).tables, 'measures')!;
    expect(t.rows).toHaveLength(10_000);
    expect(t.rows[9_999]).toMatchObject({ row: 10_001 });
  });
});

describe('locateTables: the Info sheet', () => {
  it('reads key/value rows from the first two non-empty columns, skipping an "Angabe | Wert" header', () => {
    const info: Rows = [
      ['Angabe', 'Wert'],
      ['Stand', rawCell(46338, { date: { year: 2026, month: 11, day: 12 } })],
      null,
      [null, 'Sitzung', null, 'Ratsversammlung vom 11.11.2026'],
      ['Doppelhaushalt'],
    ];
    const { tables, diagnostics } = locate(complete({ Info: info }));
    const t = table(tables, 'info')!;
    expect(t.headerRow).toBe(1);
    expect(Object.keys(t.columns)).toEqual(['key', 'value']);
    expect(t.rows.map((r) => [r.row, r.cells.key?.value, r.cells.value?.value])).toEqual([
      [2, 'Stand', 46338],
      [4, 'Sitzung', 'Ratsversammlung vom 11.11.2026'],
      [5, 'Doppelhaushalt', undefined],
    ]);
    expect(t.emptyRows).toEqual([3]);
    expect(t.rowsRead).toBe(4);
    expect(summary(diagnostics)).toEqual([['row.empty-skipped', 'notice', 'isek.xlsx', 'Info', null, null]]);
  });

  it('reads an Info sheet without header row from its first non-empty row', () => {
    const { tables } = locate(complete({ Info: [null, ['Stand', '12.11.2026']] }));
    const t = table(tables, 'info')!;
    expect(t.headerRow).toBe(0);
    expect(t.rows.map((r) => [r.row, r.cells.key?.value, r.cells.value?.value])).toEqual([[2, 'Stand', '12.11.2026']]);
  });
});

describe('locateTables: across workbooks', () => {
  it('combines sheet kinds from several workbooks', () => {
    const { tables, diagnostics } = locate(
      rawWorkbook('Maßnahmen.xlsx', { Maßnahmen: MEASURES }),
      rawWorkbook('Zielsystem.xlsx', { Ziele: GOALS, Fachdienste: DEPARTMENTS }),
    );
    expect(diagnostics).toEqual([]);
    expect(tables.map((t) => [t.kind, t.file])).toEqual([
      ['measures', 'Maßnahmen.xlsx'],
      ['goals', 'Zielsystem.xlsx'],
      ['departments', 'Zielsystem.xlsx'],
    ]);
  });

  it('reports each missing required sheet at the data folder, naming the accepted names', () => {
    const { diagnostics } = locateTables([rawWorkbook('a.xlsx', { Ziele: GOALS })], SHEET_SPECS, { dataDir: 'daten' });
    expect(summary(diagnostics)).toEqual([
      ['sheet.missing', 'error', 'daten', null, null, null],
      ['sheet.missing', 'error', 'daten', null, null, null],
    ]);
    expect(diagnostics[0]!.message).toContain(
      'Es fehlt ein Blatt „Maßnahmen“. Akzeptierte Blattnamen: „Maßnahmen“, „Massnahmen“, „Maßnahmenliste“ und „Maßnahme“.',
    );
    expect(diagnostics[0]!.message).toContain('„Fachdienst“');
    expect(diagnostics[1]!.message).toContain('„Fachdienste“');
    expect(locate(rawWorkbook('a.xlsx', {})).diagnostics[0]!.file).toBe('data');
  });

  it('reports a kind found twice (an old and a new export) in one error naming every file and sheet', () => {
    const { tables, diagnostics } = locate(
      complete({}, 'Maßnahmen_alt.xlsx'),
      rawWorkbook('Maßnahmen_neu.xlsx', { Maßnahmenliste: [...MEASURES, ['2', 'Neu', 61, 'geplant']] }),
    );
    expect(summary(diagnostics)).toEqual([['sheet.duplicate', 'error', 'data', null, null, null]]);
    expect(diagnostics[0]!.message).toContain(
      '„Maßnahmen_alt.xlsx“, Blatt „Maßnahmen“; „Maßnahmen_neu.xlsx“, Blatt „Maßnahmenliste“',
    );
    expect(diagnostics[0]!.message).toContain('alter und ein neuer Export');
    // Only the first is handed on, so later checks run once.
    expect(tables.filter((t) => t.kind === 'measures').map((t) => t.file)).toEqual(['Maßnahmen_alt.xlsx']);
  });

  it('allows at most one of each optional kind', () => {
    const reports: Rows = [
      ['Nr.', 'Datum', 'Bericht'],
      ['1', '2026', 'x'],
    ];
    const { diagnostics } = locate(complete({ Statusberichte: reports, Berichte: reports }));
    expect(summary(diagnostics)).toEqual([['sheet.duplicate', 'error', 'data', null, null, null]]);
  });

  it('counts a failed required sheet as present, so a duplicate still shows', () => {
    const { diagnostics } = locate(complete({ Ziele: [] }), rawWorkbook('b.xlsx', { Ziele: GOALS }));
    expect(only(diagnostics, 'sheet.duplicate')).toHaveLength(1);
    expect(only(diagnostics, 'sheet.empty')).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('isBlankCell treats white space, NBSP and zero-width spaces as blank, numbers and false as content', () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(rawCell(' \u00a0\u200b\n'))).toBe(true);
    expect(isBlankCell(rawCell(0))).toBe(false);
    expect(isBlankCell(rawCell(false))).toBe(false);
    expect(isBlankCell(rawCell(' x '))).toBe(false);
  });

  it('isBlankCell agrees with the cell parsers: a cell they read as empty never ends or starts a table differently', () => {
    // Many zero-width spaces (a paste from the web) are blank however many there are.
    const zeroWidth = rawCell('\u200b'.repeat(12));
    expect(isBlankCell(zeroWidth)).toBe(true);
    expect(parseText(zeroWidth)).toEqual(valueOf(null));
  });
  it('columnLetter spells Excel columns', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('describeRows joins runs into ranges', () => {
    expect(describeRows([3])).toBe('3');
    expect(describeRows([3, 4, 5, 9, 11, 12])).toBe('3–5, 9, 11–12');
    expect(describeRows([1, 3, 5, 7], 2)).toBe('1, 3, und 2 weitere');
  });
});

describe('locateTables: what a person sees in the file', () => {
  const measureSheet = (rows: CellSpec[][], merges?: string[]) =>
    makeRawWorkbook('isek.xlsx', {
      sheets: [
        {
          name: 'Maßnahmen',
          rows: [[{ banner: 'Maßnahmenliste', span: 5 }], ['Nr.', 'Titel', 'Fachdienst', 'Status', 'Gremium'], ...rows],
          merges,
        },
        { name: 'Ziele', rows: GOALS as CellSpec[][] },
        { name: 'Fachdienste', rows: DEPARTMENTS as CellSpec[][] },
      ],
    });

  it('fills a merged cell of the data area into every merged row, with a notice naming the range', () => {
    const book = measureSheet(
      [
        ['A', 'Radweg', 61, 'geplant', 'Bauausschuss'],
        ['B', 'Brücke', 61, 'geplant'],
        ['C', 'Platz', 61, 'geplant'],
        ['D', 'Park', 61, 'geplant'],
      ],
      ['E3:E5'],
    );
    const { tables, diagnostics } = locate(book);
    const rows = table(tables, 'measures')!.rows;
    expect(rows.map((r) => r.cells.decisionBody?.value ?? null)).toEqual([
      'Bauausschuss',
      'Bauausschuss',
      'Bauausschuss',
      null,
    ]);
    expect(summary(only(diagnostics, 'row.merged-filled'))).toEqual([
      ['row.merged-filled', 'notice', 'isek.xlsx', 'Maßnahmen', 3, 'Gremium'],
    ]);
    expect(only(diagnostics, 'row.merged-filled')[0]!.message).toContain('E3:E5');
  });

  it('leaves a banner merged above the header row as it is', () => {
    const { tables, diagnostics } = locate(measureSheet([['A', 'Radweg', 61, 'geplant']], ['A1:A2']));
    expect(only(diagnostics, 'row.merged-filled')).toEqual([]);
    expect(table(tables, 'measures')!.rows).toHaveLength(1);
  });

  it('reports a formula without result at its cell and column, as an error', () => {
    const { tables, diagnostics } = locate(measureSheet([['A', { formula: 'B9&"x"' }, 61, 'geplant']]));
    expect(summary(only(diagnostics, 'value.formula-uncalculated'))).toEqual([
      ['value.formula-uncalculated', 'error', 'isek.xlsx', 'Maßnahmen', 3, 'Titel'],
    ]);
    expect(only(diagnostics, 'value.formula-uncalculated')[0]!.message).toContain('Formel ohne berechneten Wert');
    expect(table(tables, 'measures')!.rows.map((r) => r.row)).toEqual([3]);
    expect(table(tables, 'measures')!.rows[0]!.cells.title?.uncalculated).toBe(true);
  });

  it('ignores a formula without result in a column that is not read', () => {
    const { diagnostics } = locate(measureSheet([['A', 'Radweg', 61, 'geplant', null, { formula: 'A3' }]]));
    expect(only(diagnostics, 'value.formula-uncalculated')).toEqual([]);
  });

  it('counts an unreadable sheet as present, never as empty or missing', () => {
    const book = complete();
    const broken: RawWorkbook = {
      ...book,
      sheets: book.sheets.map((s) => (s.name === 'Ziele' ? { name: 'Ziele', rows: [], unreadable: true } : s)),
    };
    const { tables, diagnostics } = locate(broken);
    expect(diagnostics.filter((d) => d.code === 'sheet.empty' || d.code === 'sheet.missing')).toEqual([]);
    expect(table(tables, 'goals')).toBeUndefined();
  });
});
