import { describe, expect, it } from 'vitest';
import { parseSettings } from './parse-settings.ts';
import { resolveHeaderAliases } from './header-aliases.ts';

describe('resolveHeaderAliases', () => {
  it('accepts a column by its key or by its German header, in any spelling', () => {
    const { aliases, problems } = resolveHeaderAliases({
      measures: { costs: ['Kosten gesamt'], Fördermittel: ['Zuschuss'], 'ende ': ['Fertig bis'] },
    });
    expect(problems).toEqual([]);
    expect(aliases.measures).toEqual({ costs: ['Kosten gesamt'], funding: ['Zuschuss'], end: ['Fertig bis'] });
    expect(resolveHeaderAliases({ goals: { Oberziel: ['Hauptziel'] } }).aliases.goals).toEqual({
      parent: ['Hauptziel'],
    });
  });

  it('reports a column that does not exist, with suggestions', () => {
    const { problems } = resolveHeaderAliases({ goals: { Oberzeil: ['Hauptziel'] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('headerAliases.goals.Oberzeil');
    expect(problems[0]!.message).toContain('Das Blatt „Ziele“ hat keine solche Spalte');
  });
});

describe('parseSettings with header aliases', () => {
  it('makes an unknown column an error of the setting', () => {
    const { diagnostics } = parseSettings(JSON.stringify({ headerAliases: { measures: { Kostn: ['Gesamt'] } } }));
    expect(diagnostics).toMatchObject([{ code: 'settings.invalid', column: 'headerAliases.measures.Kostn' }]);
    expect(diagnostics[0]!.message).toContain('Meinten Sie „Kosten“?');
  });
});
