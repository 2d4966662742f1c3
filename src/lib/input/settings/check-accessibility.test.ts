import { describe, expect, it } from 'vitest';
import { parseSettings } from './parse-settings.ts';
import { checkAccessibilityStatement } from './check-accessibility.ts';

const complete = {
  conformance: 'teilweise',
  assessedBy: 'eine Selbstbewertung',
  assessedOn: '2026-10-15',
  createdOn: '20.10.2026',
};

function accessibility(given: object) {
  const { settings, diagnostics } = parseSettings(JSON.stringify({ accessibility: given }));
  expect(diagnostics).toEqual([]);
  return settings.accessibility;
}

describe('checkAccessibilityStatement', () => {
  it('names every missing setting in one warning at the settings file', () => {
    const [warning, ...rest] = checkAccessibilityStatement(accessibility({}), '2026-12-03', false);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'settings.accessibility-incomplete',
      file: 'einstellungen.json',
    });
    for (const key of ['conformance', 'assessedBy', 'assessedOn', 'createdOn']) {
      expect(warning!.message).toContain(`„accessibility.${key}“`);
    }
  });

  it('names only what is missing', () => {
    const [warning] = checkAccessibilityStatement(accessibility({ ...complete, createdOn: null }), '2026-12-03', false);
    expect(warning!.message).toContain('„accessibility.createdOn“');
    expect(warning!.message).not.toContain('„accessibility.conformance“');
  });

  it('is quiet when the statement is complete and recent', () => {
    expect(checkAccessibilityStatement(accessibility(complete), '2026-12-03', false)).toEqual([]);
  });

  it('asks for a review a year after the last date', () => {
    const a = accessibility(complete);
    expect(checkAccessibilityStatement(a, '2027-10-20', false)).toEqual([]);
    const [due] = checkAccessibilityStatement(a, '2027-10-21', false);
    expect(due).toMatchObject({ code: 'settings.accessibility-review-due', severity: 'warning' });
    expect(due!.message).toContain('20.10.2026');
    expect(
      checkAccessibilityStatement(accessibility({ ...complete, reviewedOn: '2027-10-01' }), '2027-10-21', false),
    ).toEqual([]);
  });

  it('leaves an own statement page alone', () => {
    expect(checkAccessibilityStatement(accessibility({}), '2026-12-03', true)).toEqual([]);
  });
});

describe('settings: accessibility', () => {
  it('keeps dates as JJJJ-MM-TT, typed either way', () => {
    expect(accessibility(complete)).toMatchObject({ assessedOn: '2026-10-15', createdOn: '2026-10-20' });
  });

  it.each([
    [{ conformance: 'teilweiße' }, 'accessibility.conformance'],
    [{ createdOn: '31.02.2026' }, 'accessibility.createdOn'],
    [{ createdOn: 'Oktober 2026' }, 'accessibility.createdOn'],
    [{ signLanguageUrl: '/gebaerdensprache/' }, 'accessibility.signLanguageUrl'],
    [{ signLanguageUrl: 'http://video.example/dgs' }, 'accessibility.signLanguageUrl'],
    [{ assesedBy: 'x' }, 'accessibility'],
  ])('refuses %j, naming %s', (given, path) => {
    const { diagnostics } = parseSettings(JSON.stringify({ accessibility: given }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'settings.invalid' });
    expect(diagnostics[0]!.message).toContain(path);
  });

  it('takes an https address for the sign-language explanation', () => {
    expect(accessibility({ signLanguageUrl: 'https://video.example/dgs' }).signLanguageUrl).toBe(
      'https://video.example/dgs',
    );
  });
});
