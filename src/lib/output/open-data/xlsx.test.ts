import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { spreadsheetTable, toXlsx } from './xlsx.ts';
import { excelSerial } from '../../common/excel-serial.ts';
import { sheetXml } from '../xlsx-package.ts';
import { DATASET_COLUMNS, MEASURE_COLUMNS, type OpenDataContext } from './columns.ts';
import { makeMeasure } from '../changes/testing.ts';
import { SPREADSHEET_HEADERS } from '../../i18n/de.ts';

const ctx: OpenDataContext = {
  pageHref: (section, slug) => `https://example.org/isek/${section}/${slug}/`,
  changedAt: {},
};

const measures = [
  makeMeasure({
    id: '2024-008',
    title: '=SUMME(A1:A9)',
    progress: 45.5,
    start: { precision: 'month', iso: '2025-03' },
    end: { precision: 'quarter', iso: '2027-Q2' },
    costs: 1250000.5,
    goalIds: ['5.1', '5.2'],
    decision: {
      body: 'Ratsversammlung',
      date: { precision: 'day', iso: '2026-11-12' },
      paper: null,
      link: 'https://ratsinfo.example.org/vo/1',
    },
  }),
  makeMeasure({ id: '2024-009', title: 'Ohne Angaben', progress: null, costs: null }),
];

function readBack(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true });
  const sheet = book.Sheets['Maßnahmen']!;
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: null, raw: true });
  return { book, sheet, rows };
}

/** The measures above as the open-data workbook. */
const measuresWorkbook = (stand: string) =>
  toXlsx(
    [
      spreadsheetTable({
        name: 'Maßnahmen',
        columns: MEASURE_COLUMNS,
        items: measures,
        headers: SPREADSHEET_HEADERS.measures,
      }),
    ],
    ctx,
    stand,
  );

describe('toXlsx', () => {
  const bytes = measuresWorkbook('2026-11-20');

  it('writes every published row under German headers', () => {
    const { rows, sheet } = readBack(bytes);
    expect(rows.map((r) => r['Nr.'])).toEqual(['2024-008', '2024-009']);
    expect(Object.keys(rows[0]!)).toEqual(
      MEASURE_COLUMNS.map((c) => SPREADSHEET_HEADERS.measures[c.name as keyof typeof SPREADSHEET_HEADERS.measures]),
    );
    expect(sheet['!autofilter']).toEqual({ ref: `A1:${XLSX.utils.encode_col(MEASURE_COLUMNS.length - 1)}3` });
  });

  it('writes numbers as numbers, a known day as a date cell, and a month or quarter as text, never as an invented day', () => {
    const { sheet, rows } = readBack(bytes);
    expect(rows[0]!['Fortschritt (%)']).toBe(45.5);
    expect(rows[0]!['Kosten (€)']).toBe(1250000.5);
    const decided = Object.values(sheet).find(
      (cell) => (cell as XLSX.CellObject).v === excelSerial('2026-11-12'),
    ) as XLSX.CellObject;
    expect(decided).toMatchObject({ t: 'n', z: 'dd.mm.yyyy' });
    expect(rows[0]!['Beginn']).toBe('März 2025');
    expect(rows[0]!['Ende']).toBe('2. Quartal 2027');
    expect(rows[1]!['Kosten (€)']).toBeNull();
  });

  it('keeps text that looks like a formula as text, joins lists and keeps links clickable', () => {
    const { sheet, rows } = readBack(bytes);
    expect(sheet['B2']).toMatchObject({ t: 's', v: '=SUMME(A1:A9)' });
    expect(sheet['B2'].f).toBeUndefined();
    expect(rows[0]!['Ziele']).toBe('5.1; 5.2');
    const link = Object.values(sheet).find(
      (cell) => (cell as XLSX.CellObject).v === 'https://ratsinfo.example.org/vo/1',
    ) as XLSX.CellObject;
    expect(link.l?.Target).toBe('https://ratsinfo.example.org/vo/1');
  });

  it('freezes the header row and gives the same bytes for the same data', () => {
    expect(sheetXml(bytes, 0)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const again = toXlsx(
      [
        spreadsheetTable({
          name: 'Maßnahmen',
          columns: MEASURE_COLUMNS,
          items: measures,
          headers: SPREADSHEET_HEADERS.measures,
        }),
      ],
      ctx,
      '2026-11-20',
    );
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has a German header for every column of every dataset', () => {
    for (const [dataset, columns] of Object.entries(DATASET_COLUMNS)) {
      const headers: Readonly<Record<string, string>> =
        SPREADSHEET_HEADERS[dataset as keyof typeof SPREADSHEET_HEADERS];
      expect(
        columns.map((c) => c.name).filter((name) => !headers[name]),
        dataset,
      ).toEqual([]);
    }
  });

  it('writes a day before 1 March 1900, which has no unambiguous serial, as text instead of failing', () => {
    const early = [makeMeasure({ id: '1900-1', start: { precision: 'day', iso: '1900-01-15' } })];
    const sheet = readBack(
      toXlsx(
        [
          spreadsheetTable({
            name: 'Maßnahmen',
            columns: MEASURE_COLUMNS,
            items: early,
            headers: SPREADSHEET_HEADERS.measures,
          }),
        ],
        ctx,
        null,
      ),
    );
    expect(sheet.rows[0]!['Beginn']).toBe('15.01.1900');
  });
});

describe('toXlsx number formats', () => {
  const bytesOf = () => measuresWorkbook('2026-11-12');
  const stylesOf = (bytes: Uint8Array) => {
    const book = XLSX.read(bytes, { type: 'array', bookFiles: true }) as XLSX.WorkBook & {
      files: Record<string, { content: Uint8Array }>;
    };
    return new TextDecoder().decode(book.files['xl/styles.xml']!.content);
  };

  it('writes only the formats its cells use, whatever the process read before', () => {
    const before = bytesOf();
    // A workbook read earlier in the same process leaves its formats in SheetJS's global table.
    XLSX.SSF.load('yyyy-mm-dd hh:mm', 170);
    const after = bytesOf();
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    const styles = stylesOf(after);
    expect(styles).toContain('formatCode="dd.mm.yyyy"');
    expect(styles).not.toContain('yyyy-mm-dd hh:mm');
    expect(styles).not.toContain('上午');
  });
});
