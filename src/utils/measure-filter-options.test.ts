import { describe, expect, it } from 'vitest';
import { smallLookups, smallModel } from '../../tests/fixtures/model-small.ts';
import { measureFilterGroups, measureGoalIds } from './measure-filter-options.ts';

const model = smallModel();
const lookups = smallLookups(model);

const groups = measureFilterGroups(model.measures, lookups);
const group = (key: string) => groups.find((g) => g.key === key)!.options;

describe('measureFilterGroups', () => {
  it('offers the overview filters that have values', () => {
    expect(groups.map((g) => g.key)).toEqual([
      'fachdienst',
      'produktbereich',
      'status',
      'ziel',
      'sdg',
      'stadtteil',
      'art',
    ]);
  });

  it('offers the delay filter only when a measure is delayed, with how many are', () => {
    const late = model.measures.map((m) =>
      m.status === 'in-progress' || m.status === 'planned' ? { ...m, delayed: true } : m,
    );
    const options = measureFilterGroups(late, lookups).find((g) => g.key === 'zeitplan')!.options;
    expect(options).toEqual([{ value: 'verzoegert', label: 'verzögert', count: late.filter((m) => m.delayed).length }]);
  });

  it('uses the row values with readable labels and counts', () => {
    expect(group('fachdienst')).toEqual([
      { value: '50', label: '50 Soziale Hilfen', count: 3 },
      { value: '61', label: '61 Stadtplanung und -entwicklung', count: 2 },
      { value: '66', label: '66 Tiefbau und Verkehr', count: 2 },
    ]);
    expect(group('produktbereich').map((o) => [o.value, o.count])).toEqual([
      ['3', 3],
      ['5', 3],
      ['ohne-angabe', 1],
    ]);
  });

  it('offers „ohne Angabe“ last where a measure names no product area, Stadtteil or type', () => {
    expect(group('produktbereich').at(-1)).toEqual({ value: 'ohne-angabe', label: 'ohne Angabe', count: 1 });
    // The single-valued filters' counts add up to all measures.
    for (const key of ['fachdienst', 'produktbereich', 'status', 'art']) {
      expect(
        group(key).reduce((sum, o) => sum + o.count, 0),
        key,
      ).toBe(model.measures.length);
    }
    const withoutDistrict = model.measures.filter((m) => m.districts.length === 0).length;
    expect(withoutDistrict).toBeGreaterThan(0);
    expect(group('stadtteil').at(-1)).toMatchObject({ value: 'ohne-angabe', count: withoutDistrict });
  });

  it('offers no „ohne Angabe“ where every measure names a value, and no filter where none does', () => {
    const typed = model.measures.map((m) => ({ ...m, type: m.type ?? ('council' as const) }));
    expect(
      measureFilterGroups(typed, lookups)
        .find((g) => g.key === 'art')!
        .options.map((o) => o.value),
    ).not.toContain('ohne-angabe');
    const untyped = model.measures.map((m) => ({ ...m, type: null }));
    expect(measureFilterGroups(untyped, lookups).map((g) => g.key)).not.toContain('art');
  });

  it('orders statuses and types by their natural order, labels from the settings', () => {
    expect(group('status').map((o) => o.label)).toEqual([
      'geplant',
      'in Vorbereitung',
      'in Umsetzung',
      'Daueraufgabe',
      'umgesetzt',
      'zurückgestellt',
      'entfallen',
    ]);
    expect(group('art').map((o) => o.value)).toEqual(['key', 'council', 'administration', 'ohne-angabe']);
  });

  it('counts a measure for its goals and every goal above them, once each', () => {
    const goals = Object.fromEntries(group('ziel').map((o) => [o.value, o.count]));
    // 5.1: 2024-008 (via 5.1.1), 2024-009 (via 5.1.2.1), 2025-002 (names 5.1 and 5.1.1).
    expect(goals['5.1']).toBe(3);
    expect(goals['5.1.2']).toBe(1);
    expect(group('ziel').map((o) => o.value)).toEqual(['3.1', '5.1', '5.1.1', '5.1.2', '5.1.2.1']);
  });

  it('orders SDGs by number', () => {
    expect(group('sdg').map((o) => o.value)).toEqual(['1', '10', '11', '13', '15']);
    expect(group('sdg')[0]!.label).toBe('1 Keine Armut');
  });
});

describe('measureGoalIds', () => {
  it('adds the ancestors of each named goal', () => {
    const m = model.measures.find((x) => x.id === '2024-009')!;
    expect(measureGoalIds(m, lookups).sort()).toEqual(['5.1', '5.1.2', '5.1.2.1']);
  });
});
