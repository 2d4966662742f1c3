import { describe, expect, it } from 'vitest';
import { smallLookups, smallModel } from '../../tests/fixtures/model-small.ts';
import { filterRows, rowFromMeasure } from '../client/measure-filter-core.ts';
import { measureFilterGroups } from './measure-filter-options.ts';
import { overviewData, overviewMeasure } from './measure-overview-data.ts';

const model = smallModel();
const lookups = smallLookups(model);

const byId = (id: string) => model.measures.find((m) => m.id === id)!;
const data = overviewData(model.measures, lookups, '/isek/');

describe('overviewMeasure', () => {
  it('keeps what filtering, sorting and the row need, goals with all goals above them', () => {
    expect(overviewMeasure(byId('2024-008'), lookups)).toEqual({
      n: '2024-008',
      t: byId('2024-008').title,
      s: 'in-progress',
      f: '61',
      b: '5',
      z: ['5.1.1', '5.1'],
      g: ['11', '15'],
      o: ['Innenstadt'],
      a: 'key',
      d: byId('2024-008').report!.date!.iso,
      k: 1250000.5,
      p: 45,
      e: byId('2024-008').end!.iso,
    });
  });

  it('leaves out empty values, never writing 0 or empty lists for them', () => {
    expect(overviewMeasure(byId('2022-010'), lookups)).toEqual({
      n: '2022-010',
      t: byId('2022-010').title,
      s: 'dropped',
      f: '66',
    });
  });

  it('counts a measure for every goal above the one it names', () => {
    expect(overviewMeasure(byId('2024-009'), lookups).z).toEqual(['5.1.2.1', '5.1', '5.1.2']);
  });

  it('marks a delayed measure with its passed planned end, and no other', () => {
    const late = { ...byId('2024-009'), end: { precision: 'month' as const, iso: '2026-06' }, delayed: true };
    expect(overviewMeasure(late, lookups).v).toBe('2026-06');
    // The planned end once: as `v` when late, as `e` otherwise.
    expect(overviewMeasure(late, lookups)).not.toHaveProperty('e');
    expect(rowFromMeasure(overviewMeasure(late, lookups), 0).values.zeitplan).toEqual(['verzoegert']);
    for (const m of model.measures) expect(overviewMeasure(m, lookups)).not.toHaveProperty('v');
  });

  it('names the slug only where it differs from the Nr.', () => {
    expect(overviewMeasure(byId('A 7/1'), lookups).u).toBe('a-7-1');
    expect(overviewMeasure(byId('2024-008'), lookups)).not.toHaveProperty('u');
  });
});

describe('overviewData', () => {
  it('holds every measure once, in the order given, and the base path', () => {
    expect(data.measures.map((m) => m.n)).toEqual(model.measures.map((m) => m.id));
    expect(data.base).toBe('/isek/');
  });

  it('lists the options of the form once, with the labels of the site (settings applied)', () => {
    const groups = measureFilterGroups(model.measures, lookups);
    expect(Object.keys(data.options)).toEqual(groups.map((g) => g.key));
    expect(data.options.fachdienst).toEqual([
      ['50', '50 Soziale Hilfen'],
      ['61', '61 Stadtplanung und -entwicklung'],
      ['66', '66 Tiefbau und Verkehr'],
    ]);
    expect(data.options.status).toContainEqual(['completed', 'umgesetzt']);
  });

  it('gives the same counts in the browser as the server counted', () => {
    const rows = data.measures.map(rowFromMeasure);
    const result = filterRows(rows, {});
    for (const group of measureFilterGroups(model.measures, lookups)) {
      for (const option of group.options)
        expect(result.counts[group.key].get(option.value), `${group.key} ${option.value}`).toBe(option.count);
    }
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
