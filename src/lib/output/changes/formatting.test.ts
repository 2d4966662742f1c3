/**
 * Formatting is not change: the same data exported another way (other column order, header
 * aliases, `FD 61` for `61`, dates and amounts written differently) must give the same snapshot
 * and no change at all. Both sides go through the real core: workbook bytes → reader → tables →
 * model, exactly as in a build.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../input/workbook/read-workbook.ts';
import { locateTables } from '../../input/workbook/locate-tables.ts';
import { SHEET_SPECS } from '../../input/workbook/sheet-kinds.ts';
import { buildModel } from '../../model/build-model.ts';
import { makeWorkbookBytes, type CellSpec, type WorkbookDescription } from '../../testing/make-workbook.ts';
import type { RawWorkbook } from '../../input/workbook/raw.ts';
import type { IsekModel } from '../../schemas/model.ts';
import { generateSampleData } from '../../../../tools/authoring/sample-data.ts';
import { renderSample } from '../../../../tools/authoring/sample-render.ts';
import { workbookBytes } from '../../../../tools/authoring/workbook-data.ts';
import { diffSnapshots, isUnchanged } from './diff.ts';
import { publicationStand, toSnapshot } from './snapshot.ts';

const TODAY = '2026-11-25';

function modelOf(files: readonly { name: string; bytes: Uint8Array }[]): IsekModel {
  const workbooks: RawWorkbook[] = files.map(({ name, bytes }) => {
    const read = readWorkbook(name, bytes);
    if (!read.workbook) throw new Error(read.diagnostics.map((d) => d.message).join(' '));
    return read.workbook;
  });
  const located = locateTables(workbooks, SHEET_SPECS);
  const built = buildModel(located.tables, { staleReportMonths: 12, today: TODAY, dataDirName: 'data' });
  const errors = [...located.diagnostics, ...built.diagnostics].filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  return built.model;
}

function snapshotOf(model: IsekModel) {
  return toSnapshot(model, { stand: publicationStand(model, TODAY), previous: null });
}

/** The goal system and departments, the same in both exports. */
const shared: WorkbookDescription = {
  sheets: [
    {
      name: 'Ziele',
      rows: [
        ['Ziel-Nr.', 'Titel', 'Übergeordnetes Ziel', 'Produktbereich', 'SDG'],
        ['5', 'Klimagerechte Stadt', null, 5, '11; 13'],
        ['5.1', 'Radverkehr stärken', '5', null, 11],
      ],
    },
    {
      name: 'Fachdienste',
      rows: [
        ['Nr.', 'Bezeichnung'],
        [61, 'Stadtplanung und -entwicklung'],
        ['66', 'Tiefbau und Grünflächen'],
      ],
    },
  ],
};

type Row = Record<string, CellSpec>;

/** A measures sheet with the given header order and header texts. */
function measuresSheet(
  headers: readonly [key: string, header: string][],
  rows: readonly Row[],
  info: readonly CellSpec[][],
): WorkbookDescription {
  return {
    sheets: [
      {
        name: 'Maßnahmen',
        rows: [
          ['Maßnahmenliste – Stand 12.11.2026'],
          [],
          headers.map(([, h]) => h),
          ...rows.map((r) => headers.map(([k]) => r[k])),
        ],
      },
      { name: 'Info', rows: [['Angabe', 'Wert'], ...info] },
    ],
  };
}

const exportA = measuresSheet(
  [
    ['id', 'Nr.'],
    ['title', 'Titel'],
    ['lead', 'Fachdienst'],
    ['goals', 'Ziele'],
    ['status', 'Status'],
    ['progress', 'Fortschritt'],
    ['end', 'Ende'],
    ['costs', 'Kosten'],
    ['funding', 'Fördermittel'],
    ['report', 'Statusbericht'],
    ['reportDate', 'Stand'],
  ],
  [
    {
      id: '2024-008',
      title: 'Radweg Kieler Straße',
      lead: 61,
      goals: '5.1',
      status: 'in Umsetzung',
      progress: 45,
      end: '03/2027',
      costs: 1250000.5,
      funding: 250000,
      report: 'Bauabschnitt 1 ist **fertig**.\nAbschnitt 2 folgt.',
      reportDate: { date: '2026-10-15' },
    },
    {
      id: '2024-009',
      title: 'Stadtpark',
      lead: '66',
      goals: '5',
      status: 'abgeschlossen',
      progress: null,
      end: { date: '2026-06-30' },
      costs: null,
      funding: null,
      report: null,
      reportDate: null,
    },
    {
      id: '2025-001',
      title: 'Klimaanpassung',
      lead: 'Stadtplanung und -entwicklung',
      goals: '5.1; 5',
      status: 'geplant',
      progress: 0,
      end: 2028,
      costs: 80000,
      funding: null,
      report: 'Start 2027.',
      reportDate: '01.11.2026',
    },
  ],
  [
    ['Stand', { date: '2026-11-12' }],
    ['Sitzung', 'Ratsversammlung vom 11.11.2026'],
  ],
);

const exportB = measuresSheet(
  [
    ['reportDate', 'Stand des Berichts'],
    ['status', 'Umsetzungsstand:'],
    ['report', 'Sachstand'],
    ['lead', 'federführender\nFachdienst'],
    ['title', ' Bezeichnung '],
    ['funding', 'Foerdermittel'],
    ['costs', 'Gesamtkosten'],
    ['progress', 'Fortschritt in %'],
    ['goals', 'Ziel-Nr.'],
    ['end', 'geplantes Ende'],
    ['id', 'Massnahmen-Nr.'],
  ],
  [
    {
      id: '2025-001',
      title: 'Klimaanpassung',
      lead: 'FD 61',
      goals: '5.1, 5',
      status: 'geplant',
      progress: '0 %',
      end: '2028',
      costs: '80 T€',
      funding: null,
      report: '  Start 2027.  ',
      reportDate: '2026-11-01',
    },
    {
      id: '2024-008',
      title: '\u00a0Radweg Kieler Straße ',
      lead: 'Fachdienst 61',
      goals: '5.1',
      status: 'laufend',
      progress: { percent: 0.45 },
      end: '03/2027',
      costs: '1.250.000,50 EUR',
      funding: '250.000 €',
      report: 'Bauabschnitt 1 ist **fertig**.\nAbschnitt 2 folgt.',
      reportDate: '15.10.2026',
    },
    {},
    {
      id: '2024-009',
      title: 'Stadtpark',
      lead: '66 Tiefbau und Grünflächen',
      goals: '5',
      status: 'erledigt',
      progress: null,
      end: '30.6.26',
      costs: null,
      funding: null,
      report: null,
      reportDate: null,
    },
  ],
  [
    ['Stand', '12.11.2026'],
    ['Sitzung', 'Ratsversammlung vom 11.11.2026'],
  ],
);

describe('formatting differences are not changes', () => {
  it('the same data in another column order, with aliases, FD 61 and other date and money forms, gives no change', () => {
    const sharedBytes = makeWorkbookBytes(shared);
    const a = modelOf([
      { name: 'Maßnahmen.xlsx', bytes: makeWorkbookBytes(exportA) },
      { name: 'Ziele.xlsx', bytes: sharedBytes },
    ]);
    const b = modelOf([
      { name: 'Export 2.xlsx', bytes: makeWorkbookBytes(exportB) },
      { name: 'Ziele.xlsx', bytes: sharedBytes },
    ]);
    expect(a.measures).toHaveLength(3);
    const snapA = snapshotOf(a);
    const snapB = snapshotOf(b);
    expect(snapB).toEqual(snapA);
    const diff = diffSnapshots(snapA, { ...snapB, stand: '2027-02-10' });
    expect(diff.first).toBe(false);
    expect(!diff.first && isUnchanged(diff)).toBe(true);
  });

  it('a real change in the same files is found (the comparison above can fail)', () => {
    const sharedBytes = makeWorkbookBytes(shared);
    const a = modelOf([
      { name: 'Maßnahmen.xlsx', bytes: makeWorkbookBytes(exportA) },
      { name: 'Ziele.xlsx', bytes: sharedBytes },
    ]);
    const changed = structuredClone(exportB);
    const rows = changed.sheets[0]!.rows as CellSpec[][];
    rows[4]![1] = 'abgeschlossen';
    const b = modelOf([
      { name: 'Export 2.xlsx', bytes: makeWorkbookBytes(changed) },
      { name: 'Ziele.xlsx', bytes: sharedBytes },
    ]);
    const diff = diffSnapshots(snapshotOf(a), { ...snapshotOf(b), stand: '2027-02-10' });
    expect(diff.first ? [] : diff.completed.map((c) => [c.id, c.from])).toEqual([['2024-008', 'in-progress']]);
  });

  it('the sample data of meeting 1, exported in meeting 2’s format, gives no change', () => {
    const { model } = generateSampleData({ measures: 40, seed: 7, meeting: 1 });
    const asExported = (workbooks: ReturnType<typeof renderSample>) =>
      modelOf(workbooks.map((wb) => ({ name: wb.file, bytes: new Uint8Array(workbookBytes(wb)) })));
    const original = asExported(renderSample(model, 7));
    const reformatted = asExported(renderSample({ ...model, meeting: 2 }, 11));
    expect(reformatted.measures.length).toBe(original.measures.length);
    const diff = diffSnapshots(snapshotOf(original), { ...snapshotOf(reformatted), stand: '2099-01-01' });
    expect(!diff.first && isUnchanged(diff)).toBe(true);
  });
});
