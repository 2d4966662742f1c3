import { describe, expect, it } from 'vitest';
import { departmentResolver } from './departments.ts';
import type { DepartmentDraft } from './drafts.ts';

const draft = (id: string, name: string): DepartmentDraft => ({
  id,
  name,
  division: null,
  email: null,
  phone: null,
  website: null,
  source: { file: 'f.xlsx', sheet: 'Fachdienste', row: 2 },
  locate: () => ({ file: 'f.xlsx' }),
  refused: false,
});

const resolver = departmentResolver([
  draft('61', 'Stadtplanung und -entwicklung'),
  draft('66', 'Tiefbau und Grünflächen'),
  draft('67', 'Umwelt'),
  draft('40', 'Schule, Jugend, Kultur und Sport'),
  draft('30', 'Bau & Umwelt'),
  draft('13.1', 'Wahlen'),
]);

describe('resolveOne', () => {
  it.each([
    ['61', '61'],
    ['FD 61', '61'],
    ['061', '61'],
    ['61 Stadtplanung und -entwicklung', '61'],
    ['61 - Stadtplanung', '61'],
    ['Stadtplanung und -entwicklung', '61'],
    ['Schule, Jugend, Kultur und Sport', '40'],
    ['Bau & Umwelt', '30'],
    ['13.1', '13.1'],
  ])('resolves „%s“ without a problem', (text, id) => {
    expect(resolver.resolveOne(text)).toEqual({ id, issues: [] });
  });

  it('refuses number and name of two departments, naming both', () => {
    const { id, issues } = resolver.resolveOne('61 Tiefbau und Grünflächen');
    expect(id).toBeNull();
    expect(issues).toEqual([
      {
        code: 'ref.department-mismatch',
        message: expect.stringMatching(/„61 Stadtplanung und -entwicklung“.*„66 Tiefbau und Grünflächen“/),
      },
    ]);
    // The short form of the other name is a mismatch too.
    expect(resolver.resolveOne('61 Tiefbau').issues.map((i) => i.code)).toEqual(['ref.department-mismatch']);
  });

  it('takes the number with a warning when the name matches nothing', () => {
    expect(resolver.resolveOne('61 Stadtplannung')).toMatchObject({
      id: '61',
      issues: [{ code: 'ref.department-name-unmatched' }],
    });
  });

  it('refuses several departments in one reference', () => {
    for (const text of ['61 und 66', '61/66', '61, 66', 'FD 61 & FD 66']) {
      expect(resolver.resolveOne(text), text).toMatchObject({
        id: null,
        issues: [{ code: 'ref.several-departments' }],
      });
    }
  });

  it('keeps the old resolve: an id only when certain', () => {
    expect(resolver.resolve('61')).toBe('61');
    expect(resolver.resolve('61 Tiefbau und Grünflächen')).toBeNull();
    expect(resolver.resolve('61 und 66')).toBeNull();
    expect(resolver.resolve('99')).toBeNull();
  });
});

describe('resolveList', () => {
  it.each([
    ['66 und 67', ['66', '67']],
    ['66 / 67', ['66', '67']],
    ['66 & 67', ['66', '67']],
    ['66/67', ['66', '67']],
    ['66+67', ['66', '67']],
    ['FD 66, FD 67', ['66', '67']],
    ['61 Stadtplanung und -entwicklung und 66', ['61', '66']],
    ['Schule, Jugend, Kultur und Sport, Umwelt', ['40', '67']],
    ['Bau & Umwelt & 61', ['30', '61']],
    ['Tiefbau und Grünflächen und Umwelt', ['66', '67']],
  ])('reads „%s“ whole', (text, ids) => {
    expect(resolver.resolveList(text)).toEqual({ ids, unknown: [], issues: [] });
  });

  it('refuses a part of which only some pieces resolve, taking none of them', () => {
    const result = resolver.resolveList('67; 66 und 99');
    expect(result.ids).toEqual(['67']);
    expect(result.unknown).toEqual(['66 und 99']);
    expect(result.issues).toEqual([{ code: 'ref.unknown-department', message: expect.stringContaining('„99“') }]);
  });

  it('reports a mismatch inside a list', () => {
    const result = resolver.resolveList('67, 61 Tiefbau');
    expect(result.ids).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['ref.department-mismatch']);
  });

  it('reports an unknown single reference with suggestions', () => {
    const result = resolver.resolveList('Tiefbau und Grünfläche');
    expect(result.issues).toEqual([
      { code: 'ref.unknown-department', message: expect.stringContaining('Meinten Sie') },
    ]);
  });
});
