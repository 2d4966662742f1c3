import { describe, expect, it } from 'vitest';
import { developmentReport, groupFigures, staleReportOf } from './aggregate.ts';
import { makeMeasure, report } from '../changes/testing.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Department } from '../../schemas/department.ts';
import type { ProductArea } from '../../schemas/product-area.ts';
import type { IsekModel } from '../../schemas/model.ts';
import { countAssessments } from '../../model/assessment-counts.ts';

const goal = (id: string, parentId: string | null, allMeasureIds: string[]): Goal => ({
  id,
  slug: id,
  title: `Ziel ${id}`,
  description: null,
  parentId,
  childIds: [],
  ancestorIds: parentId ? [parentId] : [],
  depth: parentId ? 1 : 0,
  productAreaId: 5,
  productGroup: null,
  sdgs: [],
  sdgsInherited: false,
  sources: [],
  focus: false,
  measureIds: allMeasureIds,
  allMeasureIds,
  indicatorIds: [],
  allIndicatorIds: [],
  indicatorAssessments: countAssessments([]),
  source: { file: 'a', sheet: 'Ziele', row: 2 },
});

const department = (id: string, leadMeasureIds: string[]): Department => ({
  id,
  slug: id,
  name: `FD ${id}`,
  division: null,
  email: null,
  phone: null,
  website: null,
  leadMeasureIds,
  participatingMeasureIds: [],
  source: { file: 'a', sheet: 'Fachdienste', row: 2 },
});

const area = (id: number, measureIds: string[]): ProductArea => ({
  id,
  name: `PB ${id}`,
  description: null,
  rootGoalIds: [],
  goalIds: [],
  measureIds,
  indicatorIds: [],
  indicatorAssessments: countAssessments([]),
});

const measures = [
  makeMeasure({
    id: '1',
    status: 'in-progress',
    progress: 40,
    costs: 100.1,
    funding: 50,
    report: report('2025-01-10', 'alt'),
  }),
  makeMeasure({
    id: '2',
    status: 'completed',
    progress: null,
    costs: 200.2,
    funding: null,
    report: report('2024-01-01', 'sehr alt, aber fertig'),
  }),
  makeMeasure({
    id: '3',
    status: 'planned',
    progress: null,
    costs: null,
    funding: null,
    report: report('2026-10-01', 'neu'),
  }),
  makeMeasure({ id: '4', status: 'dropped', progress: null, report: report('2020-01-01', 'entfallen') }),
  makeMeasure({ id: '5', status: 'deferred', progress: 10, report: null, reports: [report('2023-06-01', 'Historie')] }),
];

const model: Pick<IsekModel, 'info' | 'measures' | 'goals' | 'departments' | 'productAreas'> = {
  info: {
    publicationDate: { precision: 'day', iso: '2026-11-12' },
    publicationDateGiven: true,
    session: null,
    budget: null,
  },
  measures,
  goals: [goal('5', null, ['1', '2', '3']), goal('5.1', '5', ['1']), goal('6', null, [])],
  departments: [department('61', ['1', '2']), department('66', ['3', '4', '5']), department('40', [])],
  productAreas: [area(5, ['1', '2', '3', '4']), area(6, [])],
};

describe('staleReportOf', () => {
  it('follows the check’s rule: older than the limit, not completed or dropped, month reports from their end', () => {
    expect(staleReportOf(measures[0]!, '2026-11-12', 12)).toMatchObject({ id: '1', months: 22 });
    expect(staleReportOf(measures[1]!, '2026-11-12', 12)).toBeNull();
    expect(staleReportOf(measures[2]!, '2026-11-12', 12)).toBeNull();
    expect(staleReportOf(measures[3]!, '2026-11-12', 12)).toBeNull();
    expect(staleReportOf(measures[4]!, '2026-11-12', 12)).toMatchObject({ id: '5', date: { iso: '2023-06-01' } });
    const monthly = makeMeasure({
      id: 'm',
      report: { date: { precision: 'month', iso: '2025-10' }, body: { markdown: 'x', html: 'x', text: 'x' } },
    });
    expect(staleReportOf(monthly, '2026-12-01', 12)).toMatchObject({ months: 13 });
    expect(staleReportOf(monthly, '2026-11-30', 12)).toBeNull();
  });

  it('counts a measure still to be done without any report as out of date, without date or age', () => {
    for (const status of ['planned', 'preparing', 'in-progress', 'ongoing', 'deferred'] as const) {
      expect(staleReportOf(makeMeasure({ id: 'x', status }), '2026-11-12', 12), status).toEqual({
        id: 'x',
        slug: 'x',
        title: 'Maßnahme x',
        date: null,
        months: null,
      });
    }
    expect(staleReportOf(makeMeasure({ id: 'x', status: 'completed' }), '2026-11-12', 12)).toBeNull();
    expect(staleReportOf(makeMeasure({ id: 'x', status: 'dropped' }), '2026-11-12', 12)).toBeNull();
  });

  it('leaves an undated report to the check: its age is unknown', () => {
    expect(staleReportOf(makeMeasure({ id: 'x', report: report(null, 'ohne Datum') }), '2030-01-01', 1)).toBeNull();
  });
});

describe('groupFigures', () => {
  it('sums costs and funding over measures with a value and counts them', () => {
    const f = groupFigures(measures.slice(0, 3), new Map());
    expect(f.costs).toEqual({ total: 300.3, withValue: 2, of: 3, approximate: 0 });
    expect(f.funding).toEqual({ total: 50, withValue: 1, of: 3, approximate: 0 });
  });

  it('counts approximate amounts, so the report can mark its sums „ca.“', () => {
    const rough = [makeMeasure({ id: 'a', costs: 100, costsApproximate: true }), makeMeasure({ id: 'b', costs: 50 })];
    expect(groupFigures(rough, new Map()).costs).toEqual({ total: 150, withValue: 2, of: 2, approximate: 1 });
  });

  it('lists measures without any report before the oldest reports', () => {
    const none = makeMeasure({ id: '9', report: null });
    const staleById = new Map(
      [measures[0]!, measures[4]!, none].map((m) => [m.id, staleReportOf(m, '2026-11-12', 12)!]),
    );
    expect(groupFigures([measures[0]!, measures[4]!, none], staleById).stale.map((s) => s.id)).toEqual(['9', '5', '1']);
  });

  it('has an empty group with zeros and no average', () => {
    const f = groupFigures([], new Map());
    expect(f.summary.total).toBe(0);
    expect(f.summary.progress.average).toBeNull();
    expect(f.costs).toEqual({ total: 0, withValue: 0, of: 0, approximate: 0 });
  });
});

describe('developmentReport', () => {
  const r = developmentReport(model, { staleReportMonths: 12, today: '2030-01-01' });

  it('ages reports against the Stand, not today', () => {
    expect(r.referenceDay).toBe('2026-11-12');
    expect(
      developmentReport(
        { ...model, info: { ...model.info, publicationDate: null } },
        { staleReportMonths: 12, today: '2030-01-01' },
      ).referenceDay,
    ).toBe('2030-01-01');
  });

  it('rolls up everything with summariseMeasures', () => {
    expect(r.overall.summary.total).toBe(5);
    expect(r.overall.summary.byStatus).toMatchObject({
      'in-progress': 1,
      completed: 1,
      planned: 1,
      dropped: 1,
      deferred: 1,
    });
    // 40 and the completed one as 100; planned without value left out; dropped/deferred not counted.
    expect(r.overall.summary.progress).toEqual({ average: 70, counted: 2, withoutValue: 1, notCounted: 2 });
    expect(r.overall.stale.map((s) => s.id)).toEqual(['5', '1']);
  });

  it('groups by product area, top-level goal (whole sub-tree) and lead department', () => {
    expect(r.productAreas.map((p) => [p.area.id, p.figures.summary.total])).toEqual([
      [5, 4],
      [6, 0],
    ]);
    expect(r.goals.map((g) => [g.goal.id, g.figures.summary.total])).toEqual([
      ['5', 3],
      ['6', 0],
    ]);
    expect(r.departments.map((d) => [d.department.id, d.figures.summary.total, d.figures.stale.length])).toEqual([
      ['61', 2, 1],
      ['66', 3, 1],
      ['40', 0, 0],
    ]);
  });
});
