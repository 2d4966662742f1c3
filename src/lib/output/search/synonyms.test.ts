import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYM_GROUPS, synonymGroups } from './synonyms.ts';
import { settingsSchema } from '../../schemas/settings.ts';

const search = (input: unknown) => settingsSchema.parse({ search: input }).search;

describe('synonymGroups', () => {
  it('ships the defaults the issue names', () => {
    const flat = DEFAULT_SYNONYM_GROUPS.flat();
    for (const t of ['Kita', 'Kindergarten', 'Radweg', 'Fahrradstraße', 'Schwimmbad', 'Freibad', 'Klimaschutz', 'CO₂'])
      expect(flat).toContain(t);
    const kita = DEFAULT_SYNONYM_GROUPS.find((g) => g.includes('Kita'))!;
    expect(kita).toEqual(expect.arrayContaining(['Kindergarten', 'Kindertagesstätte', 'Krippe']));
  });

  it('defaults apply without settings', () => {
    expect(synonymGroups(search(undefined))).toHaveLength(DEFAULT_SYNONYM_GROUPS.length);
  });

  it('merges an own group sharing a term into the default group, case ignored', () => {
    const groups = synonymGroups(
      search({
        synonyms: [
          ['stadtbad', 'Kombibad'],
          ['Holstenhallen', 'Messe'],
        ],
      }),
    );
    const bath = groups.find((g) => g.includes('Kombibad'))!;
    expect(bath).toEqual(expect.arrayContaining(['Schwimmbad', 'Stadtbad', 'Kombibad']));
    expect(bath.filter((t) => t.toLowerCase() === 'stadtbad')).toHaveLength(1);
    expect(groups).toContainEqual(['Holstenhallen', 'Messe']);
    expect(groups).toHaveLength(DEFAULT_SYNONYM_GROUPS.length + 1);
  });

  it('leaves the defaults out when switched off', () => {
    expect(synonymGroups(search({ defaultSynonyms: false, synonyms: [['A-Bad', 'B-Bad']] }))).toEqual([
      ['A-Bad', 'B-Bad'],
    ]);
  });

  it('refuses a group of one term and unknown keys', () => {
    expect(() => search({ synonyms: [['Kita']] })).toThrow();
    expect(() => search({ synonym: [] })).toThrow();
  });
});
