import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../schemas/settings.ts';
import { parseSettings } from './parse-settings.ts';
import { knownKeysAt } from './setting-issues.ts';

const messagesFor = (settings: unknown) =>
  parseSettings(JSON.stringify(settings)).diagnostics.map((d) => [d.column, d.message]);

describe('settings problems in German, naming the setting', () => {
  it('suggests the closest name for a mistyped setting, at any depth', () => {
    const [[column, message]] = messagesFor({ citty: 'Kiel' }) as [[string, string]];
    expect(column).toBe('citty');
    expect(message).toContain('Die Einstellung „citty“ gibt es nicht');
    expect(message).toContain('Meinten Sie „city“?');
    const nested = messagesFor({ colours: { primery: '#004B87' } });
    expect(nested).toEqual([['colours.primery', expect.stringContaining('Meinten Sie „primary“?')]]);
    expect(messagesFor({ office: { mail: 'a@b.de' } })[0]![1]).toContain('Meinten Sie „email“?');
  });

  it('explains costs and funding with German defaults, or the city’s own words', () => {
    const defaults = parseSettings(null).settings.money;
    expect(defaults.costsExplanation).toMatch(/^Kosten sind /);
    expect(defaults.fundingExplanation).toMatch(/^Fördermittel sind /);
    const own = parseSettings(JSON.stringify({ money: { costsExplanation: ' Bruttokosten laut Haushalt. ' } })).settings
      .money;
    expect(own).toEqual({
      costsExplanation: 'Bruttokosten laut Haushalt.',
      fundingExplanation: defaults.fundingExplanation,
    });
    expect(messagesFor({ money: { costExplanation: 'x' } })[0]![1]).toContain('Meinten Sie „costsExplanation“');
    expect(messagesFor({ money: { fundingExplanation: '' } })[0]![0]).toBe('money.fundingExplanation');
  });

  it('lists the allowed status keys for an unknown status', () => {
    const [[column, message]] = messagesFor({ statuses: { laufend: { label: 'läuft' } } }) as [[string, string]];
    expect(column).toBe('statuses.laufend');
    expect(message).toContain('in-progress');
  });

  it('says which kind of value is expected', () => {
    expect(messagesFor({ staleReportMonths: '12' })).toEqual([
      [
        'staleReportMonths',
        'Die Einstellung „staleReportMonths“ ist ungültig: erwartet wird eine Zahl ohne Anführungszeichen, z. B. 12.',
      ],
    ]);
  });

  it('explains a municipality key that is not 8 digits, or written as a number', () => {
    for (const wrong of ['1004000', '0100400x']) {
      const [[column, message]] = messagesFor({ municipalityKey: wrong }) as [[string, string]];
      expect(column).toBe('municipalityKey');
      expect(message).toContain('8 Ziffern');
    }
    // As a number its leading zero would be lost: the message asks for quotes.
    expect(messagesFor({ municipalityKey: 1004000 })).toEqual([
      ['municipalityKey', expect.stringContaining('Text in doppelten Anführungszeichen')],
    ]);
    expect(messagesFor({ municipalityKey: '01002000' })).toEqual([]);
    expect(messagesFor({ municipalityKey: null })).toEqual([]);
  });

  it('keeps the explanation of a wrong colour', () => {
    expect(messagesFor({ colours: { primary: 'blau' } })[0]![1]).toContain('#RRGGBB');
  });
});

describe('knownKeysAt', () => {
  it('sees through defaults and records', () => {
    expect(knownKeysAt(settingsSchema, [])).toContain('headerAliases');
    expect(knownKeysAt(settingsSchema, ['colours'])).toEqual(['primary', 'accent']);
    expect(knownKeysAt(settingsSchema, ['statuses', 'completed'])).toEqual(['label', 'colour']);
  });
});
