import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { STATUS_LABELS, TEMPLATE_TEXT } from '../../src/lib/i18n/de.ts';
import { loadProject } from '../../src/lib/load.ts';
import { STATUSES } from '../../src/lib/schemas/status.ts';
import { MEASURES_SHEET, REPORTS_SHEET, SHEET_SPECS } from '../../src/lib/input/workbook/sheet-kinds.ts';
import { KEY_COLUMNS } from '../../src/lib/input/workbook/key-columns.ts';
import { sheetXml } from './data-validation.ts';
import { generateSampleData } from './sample-data.ts';
import {
  buildTemplate,
  departmentChoice,
  departmentsFromData,
  EXAMPLE_DEPARTMENTS,
  templateBytes,
  writeTemplate,
} from './template.ts';
import { writeWorkbooks } from './workbook-data.ts';

const root = mkdtempSync(join(tmpdir(), 'isek-template-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sampleDepartments = generateSampleData({ measures: 30 }).model.departments;
const template = buildTemplate();
const bytes = templateBytes(template);
const wb = XLSX.read(bytes);

/** Values of a range like `Listen!$A$1:$A$7`, read back from the written file. */
function rangeValues(book: XLSX.WorkBook, ref: string): unknown[] {
  const [sheet, range] = ref.split('!') as [string, string];
  const ws = book.Sheets[sheet] as XLSX.WorkSheet;
  const r = XLSX.utils.decode_range(range.replace(/\$/g, ''));
  const out: unknown[] = [];
  for (let row = r.s.r; row <= r.e.r; row += 1) out.push(ws[XLSX.utils.encode_cell({ r: row, c: r.s.c })]?.v);
  return out;
}

/** The validations of one sheet, parsed from its XML. */
function validations(xml: string): { sqref: string; source: string; errorStyle: string | null }[] {
  return [...xml.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1>/g)].map((m) => ({
    sqref: /sqref="([^"]*)"/.exec(m[1] as string)?.[1] as string,
    source: m[2] as string,
    errorStyle: /errorStyle="([^"]*)"/.exec(m[1] as string)?.[1] ?? null,
  }));
}

describe('buildTemplate', () => {
  it('writes every sheet kind with its canonical headers, then the guide and the hidden lists', () => {
    expect(wb.SheetNames).toEqual([
      ...SHEET_SPECS.map((s) => s.name),
      TEMPLATE_TEXT.guideSheet,
      TEMPLATE_TEXT.listsSheet,
    ]);
    for (const spec of SHEET_SPECS) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[spec.name] as XLSX.WorkSheet, { header: 1 });
      expect(rows[0]).toEqual(spec.columns.map((c) => c.header));
    }
    expect(wb.Workbook?.Sheets?.find((s) => s.name === TEMPLATE_TEXT.listsSheet)?.Hidden).toBe(1);
  });

  it('has two example rows in Maßnahmen, Ziele and Fachdienste', () => {
    for (const name of ['Maßnahmen', 'Ziele', 'Fachdienste']) {
      const rows = XLSX.utils.sheet_to_json(wb.Sheets[name] as XLSX.WorkSheet);
      expect(rows, name).toHaveLength(2);
    }
  });

  it('explains every column: required or not, aliases and meaning', () => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[TEMPLATE_TEXT.guideSheet] as XLSX.WorkSheet, {
      header: 1,
    });
    for (const spec of SHEET_SPECS) {
      for (const c of spec.columns) {
        const expected = [
          c.header,
          c.required ? 'ja' : 'nein',
          ...(c.aliases.length ? [c.aliases.join(', ')] : []),
          c.help,
        ];
        expect(
          rows.some((r) => r.filter((x) => x !== undefined && x !== null).join('|') === expected.join('|')),
          `${spec.name}: ${c.header}`,
        ).toBe(true);
      }
    }
  });

  it('adds drop-down lists for Status, Art, Produktbereich and Fachdienst to Maßnahmen', () => {
    const list = validations(sheetXml(bytes, 0));
    const col = (key: string) => XLSX.utils.encode_col(MEASURES_SHEET.columns.findIndex((c) => c.key === key));
    const byColumn = new Map(list.map((v) => [v.sqref.replace(/\d.*$/, ''), v]));
    expect(list).toHaveLength(4);
    expect(rangeValues(wb, byColumn.get(col('status'))!.source)).toEqual(STATUSES.map((s) => STATUS_LABELS[s]));
    expect(rangeValues(wb, byColumn.get(col('productArea'))!.source)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rangeValues(wb, byColumn.get(col('type'))!.source)).toContain('Schlüsselmaßnahme');
    const department = byColumn.get(col('leadDepartment'))!;
    expect(department.errorStyle).toBe('warning');
    expect(rangeValues(wb, department.source)).toEqual(EXAMPLE_DEPARTMENTS.map(departmentChoice));
    expect(byColumn.get(col('status'))!.sqref).toBe(`${col('status')}2:${col('status')}2000`);
  });

  it('adds drop-down lists for Produktbereich and Im Fokus to Ziele', () => {
    const list = validations(sheetXml(bytes, 2));
    expect(list).toHaveLength(2);
    expect(list.map((v) => rangeValues(wb, v.source))).toContainEqual(['ja', 'nein']);
  });

  it('adds a drop-down list for Zielrichtung to Kennzahlen', () => {
    const index = SHEET_SPECS.findIndex((s) => s.kind === 'indicators');
    const list = validations(sheetXml(bytes, index));
    expect(list).toHaveLength(1);
    expect(list[0]!.errorStyle).toBe('warning');
    expect(rangeValues(wb, list[0]!.source)).toEqual(['steigen', 'sinken']);
  });

  it('offers the departments of the data when given', () => {
    const book = XLSX.read(templateBytes(buildTemplate(sampleDepartments)));
    const fachdienste = XLSX.utils.sheet_to_json(book.Sheets['Fachdienste'] as XLSX.WorkSheet);
    expect(fachdienste).toHaveLength(sampleDepartments.length);
    const lists = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[TEMPLATE_TEXT.listsSheet] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(lists.map((r) => r[3]).filter(Boolean)).toContain('61 Stadtplanung und -entwicklung');
  });

  it('is byte-stable', () => {
    expect(templateBytes(buildTemplate()).equals(bytes)).toBe(true);
  });

  it('freezes the header row of every data sheet, and not of the guide or the lists', () => {
    const frozen = (index: number) =>
      sheetXml(bytes, index).includes('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const names = wb.SheetNames;
    for (const spec of SHEET_SPECS) expect(frozen(names.indexOf(spec.name)), spec.name).toBe(true);
    expect(frozen(names.indexOf(TEMPLATE_TEXT.guideSheet))).toBe(false);
    expect(frozen(names.indexOf(TEMPLATE_TEXT.listsSheet))).toBe(false);
    // The drop-down lists survive the second rewrite of the package.
    expect(sheetXml(bytes, names.indexOf(MEASURES_SHEET.name))).toContain('<dataValidations');
  });

  it('makes long text columns wide enough to read', () => {
    const measures = XLSX.read(bytes, { cellStyles: true }).Sheets[MEASURES_SHEET.name]!;
    const widthOf = (header: string) =>
      measures['!cols']?.[MEASURES_SHEET.columns.findIndex((c) => c.header === header)]?.wch ?? 0;
    expect(widthOf('Titel')).toBeGreaterThanOrEqual(40);
    expect(widthOf('Statusbericht')).toBeGreaterThanOrEqual(40);
    expect(Math.min(...MEASURES_SHEET.columns.map((c) => widthOf(c.header)))).toBeGreaterThanOrEqual(12);
  });
});

describe('wrapped text columns', () => {
  // Read back from the written package: SheetJS's community edition reads no alignment.
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const styles = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/styles.xml')!.content as Uint8Array);
  const formats = [
    .../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
  ].map((m) => m[0]);
  const wraps = (index: number | undefined) => index !== undefined && /wrapText="1"/.test(formats[index] ?? '');
  const column = (spec: typeof MEASURES_SHEET, header: string) => {
    const xml = sheetXml(bytes, wb.SheetNames.indexOf(spec.name));
    const i = spec.columns.findIndex((c) => c.header === header);
    const col = new RegExp(`<col min="${i + 1}" max="${i + 1}"[^>]*?/>`).exec(xml)?.[0] ?? '';
    const letter = XLSX.utils.encode_col(i);
    const cells = [...xml.matchAll(new RegExp(`<c r="${letter}(\\d+)"([^>]*)>`, 'g'))].map((m) => ({
      row: Number(m[1]),
      s: /s="(\d+)"/.exec(m[2]!)?.[1],
    }));
    return { style: /style="(\d+)"/.exec(col)?.[1], cells };
  };

  it('wraps the Statusbericht (and the Bericht of the reports sheet), top aligned, in the column and its cells', () => {
    for (const [spec, header] of [
      [MEASURES_SHEET, 'Statusbericht'],
      [MEASURES_SHEET, 'Kurzbeschreibung'],
      [REPORTS_SHEET, 'Bericht'],
    ] as const) {
      const { style, cells } = column(spec, header);
      expect(wraps(style === undefined ? undefined : Number(style)), `${spec.name}: ${header}`).toBe(true);
      expect(formats[Number(style)]).toContain('vertical="top"');
      const below = cells.filter((c) => c.row > 1);
      expect(below.length, `${spec.name}: ${header} has example cells`).toBeGreaterThan(0);
      expect(below.every((c) => c.s === style)).toBe(true);
      // The header stays as it is.
      expect(cells.find((c) => c.row === 1)?.s).not.toBe(style);
    }
  });

  it('leaves short columns and key columns unwrapped', () => {
    for (const header of ['Nr.', 'Status', 'Titel']) {
      const { style } = column(MEASURES_SHEET, header);
      expect(wraps(style === undefined ? undefined : Number(style)), header).toBe(false);
    }
  });
});

describe('key and reference columns as Text', () => {
  // Read back from the written file, with the empty cells that only carry a format.
  const styled = XLSX.read(bytes, { cellNF: true, sheetStubs: true });

  it('formats every key and reference column as Text (@) from row 2 to the last row, and no other column', () => {
    for (const spec of SHEET_SPECS) {
      const ws = styled.Sheets[spec.name] as XLSX.WorkSheet;
      spec.columns.forEach((c, i) => {
        const formats = new Set<string | undefined>();
        for (let r = 1; r < 2000; r += 1) formats.add(ws[XLSX.utils.encode_cell({ r, c: i })]?.z as string | undefined);
        if (KEY_COLUMNS[spec.kind]?.includes(c.key)) expect([...formats], `${spec.name}: ${c.header}`).toEqual(['@']);
        else expect(formats.has('@'), `${spec.name}: ${c.header}`).toBe(false);
      });
    }
  });

  it('covers Nr., Ziele, Übergeordnetes Ziel, Fachdienst, Produkt and Vorlage', () => {
    const headers = (name: string) =>
      SHEET_SPECS.find((s) => s.name === name)!
        .columns.filter((c) => KEY_COLUMNS[SHEET_SPECS.find((s) => s.name === name)!.kind]?.includes(c.key))
        .map((c) => c.header);
    expect(headers('Maßnahmen')).toEqual(
      expect.arrayContaining(['Nr.', 'Ziele', 'Fachdienst', 'Beteiligte Fachdienste', 'Produkt', 'Vorlage']),
    );
    expect(headers('Ziele')).toEqual(expect.arrayContaining(['Ziel-Nr.', 'Übergeordnetes Ziel']));
    expect(headers('Fachdienste')).toEqual(['Nr.']);
    expect(headers('Statusberichte')).toEqual(['Nr.']);
  });

  it('writes the examples in those columns as text cells with the Text format', () => {
    const ws = styled.Sheets['Maßnahmen'] as XLSX.WorkSheet;
    const col = MEASURES_SHEET.columns.findIndex((c) => c.key === 'product');
    expect(ws[XLSX.utils.encode_cell({ r: 1, c: col })]).toMatchObject({ t: 's', v: '054101', z: '@' });
  });

  it('stores the format in the file as the built-in Text format (numFmtId 49) on the empty cells', () => {
    const xml = sheetXml(bytes, 0);
    const styles = Buffer.from(
      XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), '/xl/styles.xml')!.content as Uint8Array,
    ).toString('utf8');
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*numFmtId="(\d+)"/g),
    ].map((m) => m[1]);
    const a2000 = /<c r="A2000" s="(\d+)"\/?>/.exec(xml);
    expect(a2000, 'an empty cell A2000 with a style').not.toBeNull();
    expect(xfs[Number(a2000![1])]).toBe('49');
  });
});

describe('the filled-in template through the core', () => {
  for (const [name, deps] of [
    ['examples', []],
    ['sample departments', sampleDepartments],
  ] as const) {
    it(`loads with zero errors and warnings (${name})`, async () => {
      const dir = join(root, name.replace(' ', '-'));
      writeTemplate(dir, buildTemplate(deps));
      const result = await loadProject({ dataDir: dir, today: '2026-11-25' });
      // The workbooks alone: without a settings file the accessibility statement lacks the city's facts.
      expect(result.diagnostics.filter((d) => d.severity !== 'notice' && d.file !== 'einstellungen.json')).toEqual([]);
      expect(result.model.measures).toHaveLength(2);
      expect(result.model.goals).toHaveLength(2);
      expect(result.model.indicators.map((i) => [i.id, i.assessment.category])).toEqual([
        ['K-5', 'too-slow'],
        ['K-5.1', 'no-change'],
      ]);
    });
  }
});

describe('departmentsFromData', () => {
  it('reads the departments of a data folder', async () => {
    const dir = join(root, 'data');
    writeWorkbooks(dir, generateSampleData({ measures: 30 }).workbooks);
    const deps = await departmentsFromData(dir);
    expect(deps).toHaveLength(sampleDepartments.length);
    expect(deps.find((d) => d.id === '61')?.name).toBe('Stadtplanung und -entwicklung');
  });

  it('returns nothing for a missing folder', async () => {
    expect(await departmentsFromData(join(root, 'missing'))).toEqual([]);
  });
});
