import { describe, expect, it } from 'vitest';
import { parseEmail, parseHttpLink } from './link.ts';
import { errorCell, numberCell, textCell } from './test-cells.ts';

describe('parseHttpLink', () => {
  it('gives null for empty cells and reports errors', () => {
    expect(parseHttpLink(undefined)).toEqual({ ok: true, value: null });
    expect(parseHttpLink(textCell(' '))).toEqual({ ok: true, value: null });
    expect(parseHttpLink(errorCell('#REF!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each([
    ['https://ratsinfo.example.de/vo020.asp?VOLFDNR=1234', 'https://ratsinfo.example.de/vo020.asp?VOLFDNR=1234'],
    ['http://example.de', 'http://example.de/'],
    ['HTTPS://Example.DE/Pfad', 'https://example.de/Pfad'],
    ['  https://example.de/a \n', 'https://example.de/a'],
    ['www.example.de', 'https://www.example.de/'],
    ['WWW.example.de/seite', 'https://www.example.de/seite'],
  ])('accepts „%s“', (input, expected) => {
    expect(parseHttpLink(textCell(input))).toEqual({ ok: true, value: expected });
  });

  it('uses the hyperlink target when the text is a label', () => {
    expect(parseHttpLink(textCell('Ratsinfo', { link: 'https://ratsinfo.example.de/x' }))).toEqual({
      ok: true,
      value: 'https://ratsinfo.example.de/x',
    });
  });

  it('prefers the text when it is an address itself', () => {
    expect(parseHttpLink(textCell('https://a.example.de/', { link: 'https://b.example.de/' }))).toEqual({
      ok: true,
      value: 'https://a.example.de/',
    });
  });

  it('refuses a label-with-hyperlink whose target has another scheme', () => {
    const result = parseHttpLink(textCell('Vorlage', { link: 'file:///S:/Vorlagen/0815.pdf' }));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid-link' });
    expect(!result.ok && result.message).toContain('(file:)');
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['ftp://example.de/datei', 'ftp:'],
    ['file:///C:/daten.xlsx', 'file:'],
    ['mailto:isek@stadt.de', 'mailto:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
  ])('refuses „%s“ naming its scheme', (input, scheme) => {
    const result = parseHttpLink(textCell(input));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid-link' });
    expect(!result.ok && result.message).toBe(
      `„${input}“ ist als Link nicht erlaubt (${scheme}). Erlaubt sind nur Webadressen, die mit http:// oder https:// beginnen.`,
    );
  });

  it.each(['Ratsinfo', 'http//example.de', 'https://', 'http://exa mple.de', 'https:example.de', 'siehe Vorlage'])(
    'refuses the garbage „%s“',
    (input) => {
      const result = parseHttpLink(textCell(input));
      expect(result).toMatchObject({ ok: false, code: 'value.invalid-link' });
      expect(!result.ok && result.message).toBe(
        `„${input}“ ist kein gültiger Link. Erwartet wird eine Webadresse, die mit http:// oder https:// beginnt.`,
      );
    },
  );

  it('refuses numbers', () => {
    expect(parseHttpLink(numberCell(815))).toMatchObject({ ok: false, code: 'value.invalid-link' });
  });
});

describe('parseEmail', () => {
  it('gives null for empty cells and reports errors', () => {
    expect(parseEmail(undefined)).toEqual({ ok: true, value: null });
    expect(parseEmail(errorCell('#NV'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each([
    ['stadtplanung@stadt.de', 'stadtplanung@stadt.de'],
    [' Vorname.Nachname@stadt-musterstadt.de ', 'Vorname.Nachname@stadt-musterstadt.de'],
    ['mailto:isek@stadt.de', 'isek@stadt.de'],
    ['MAILTO:isek@stadt.de', 'isek@stadt.de'],
  ])('accepts „%s“', (input, expected) => {
    expect(parseEmail(textCell(input))).toEqual({ ok: true, value: expected });
  });

  it('uses a mailto hyperlink behind a label', () => {
    expect(parseEmail(textCell('Geschäftsstelle', { link: 'mailto:isek@stadt.de' }))).toEqual({
      ok: true,
      value: 'isek@stadt.de',
    });
  });

  it.each(['isek', 'isek@stadt', 'isek@@stadt.de', 'is ek@stadt.de', 'a@b.de; c@d.de', 'Geschäftsstelle'])(
    'refuses „%s“',
    (input) => {
      const result = parseEmail(textCell(input));
      expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
      expect(!result.ok && result.message).toBe(
        `„${input}“ ist keine gültige E-Mail-Adresse. Erwartet wird eine Adresse wie name@stadt.de.`,
      );
    },
  );
});
