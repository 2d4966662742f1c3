import { describe, expect, it } from 'vitest';
import { diagnostic } from '../diagnostics.ts';
import { buildModel } from './build-model.ts';
import { dateCell, makeTable } from '../testing/make-table.ts';
import type { Table } from '../input/workbook/table.ts';

const options = { staleReportMonths: 12, today: '2026-11-25', dataDirName: 'data' };

const departments = () =>
  makeTable('departments', [
    { id: 61, name: 'Stadtplanung und -entwicklung' },
    { id: 'FD 66', name: 'Tiefbau und Grünflächen' },
    { id: '40', name: 'Schule, Jugend, Kultur und Sport' },
  ]);

const goals = () =>
  makeTable('goals', [
    { id: '5', title: 'Klimagerechte Stadt', productArea: 5, sdgs: '11; 13' },
    { id: '5.1', title: 'Radverkehr stärken', parent: '5', sdgs: 11 },
    { id: '5.2', title: 'Grün erhalten', parent: '5', sdgs: '15' },
    { id: '2', title: 'Bildung', productArea: 2, sdgs: 4 },
  ]);

const measure = (extra: Record<string, unknown> = {}) => ({
  id: '2024-001',
  title: 'Radweg Kieler Straße',
  leadDepartment: '61',
  status: 'in Umsetzung',
  goals: '5.1',
  ...extra,
});

function build(tables: Table[]) {
  return buildModel(tables, options);
}

function codes(diagnostics: readonly { code: string }[]) {
  return diagnostics.map((d) => d.code);
}

describe('buildModel: a valid publication', () => {
  it('links measures, goals, departments and product areas both ways', () => {
    const { model, diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [
        measure({ participatingDepartments: 'FD 66; Schule, Jugend, Kultur und Sport' }),
        measure({ id: '2024-002', title: 'Schulhof', leadDepartment: 'Schule, Jugend, Kultur und Sport', goals: '2' }),
      ]),
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [first, second] = model.measures;
    expect(first).toMatchObject({
      slug: '2024-001',
      leadDepartmentId: '61',
      participatingDepartmentIds: ['66', '40'],
      productAreaId: 5,
      productAreaInherited: true,
      sdgs: [11],
      sdgsInherited: true,
      status: 'in-progress',
    });
    expect(second).toMatchObject({ leadDepartmentId: '40', productAreaId: 2 });
    const goal5 = model.goals.find((g) => g.id === '5')!;
    expect(goal5.measureIds).toEqual([]);
    expect(goal5.allMeasureIds).toEqual(['2024-001']);
    expect(model.goals.find((g) => g.id === '5.1')).toMatchObject({ productAreaId: 5, depth: 1, ancestorIds: ['5'] });
    expect(model.departments.find((d) => d.id === '66')).toMatchObject({
      participatingMeasureIds: ['2024-001'],
      leadMeasureIds: [],
    });
    expect(model.productAreas.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(model.productAreas[4]).toMatchObject({
      name: 'Gestaltung der Umwelt',
      rootGoalIds: ['5'],
      measureIds: ['2024-001'],
    });
  });

  it('passes SDGs down the goal tree, as the product area, and so to the measures of sub-goals', () => {
    const { model } = build([
      departments(),
      makeTable('goals', [
        { id: '5', title: 'Klimagerechte Stadt', productArea: 5, sdgs: '11; 13' },
        { id: '5.1', title: 'Radverkehr stärken', parent: '5' },
        { id: '5.1.1', title: 'Radwege', parent: '5.1' },
        { id: '5.2', title: 'Grün erhalten', parent: '5', sdgs: '15' },
      ]),
      makeTable('measures', [measure({ goals: '5.1.1' }), measure({ id: '2024-002', goals: '5.2' })]),
    ]);
    const goal = (id: string) => model.goals.find((g) => g.id === id)!;
    expect(goal('5')).toMatchObject({ sdgs: [11, 13], sdgsInherited: false });
    expect(goal('5.1')).toMatchObject({ sdgs: [11, 13], sdgsInherited: true });
    expect(goal('5.1.1')).toMatchObject({ sdgs: [11, 13], sdgsInherited: true });
    // A sub-goal's own SDGs win over its parent's.
    expect(goal('5.2')).toMatchObject({ sdgs: [15], sdgsInherited: false });
    expect(model.measures.map((m) => [m.id, m.sdgs])).toEqual([
      ['2024-001', [11, 13]],
      ['2024-002', [15]],
    ]);
  });

  it('orders goals as a tree by product area and measures by number', () => {
    const { model } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ id: '2024-10' }), measure({ id: '2024-9' })]),
    ]);
    expect(model.goals.map((g) => g.id)).toEqual(['2', '5', '5.1', '5.2']);
    expect(model.measures.map((m) => m.id)).toEqual(['2024-9', '2024-10']);
  });

  it('treats a department number stored as number and as text as the same', () => {
    const { model, diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ leadDepartment: 'Fachdienst 66' }), measure({ id: 'b', leadDepartment: 61 })]),
    ]);
    expect(codes(diagnostics)).not.toContain('ref.unknown-department');
    expect(model.measures.map((m) => m.leadDepartmentId)).toEqual(['66', '61']);
  });

  it('freezes the model', () => {
    const { model } = build([departments(), goals(), makeTable('measures', [measure()])]);
    expect(Object.isFrozen(model.measures[0])).toBe(true);
    expect(() => (model.measures as unknown[]).push(1)).toThrow();
  });
});

describe('buildModel: errors with their place', () => {
  it('reports a duplicate Nr. at the second row, naming the first', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure(), measure()], { file: 'm.xlsx' }),
    ]);
    const dup = diagnostics.find((d) => d.code === 'key.duplicate')!;
    expect(dup).toMatchObject({ severity: 'error', file: 'm.xlsx', sheet: 'Maßnahmen', row: 3, column: 'Nr.' });
    expect(dup.message).toContain('Zeile 2');
  });

  it('reports a Nr. of which no page address is left, at its cell, for measures, goals and departments', () => {
    const { diagnostics, model } = build([
      makeTable(
        'departments',
        [
          { id: '61', name: 'Stadtplanung' },
          { id: '?', name: 'Ohne Nummer' },
        ],
        { file: 'f.xlsx' },
      ),
      makeTable(
        'goals',
        [
          { id: '5', title: 'Klimagerechte Stadt', productArea: 5 },
          { id: '*', title: 'Stern', parent: '5' },
        ],
        { file: 'z.xlsx' },
      ),
      makeTable('measures', [measure({ goals: '5' }), measure({ id: '?!', goals: '5' })], { file: 'm.xlsx' }),
    ]);
    const invalid = diagnostics.filter((d) => d.code === 'value.invalid');
    expect(invalid.map((d) => [d.file, d.row, d.column])).toEqual([
      ['f.xlsx', 3, 'Nr.'],
      ['z.xlsx', 3, 'Ziel-Nr.'],
      ['m.xlsx', 3, 'Nr.'],
    ]);
    expect(invalid[2]!.message).toContain('Aus der Nummer „?!“ lässt sich keine Seitenadresse bilden');
    expect(invalid.every((d) => d.severity === 'error')).toBe(true);
    // The rows count as refused, so the build stops before any page is made.
    expect(model.rowCounts.measures).toMatchObject({ read: 2, refused: 1 });
  });

  it('reports two Nr. that share a page address, quoting the Nr. as written', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ id: '2024-5' }), measure({ id: '2024/5' })], { file: 'm.xlsx' }),
    ]);
    const dup = diagnostics.find((d) => d.code === 'key.duplicate')!;
    expect(dup).toMatchObject({ file: 'm.xlsx', row: 3, column: 'Nr.' });
    expect(dup.message).toContain('Die Nummern „2024/5“ und „2024-5“');
    expect(dup.message).toContain('Seitenadresse „2024-5“');
    expect(dup.message).toContain('Zeile 2');
  });

  it('reports an unknown goal with the closest valid IDs', () => {
    const { diagnostics } = build([departments(), goals(), makeTable('measures', [measure({ goals: '5.3' })])]);
    const d = diagnostics.find((x) => x.code === 'ref.unknown-goal')!;
    expect(d).toMatchObject({ severity: 'error', row: 2, column: 'Ziele' });
    expect(d.message).toMatch(/„5\.3“.*Meinten Sie/);
    expect(d.message).toContain('„5.1“');
  });

  it('does not report a product area as unknown when an unknown goal already explains it', () => {
    const { diagnostics } = build([departments(), goals(), makeTable('measures', [measure({ goals: '9.9' })])]);
    expect(codes(diagnostics)).toContain('ref.unknown-goal');
    expect(codes(diagnostics)).not.toContain('measure.product-area-unknown');
    // Nor when the goals cell itself is refused (a date Excel made of a typed 1.1).
    const dated = build([departments(), goals(), makeTable('measures', [measure({ goals: dateCell('2026-01-01') })])]);
    expect(codes(dated.diagnostics)).toContain('value.excel-date');
    expect(codes(dated.diagnostics)).not.toContain('measure.product-area-unknown');
    // Without any goal, the missing product area is the measure's own problem and is reported.
    const alone = build([departments(), goals(), makeTable('measures', [measure({ goals: '' })])]);
    expect(codes(alone.diagnostics)).toContain('measure.product-area-unknown');
  });

  it('reports an unknown department with a near miss', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ leadDepartment: 'Stadtplanung und Entwicklung' })]),
    ]);
    const d = diagnostics.find((x) => x.code === 'ref.unknown-department')!;
    expect(d).toMatchObject({ severity: 'error', row: 2, column: 'Fachdienst' });
    expect(d.message).toContain('61 Stadtplanung und -entwicklung');
  });

  it('reports a required value that is missing', () => {
    const { diagnostics, model } = build([departments(), goals(), makeTable('measures', [measure({ status: '' })])]);
    expect(diagnostics.find((x) => x.code === 'value.required')).toMatchObject({ row: 2, column: 'Status' });
    expect(model.rowCounts.measures).toEqual({ read: 1, published: 0, skippedEmpty: 0, refused: 1 });
  });

  it('treats „k. A.“ and „–“ in optional columns as empty, with a notice at the cell', () => {
    const { diagnostics, model } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ costs: 'k. A.', end: '–', decisionBody: 'noch offen' })]),
    ]);
    const notices = diagnostics.filter((x) => x.code === 'value.empty-meaning');
    expect(notices.map((d) => [d.severity, d.row, d.column]).sort()).toEqual([
      ['notice', 2, 'Beschlussgremium'],
      ['notice', 2, 'Ende'],
      ['notice', 2, 'Kosten'],
    ]);
    expect(notices.find((d) => d.column === 'Ende')!.message).toContain('„–“ bedeutet „keine Angabe“');
    const published = model.measures[0]!;
    expect([published.costs, published.end, published.decision.body]).toEqual([null, null, null]);
    expect(model.rowCounts.measures).toMatchObject({ published: 1, refused: 0 });
  });

  it('keeps an approximate amount approximate: the model says so, the warning names the cell', () => {
    const { diagnostics, model } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ costs: 'ca. 500.000 €', funding: '120.000 €' })]),
    ]);
    expect(diagnostics.find((x) => x.code === 'value.approximate-money')).toMatchObject({
      severity: 'warning',
      row: 2,
      column: 'Kosten',
    });
    const published = model.measures[0]!;
    expect([published.costs, published.costsApproximate]).toEqual([500_000, true]);
    expect([published.funding, published.fundingApproximate]).toEqual([120_000, false]);
  });

  it('refuses „k. A.“ in a required column, naming the column', () => {
    const { diagnostics, model } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ title: 'k. A.' })]),
    ]);
    const d = diagnostics.find((x) => x.code === 'value.required')!;
    // makeTable writes the columns in sheet-kind order: Nr. in A, Titel in B.
    expect(d).toMatchObject({ severity: 'error', row: 2, column: 'Titel', columnLetter: 'B' });
    expect(d.message).toBe(
      '„k. A.“ bedeutet „keine Angabe“, aber „Titel“ ist eine Pflichtangabe. Bitte einen Wert eintragen.',
    );
    expect(model.rowCounts.measures).toMatchObject({ published: 0, refused: 1 });
  });

  it('reports a goal cycle once, naming the chain', () => {
    const cyclic = makeTable('goals', [
      { id: 'A', title: 'A', productArea: 1, parent: 'C' },
      { id: 'B', title: 'B', parent: 'A' },
      { id: 'C', title: 'C', parent: 'B' },
    ]);
    const { diagnostics } = build([departments(), cyclic, makeTable('measures', [])]);
    const cycles = diagnostics.filter((d) => d.code === 'goal.cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toMatch(/A → C → B → A|A → B → C → A/);
    expect(cycles[0]).toMatchObject({ severity: 'error', column: 'Übergeordnetes Ziel' });
  });

  it('reports a goal that is its own parent, and an unknown parent', () => {
    const table = makeTable('goals', [
      { id: 'A', title: 'A', productArea: 1, parent: 'A' },
      { id: 'B', title: 'B', parent: 'X' },
    ]);
    const { diagnostics } = build([departments(), table, makeTable('measures', [])]);
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['goal.cycle', 'ref.unknown-parent-goal']));
    expect(diagnostics.find((d) => d.code === 'ref.unknown-parent-goal')).toMatchObject({ row: 3 });
  });

  it('requires a product area for top-level goals and warns when a sub-goal names another', () => {
    const table = makeTable('goals', [
      { id: 'A', title: 'A' },
      { id: 'B', title: 'B', productArea: 2 },
      { id: 'B.1', title: 'B1', parent: 'B', productArea: 3 },
    ]);
    const { diagnostics, model } = build([departments(), table, makeTable('measures', [])]);
    expect(diagnostics.find((d) => d.code === 'goal.product-area-missing')).toMatchObject({
      severity: 'error',
      row: 2,
      column: 'Produktbereich',
    });
    expect(diagnostics.find((d) => d.code === 'goal.product-area-conflict')).toMatchObject({
      severity: 'warning',
      row: 4,
    });
    expect(model.goals.find((g) => g.id === 'B.1')!.productAreaId).toBe(2);
  });

  it('refuses an end before the start, but only warns when a year makes it uncertain', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [
        measure({ start: dateCell('2026-05-01'), end: dateCell('2026-04-30') }),
        measure({ id: 'b', start: dateCell('2026-05-01'), end: '2026' }),
        measure({ id: 'c', start: '2026', end: '2025' }),
      ]),
    ]);
    expect(diagnostics.filter((d) => d.code === 'measure.end-before-start').map((d) => d.row)).toEqual([2, 4]);
    expect(diagnostics.filter((d) => d.code === 'measure.end-before-start-imprecise').map((d) => d.row)).toEqual([3]);
  });

  it('reports a report for an unknown measure in the history', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure()]),
      makeTable('reports', [{ measureId: '2024-01', date: '01.02.2026', text: 'x' }], { sheet: 'Tabelle1' }),
    ]);
    expect(diagnostics.find((d) => d.code === 'ref.unknown-measure')).toMatchObject({
      sheet: 'Tabelle1',
      row: 2,
      column: 'Nr.',
    });
  });
});

describe('buildModel: warnings and derived values', () => {
  it('warns when the product area given disagrees with the goals', () => {
    const { diagnostics, model } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ productArea: 3 })]),
    ]);
    expect(diagnostics.find((d) => d.code === 'measure.product-area-conflict')).toMatchObject({
      severity: 'warning',
      column: 'Produktbereich',
    });
    expect(model.measures[0]).toMatchObject({ productAreaId: 3, productAreaInherited: false });
  });

  it('merges the current report with the history, newest first, and warns when it is stale', () => {
    const { model, diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ report: 'Neu', reportDate: dateCell('2025-06-30') })]),
      makeTable('reports', [
        { measureId: '2024-001', date: '03/2025', text: 'Älter' },
        { measureId: '2024-001', date: '30.06.2025', text: 'Neu' },
      ]),
      makeTable('info', [{ key: 'Stand', value: '20.11.2026' }]),
    ]);
    const m = model.measures[0]!;
    expect(m.reports.map((r) => r.body.text)).toEqual(['Neu', 'Älter']);
    expect(m.report?.date?.iso).toBe('2025-06-30');
    expect(diagnostics.find((d) => d.code === 'measure.report-stale')).toMatchObject({
      severity: 'warning',
      column: 'Stand',
    });
    expect(model.info.publicationDate).toEqual({ precision: 'day', iso: '2026-11-20' });
  });

  it('warns at the cell about a Beschlussdatum after the Stand, comparing only what the date says', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [
        measure({ id: 'a', decisionDate: dateCell('2026-11-21') }),
        measure({ id: 'b', decisionDate: '11/2026' }),
        measure({ id: 'c', decisionDate: '2027' }),
        measure({ id: 'd', decisionDate: dateCell('2026-11-20') }),
      ]),
      makeTable('info', [{ key: 'Stand', value: '20.11.2026' }]),
    ]);
    const future = diagnostics.filter((d) => d.code === 'measure.decision-in-future');
    // b (11/2026) may lie before the Stand; d is the Stand itself.
    expect(future.map((d) => d.row)).toEqual([2, 4]);
    expect(future[0]).toMatchObject({ severity: 'warning', sheet: 'Maßnahmen', column: 'Beschlussdatum' });
    expect(future[0]!.message).toContain('nach dem Stand (20.11.2026)');
  });

  it('judges a Beschlussdatum against today when the data gives no Stand', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ decisionDate: dateCell('2026-11-26') })]),
    ]);
    expect(diagnostics.find((d) => d.code === 'measure.decision-in-future')?.message).toContain(
      'nach dem heutigen Tag (25.11.2026)',
    );
  });

  it('warns when the Beschluss lies after the Beginn, only when the dates say so for certain', () => {
    const { diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [
        measure({ id: 'a', decisionDate: dateCell('2025-03-02'), start: dateCell('2025-03-01') }),
        measure({ id: 'b', decisionDate: dateCell('2025-03-15'), start: '03/2025' }),
        measure({ id: 'c', decisionDate: '2025', start: '2024' }),
        measure({ id: 'd', decisionDate: dateCell('2025-02-28'), start: dateCell('2025-03-01') }),
      ]),
    ]);
    const after = diagnostics.filter((d) => d.code === 'measure.decision-after-start');
    expect(after.map((d) => d.row)).toEqual([2, 4]);
    expect(after[0]).toMatchObject({ severity: 'warning', column: 'Beschlussdatum' });
    expect(after[0]!.message).toContain('(02.03.2025) liegt nach dem Beginn der Maßnahme (01.03.2025)');
  });

  it('takes the Stand from the newest report when Info has none, with a notice', () => {
    const { model, diagnostics } = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ report: 'x', reportDate: dateCell('2026-10-01') })]),
    ]);
    expect(model.info).toMatchObject({ publicationDate: { iso: '2026-10-01' }, publicationDateGiven: false });
    expect(codes(diagnostics)).toContain('info.stand-missing');
  });

  it('marks measures past their planned end as delayed, against the Stand of Info', () => {
    const { model } = build([
      departments(),
      goals(),
      makeTable('measures', [
        measure({ id: 'a', end: dateCell('2026-11-19') }),
        measure({ id: 'b', end: dateCell('2026-11-20') }),
        measure({ id: 'c', end: '11/2026' }),
        measure({ id: 'd', end: '2025', status: 'abgeschlossen' }),
        measure({ id: 'e', end: '2025', status: 'Daueraufgabe' }),
        measure({ id: 'f' }),
      ]),
      makeTable('info', [{ key: 'Stand', value: '20.11.2026' }]),
    ]);
    expect(model.measures.map((m) => [m.id, m.delayed])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', false],
      ['e', false],
      ['f', false],
    ]);
  });

  it('judges delays against the newest report without a Stand in Info, else against today', () => {
    const reported = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ end: '09/2026', report: 'x', reportDate: dateCell('2026-10-01') })]),
    ]);
    expect(reported.model.measures[0]!.delayed).toBe(true);
    const early = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ end: '09/2026', report: 'x', reportDate: dateCell('2026-09-15') })]),
    ]);
    expect(early.model.measures[0]!.delayed).toBe(false);
    // options.today is 2026-11-25.
    const unreported = build([
      departments(),
      goals(),
      makeTable('measures', [measure({ end: dateCell('2026-11-24') })]),
    ]);
    expect(unreported.model.measures[0]!.delayed).toBe(true);
  });

  it('warns about the highest goal of each subtree without measures', () => {
    const withChild = makeTable('goals', [
      ...goals().rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c!.value]))),
      { id: '2.1', title: 'Schulen', parent: '2' },
    ]);
    const { diagnostics } = build([departments(), withChild, makeTable('measures', [measure()])]);
    const rows = diagnostics.filter((d) => d.code === 'goal.without-measures').map((d) => d.row);
    // 5.2 (row 4) and 2 (row 5) are reported; 2.1 (row 6) sits below the empty 2, 5 has a measure below.
    expect(rows.sort()).toEqual([4, 5]);
  });

  it('reconciles the row counts: read = published + empty + refused', () => {
    const table = {
      ...makeTable('measures', [measure(), measure({ id: 'x', progress: 120 })]),
      rowsRead: 3,
      emptyRows: [3],
    };
    const { model } = build([departments(), goals(), table]);
    expect(model.rowCounts.measures).toEqual({ read: 3, published: 1, skippedEmpty: 1, refused: 1 });
  });

  it('refuses a row that an earlier step (the locator) found an error in', () => {
    const table = makeTable('measures', [measure(), measure({ id: 'x' })]);
    const earlier = [
      diagnostic(
        'value.formula-uncalculated',
        { file: table.file, sheet: table.sheet, row: 3, column: 'Titel' },
        'Formel',
      ),
    ];
    const { model } = buildModel([departments(), goals(), table], { ...options, earlier });
    expect(model.rowCounts.measures).toEqual({ read: 2, published: 1, skippedEmpty: 0, refused: 1 });
  });
});

describe('buildModel: settings', () => {
  it('accepts status labels the settings define, besides the contract’s own', () => {
    const { model, diagnostics } = buildModel(
      [
        departments(),
        goals(),
        makeTable('measures', [measure({ status: 'Umsetzung läuft' }), measure({ id: 'b', status: 'geplant' })]),
      ],
      { ...options, statusLabels: { 'in-progress': 'Umsetzung läuft' } },
    );
    expect(codes(diagnostics)).not.toContain('value.invalid');
    expect(model.measures.map((m) => m.status)).toEqual(['in-progress', 'planned']);
  });
});
