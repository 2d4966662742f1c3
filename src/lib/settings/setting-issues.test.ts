import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../schemas/settings.ts';
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

  it('lists the allowed status keys for an unknown status', () => {
    const [[column, message]] = messagesFor({ statuses: { laufend: { label: 'läuft' } } }) as [[string, string]];
    expect(column).toBe('statuses.laufend');
    expect(message).toContain('in-progress');
  });

  it('says which kind of value is expected', () => {
    expect(messagesFor({ staleReportMonths: '12' })).toEqual([
      ['staleReportMonths', 'Die Einstellung „staleReportMonths“ ist ungültig: erwartet wird eine Zahl ohne Anführungszeichen, z. B. 12.'],
    ]);
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
