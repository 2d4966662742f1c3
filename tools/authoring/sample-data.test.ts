import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/load.ts';
import {
  generateSampleData,
  writeSampleWorkbooks,
  type CellData,
  type SheetData,
  type WorkbookData,
} from './sample-data.ts';
import { workbookBytes } from './workbook-data.ts';
import { ASSESSMENTS } from '../../src/lib/schemas/indicator.ts';
import { SAMPLE_WORKBOOK_FILES } from '../../src/lib/input/files/sample-workbooks.ts';

const meeting1 = generateSampleData();
const meeting2 = generateSampleData({ meeting: 2 });

const sheetOf = (workbooks: readonly WorkbookData[], name: string): SheetData => {
  const sheet = workbooks.flatMap((w) => w.sheets).find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The data rows of a sheet below the row holding `firstHeader`, and a column reader. */
function table(sheet: SheetData, firstHeader: string) {
  const headerIndex = sheet.rows.findIndex((r) => r.includes(firstHeader));
  const header = sheet.rows[headerIndex] as readonly CellData[];
  const rows = sheet.rows.slice(headerIndex + 1).filter((r) => r.length > 0);
  const column = (h: string): CellData[] => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${JSON.stringify(h)}`);
    return rows.map((r) => r[i] ?? null);
  };
  return { headerIndex, header, rows, column };
}

const texts = (cells: readonly CellData[]): string[] => cells.filter((c): c is string => typeof c === 'string');
const objects = (cells: readonly CellData[]) =>
  cells.filter((c): c is Extract<CellData, { t: string }> => typeof c === 'object' && c !== null);

describe('generateSampleData: file names', () => {
  it('writes only workbooks the build knows as samples (it warns when they lie next to own ones)', () => {
    for (const meeting of [meeting1, meeting2]) {
      for (const w of meeting.workbooks) expect(SAMPLE_WORKBOOK_FILES, w.file).toContain(w.file);
    }
  });
});

describe('generateSampleData: determinism', () => {
  it('gives the same data for the same seed', () => {
    const again = generateSampleData();
    expect(again.model).toEqual(meeting1.model);
    expect(again.workbooks).toEqual(meeting1.workbooks);
  });

  it('gives different data for another seed', () => {
    const other = generateSampleData({ seed: 7 });
    expect(other.model.measures.map((m) => m.title)).not.toEqual(meeting1.model.measures.map((m) => m.title));
  });

  it('writes byte-identical files, equal to the committed data/ files', () => {
    for (const wb of meeting1.workbooks) {
      const bytes = workbookBytes(wb);
      expect(bytes.equals(workbookBytes(wb))).toBe(true);
      expect(bytes.equals(readFileSync(join('data', wb.file))), `data/${wb.file} is outdated: run npm run sample`).toBe(
        true,
      );
    }
  });

  it('refuses a non-positive number of measures', () => {
    expect(() => generateSampleData({ measures: 0 })).toThrow(RangeError);
  });
});

describe('generateSampleData: scale and content', () => {
  const { model } = meeting1;

  it('has the default scale', () => {
    expect(model.measures.length).toBeGreaterThanOrEqual(210);
    expect(model.goals.length).toBeGreaterThanOrEqual(45);
    expect(model.departments.length).toBeGreaterThanOrEqual(26);
    expect(new Set(model.measures.map((m) => m.id)).size).toBe(model.measures.length);
    expect(new Set(model.measures.map((m) => m.title)).size).toBe(model.measures.length);
  });

  it('has a goal tree two to three levels deep in every product area', () => {
    const tops = model.goals.filter((g) => g.parent === null);
    expect(new Set(tops.map((g) => g.productArea))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    const depth = (id: string): number => {
      const g = model.goals.find((x) => x.id === id);
      return g?.parent ? 1 + depth(g.parent) : 0;
    };
    const depths = new Set(model.goals.map((g) => depth(g.id)));
    expect(depths).toEqual(new Set([0, 1, 2]));
    expect(model.goals.some((g) => g.focus)).toBe(true);
    expect(model.goals.some((g) => g.sources.includes('Ratsbeschluss 0393/2013/An'))).toBe(true);
  });

  it('has about ten percent key measures and a report history for many', () => {
    const key = model.measures.filter((m) => m.type === 'key').length / model.measures.length;
    expect(key).toBeGreaterThan(0.05);
    expect(key).toBeLessThan(0.17);
    const withHistory = model.measures.filter((m) => m.history.length > 0);
    expect(withHistory.length).toBeGreaterThan(model.measures.length / 3);
    expect(Math.max(...withHistory.map((m) => m.history.length))).toBe(4);
  });

  it('gives departments realistic contact data', () => {
    const fd61 = model.departments.find((d) => d.id === '61');
    expect(fd61).toMatchObject({ name: 'Stadtplanung und -entwicklung', email: 'fd61@neumuenster.de' });
    for (const d of model.departments) expect(d.website).toMatch(/^https:\/\//);
  });

  it('scales to 10,000 measures with unique numbers and mostly unique titles', () => {
    const big = generateSampleData({ measures: 10_000 });
    expect(big.model.measures).toHaveLength(10_000);
    expect(new Set(big.model.measures.map((m) => m.id)).size).toBe(10_000);
    expect(new Set(big.model.measures.map((m) => m.title)).size).toBeGreaterThan(9_500);
  });
});

describe('generateSampleData: every tolerance form appears (meeting 1)', () => {
  const wbs = meeting1.workbooks;
  const measures = sheetOf(wbs, 'Maßnahmen');
  const t = table(measures, 'Massnahmen-Nr.');
  const goals = table(sheetOf(wbs, 'Ziele'), 'Ziel-Nr.');
  const all = t.rows.flat();

  it('splits the sheets over export files and hides the history in `Tabelle1`', () => {
    expect(wbs.map((w) => w.file)).toEqual([
      'Massnahmenliste_2026-11-20.xlsx',
      'ISEK-Zielsystem 2025-2026.xlsx',
      'Kennzahlen_Statistikstelle.xlsx',
    ]);
    expect(wbs[2]?.sheets.map((s) => s.name)).toEqual(['Kennzahlen', 'Kennzahlwerte']);
    expect(wbs[0]?.sheets.map((s) => s.name)).toEqual(['Maßnahmen', 'Tabelle1', 'Info']);
    expect(wbs[1]?.sheets.map((s) => s.name)).toEqual(['Ziele', 'Fachdienste', 'Produktbereiche']);
    expect(sheetOf(wbs, 'Tabelle1').rows[0]).toEqual(['Maßnahmen-Nr.', 'Datum', 'Bericht']);
  });

  it('has title rows, a blank row and a merged banner above the header', () => {
    expect(t.headerIndex).toBeGreaterThanOrEqual(2);
    expect(measures.rows.slice(0, t.headerIndex).some((r) => r.length === 0)).toBe(true);
    expect(measures.merges?.[0]?.s).toEqual({ r: 0, c: 0 });
    expect(goals.headerIndex).toBeGreaterThanOrEqual(1);
  });

  it('writes headers with aliases, umlaut spellings, line breaks, odd spaces, a colon and unknown columns', () => {
    for (const h of [
      'Massnahmen-Nr.',
      'Foerdermittel',
      'federführender\nFachdienst',
      ' Titel ',
      'Beteiligte  Fachdienste',
      'Status:',
      'Fortschritt in %',
      'Ziel-Nr.',
      'Bemerkung intern',
    ]) {
      expect(t.header).toContain(h);
    }
    expect(goals.header).toContain('Verantwortlich');
  });

  it('shuffles the column order', () => {
    expect(t.header.indexOf(' Titel ')).not.toBe(1);
  });

  it('leaves blank rows between data rows', () => {
    const body = measures.rows.slice(t.headerIndex + 1);
    expect(body.slice(0, -1).some((r) => r.length === 0)).toBe(true);
  });

  it('pads some texts with spaces and non-breaking spaces', () => {
    expect(texts(all).some((s) => s.startsWith('\u00a0'))).toBe(true);
    expect(texts(all).some((s) => /^ +\S/.test(s))).toBe(true);
  });

  it('writes dates in every accepted form', () => {
    const cells = ['Beginn', 'geplantes Ende', 'Beschluss vom', 'Stand'].flatMap((h) => t.column(h));
    const s = texts(cells);
    expect(objects(cells).some((c) => c.t === 'n' && c.z === 'dd.mm.yyyy')).toBe(true);
    expect(s.some((x) => /^\d{2}\.\d{2}\.\d{4}$/.test(x))).toBe(true);
    expect(s.some((x) => /^\d{1,2}\.\d{1,2}\.\d{2}$/.test(x) && !/^\d{2}\.\d{2}\./.test(x))).toBe(true);
    expect(s.some((x) => /^\d{4}-\d{2}-\d{2}$/.test(x))).toBe(true);
    expect(s.some((x) => /^\d{2}\/\d{4}$/.test(x))).toBe(true);
    expect(s.some((x) => /^\d{4}$/.test(x))).toBe(true);
    expect(cells.some((x) => typeof x === 'number' && x >= 2019 && x <= 2035)).toBe(true);
  });

  it('writes money in every accepted form', () => {
    const cells = [...t.column('Gesamtkosten'), ...t.column('Foerdermittel')];
    const s = texts(cells);
    expect(cells.some((c) => typeof c === 'number')).toBe(true);
    expect(s.some((x) => /^\d{1,3}(\.\d{3})+ €$/.test(x))).toBe(true);
    expect(s.some((x) => /^\d{1,3}(\.\d{3})*\u00a0€$/.test(x))).toBe(true);
    expect(s.some((x) => /^\d{1,3}(\.\d{3})*,(?!00)\d{2} EUR$/.test(x))).toBe(true);
    expect(s.some((x) => /^\d+ T€$/.test(x))).toBe(true);
  });

  it('writes percent as number, as text with % and as percent-formatted cell', () => {
    const cells = t.column('Fortschritt in %');
    expect(cells.some((c) => typeof c === 'number')).toBe(true);
    expect(texts(cells).some((x) => /^\d+ %$/.test(x))).toBe(true);
    expect(objects(cells).some((c) => c.z === '0%' && typeof c.v === 'number' && c.v <= 1)).toBe(true);
  });

  it('writes yes/no in every accepted form', () => {
    const cells = goals.column('Im Fokus');
    for (const form of ['ja', 'nein', 'x', '1', '0', 1, 0, 'wahr', 'falsch', true, false, null]) {
      expect(cells, String(form)).toContain(form);
    }
  });

  it('separates lists by semicolon, comma and line break', () => {
    const s = texts(['Ziel-Nr.', 'Beteiligte  Fachdienste', 'Stadtteil', 'SDGs'].flatMap((h) => t.column(h)));
    expect(s.some((x) => x.includes(';'))).toBe(true);
    expect(s.some((x) => x.includes(', '))).toBe(true);
    expect(s.some((x) => x.includes('\n'))).toBe(true);
  });

  it('refers to departments in every accepted form', () => {
    const cells = t.column('federführender\nFachdienst');
    const names = new Set(meeting1.model.departments.map((d) => d.name));
    expect(cells.some((c) => typeof c === 'number')).toBe(true);
    expect(texts(cells).some((x) => /^\d{2}$/.test(x))).toBe(true);
    expect(texts(cells).some((x) => /^FD \d{2}$/.test(x))).toBe(true);
    expect(texts(cells).some((x) => /^Fachdienst \d{2}$/.test(x))).toBe(true);
    expect(texts(cells)).toContain('61 Stadtplanung und -entwicklung');
    expect(texts(cells).some((x) => names.has(x))).toBe(true);
    const ids = table(sheetOf(wbs, 'Fachdienste'), 'Nr.').column('Nr.');
    expect(ids.some((c) => typeof c === 'number')).toBe(true);
    expect(ids).toContain('01');
  });

  it('leaves product area and SDGs empty for many measures (inherited)', () => {
    const n = t.rows.length;
    expect(t.column('PB').filter((c) => c === null).length).toBeGreaterThan(n * 0.3);
    expect(t.column('SDGs').filter((c) => c === null).length).toBeGreaterThan(n * 0.3);
    expect(goals.column('PB').filter((c) => c === null).length).toBeGreaterThan(10);
  });

  it('uses the status aliases', () => {
    const s = texts(t.column('Status:')).map((x) => x.replace(/\u00a0/g, ' ').trim());
    for (const alias of ['laufend', 'erledigt', 'eingestellt']) expect(s).toContain(alias);
  });

  it('writes council links, papers and product numbers as text', () => {
    const links = t.column('Ratsinfo');
    expect(texts(links).some((x) => x.startsWith('https://ratsinfo.neumuenster.de/vo0050.php?__kvonr='))).toBe(true);
    expect(texts(links).some((x) => x.startsWith('http://'))).toBe(true);
    expect(objects(links).some((c) => c.link === c.v)).toBe(true);
    expect(texts(t.column('Vorlage')).every((x) => /^\d{4}\/\d{4}\/(DS|An|Mt)$/.test(x))).toBe(true);
    const products = t.column('Produkt-Nr.').filter((c) => c !== null);
    expect(products.length).toBeGreaterThan(0);
    expect(products.every((c) => typeof c === 'string' && /^0\d{5}$/.test(c))).toBe(true);
  });

  it('writes reports in light Markdown with Alt+Enter line breaks', () => {
    const s = texts(t.column('Sachstand'));
    expect(s.some((x) => x.includes('**'))).toBe(true);
    expect(s.some((x) => x.includes('\n- '))).toBe(true);
    expect(s.some((x) => /\]\(https?:\/\//.test(x))).toBe(true);
    expect(s.some((x) => x.includes('\n') && !x.includes('\n- ') && !x.includes('\n\n'))).toBe(true);
  });

  it('fills the Info sheet', () => {
    const rows = sheetOf(wbs, 'Info').rows;
    expect(rows).toContainEqual(['Sitzung', 'Ratsversammlung vom 11.11.2026']);
    expect(rows).toContainEqual(['Doppelhaushalt', '2025/2026']);
    expect(rows.find((r) => r[0] === 'Stand')?.[1]).toMatchObject({ t: 'n', v: 46346 });
  });
});

describe('generateSampleData: meeting 2', () => {
  const changes = meeting2.changes;
  const m1 = new Map(meeting1.model.measures.map((m) => [m.id, m]));
  const m2 = new Map(meeting2.model.measures.map((m) => [m.id, m]));

  it('names what changed', () => {
    expect(meeting1.changes).toBeNull();
    expect(changes).not.toBeNull();
    expect(changes!.completed.length).toBeGreaterThanOrEqual(3);
    expect(changes!.updated.length).toBeGreaterThanOrEqual(5);
  });

  it('removes one measure and adds one', () => {
    expect(m1.has(changes!.removed)).toBe(true);
    expect(m2.has(changes!.removed)).toBe(false);
    expect(m1.has(changes!.added)).toBe(false);
    expect(m2.get(changes!.added)).toMatchObject({ status: 'planned' });
    expect(meeting2.model.measures).toHaveLength(meeting1.model.measures.length);
  });

  it('completes a few measures with a new report, keeping the old one in the history', () => {
    for (const id of changes!.completed) {
      const before = m1.get(id)!;
      const after = m2.get(id)!;
      expect(before.status).toBe('in-progress');
      expect(after).toMatchObject({ status: 'completed', progress: 100 });
      expect(after.report!.date.year).toBe(2027);
      expect(after.history).toEqual([...before.history, before.report]);
    }
  });

  it('gives a few measures new reports and progress', () => {
    for (const id of changes!.updated) {
      const before = m1.get(id)!;
      const after = m2.get(id)!;
      expect(after.status).toBe(before.status);
      expect(after.report!.date.year).toBe(2027);
      expect(after.history).toEqual([...before.history, before.report]);
      if (before.progress !== null) expect(after.progress!).toBeGreaterThan(before.progress);
    }
  });

  it('gives one measure one more Stadtteil and nothing else', () => {
    const before = m1.get(changes!.redistricted)!;
    const after = m2.get(changes!.redistricted)!;
    expect(after.districts.slice(0, -1)).toEqual(before.districts);
    expect(before.districts).not.toContain(after.districts.at(-1));
    expect({ ...after, districts: before.districts }).toEqual(before);
  });

  it('leaves everything else unchanged', () => {
    const touched = new Set([
      ...changes!.completed,
      ...changes!.updated,
      changes!.removed,
      changes!.added,
      changes!.redistricted,
    ]);
    for (const [id, before] of m1) if (!touched.has(id)) expect(m2.get(id)).toEqual(before);
    expect(meeting2.model.goals).toEqual(meeting1.model.goals);
    expect(meeting2.model.departments).toEqual(meeting1.model.departments);
    expect(meeting2.model.info).toMatchObject({
      session: 'Ratsversammlung vom 10.02.2027',
      stand: { year: 2027, month: 2, day: 19 },
    });
  });

  it('looks like another export: same goal file, different measure layout', () => {
    expect(meeting2.workbooks[1]).toEqual(meeting1.workbooks[1]);
    expect(meeting2.workbooks[0]?.file).toBe('Massnahmenliste_2027-02-19.xlsx');
    const t1 = table(sheetOf(meeting1.workbooks, 'Maßnahmen'), 'Massnahmen-Nr.');
    const t2 = table(sheetOf(meeting2.workbooks, 'Massnahmen'), 'Nr.');
    expect(t2.header).not.toEqual(t1.header);
    const fdShare = (cells: CellData[]) => texts(cells).filter((x) => x.startsWith('FD ')).length / cells.length;
    expect(fdShare(t2.column('FD'))).toBeGreaterThan(fdShare(t1.column('federführender\nFachdienst')) + 0.1);
    expect(sheetOf(meeting2.workbooks, 'Info').rows).toContainEqual(['Sitzung', 'Ratsversammlung vom 10.02.2027']);
  });
});

describe('sample data through the core', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  for (const data of [meeting1, meeting2]) {
    it(`loads meeting ${data.model.meeting} with zero errors and only the deliberate warnings`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'isek-sample-'));
      dirs.push(dir);
      writeSampleWorkbooks(dir, data);
      const result = await loadProject({ dataDir: dir, today: '2026-11-25' });
      // The workbooks alone: without a settings file the accessibility statement lacks the city's facts.
      const problems = result.diagnostics.filter((d) => d.severity !== 'notice' && d.file !== 'einstellungen.json');
      expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
      expect(problems.map((d) => d.code).sort()).toEqual(['goal.without-measures', 'measure.report-stale']);
      expect(result.ok).toBe(true);
      expect(result.model.measures).toHaveLength(data.model.measures.length);
      expect(result.model.goals).toHaveLength(data.model.goals.length);
      expect(result.model.indicators).toHaveLength(data.model.indicators.length);
    });
  }

  it('has about 25 indicators in every product area, with every assessment category', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isek-sample-'));
    dirs.push(dir);
    writeSampleWorkbooks(dir, meeting1);
    const { model } = await loadProject({ dataDir: dir, today: '2026-11-25' });
    expect(model.indicators.length).toBeGreaterThanOrEqual(22);
    expect(model.indicators.length).toBeLessThanOrEqual(30);
    expect(new Set(model.indicators.flatMap((i) => i.productAreaIds))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(model.indicators.map((i) => i.assessment.category))).toEqual(new Set(ASSESSMENTS));
    expect(model.indicators.some((i) => i.assessment.targetYearPassed)).toBe(true);
    expect(model.indicators.filter((i) => i.districts.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(model.indicators.some((i) => i.values.some((v) => v.note !== null))).toBe(true);
    // The sample's Stadtteile are those its measures name.
    const measureDistricts = new Set(model.measures.flatMap((m) => m.districts));
    for (const d of model.indicators.flatMap((i) => i.districts)) expect(measureDistricts).toContain(d);
    for (const i of model.indicators) {
      const years = new Set(i.values.filter((v) => v.district === null).map((v) => v.year));
      if (i.assessment.category !== 'not-assessable') expect(years.size).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('sample indicators', () => {
  it('writes values as number cells, German text and percent cells, and directions by their aliases', () => {
    const values = table(sheetOf(meeting1.workbooks, 'Kennzahlwerte'), 'Kennzahl-Nr.').column('Wert');
    expect(values.some((v) => typeof v === 'number')).toBe(true);
    expect(texts(values).some((v) => /^\d+,\d+$/.test(v))).toBe(true);
    expect(texts(values).some((v) => /^\d{1,3}\.\d{3}$/.test(v))).toBe(true);
    expect(objects(values).some((v) => v.z?.includes('%'))).toBe(true);
    const directions = new Set(table(sheetOf(meeting1.workbooks, 'Kennzahlen'), 'Kennzahl-Nr.').column('Zielrichtung'));
    for (const form of ['steigen', 'sinken', '↑', '↓']) expect(directions).toContain(form);
  });

  it('gives meeting 2 new values for a few indicators, in the same file', () => {
    const ids = meeting2.changes!.newIndicatorValues;
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const before = new Map(meeting1.model.indicators.map((i) => [i.id, i]));
    for (const i of meeting2.model.indicators) {
      const old = before.get(i.id)!;
      if (ids.includes(i.id)) expect(i.values.length).toBe(old.values.length + 1);
      else expect(i).toEqual(old);
    }
    expect(meeting2.workbooks.at(-1)!.file).toBe(meeting1.workbooks.at(-1)!.file);
  });

  it('scales with the measures: one indicator per ten, ten years each', () => {
    const big = generateSampleData({ measures: 1000 });
    expect(big.model.indicators).toHaveLength(100);
    const extra = big.model.indicators.at(-1)!;
    expect(new Set(extra.values.map((v) => v.year)).size).toBe(10);
    expect(new Set(big.model.indicators.map((i) => i.id)).size).toBe(100);
  });
});
