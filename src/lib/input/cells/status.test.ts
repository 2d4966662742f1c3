import { describe, expect, it } from 'vitest';
import { makeStatusParser, parseStatus } from './status.ts';
import { STATUS_LABELS } from '../../i18n/de.ts';
import { errorCell, numberCell, textCell } from './test-cells.ts';

describe('parseStatus', () => {
  it('gives null for empty cells and reports errors', () => {
    expect(parseStatus(undefined)).toEqual({ ok: true, value: null });
    expect(parseStatus(textCell('  '))).toEqual({ ok: true, value: null });
    expect(parseStatus(errorCell('#REF!'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each([
    ['geplant', 'planned'],
    ['in Vorbereitung', 'preparing'],
    ['in Umsetzung', 'in-progress'],
    ['In Umsetzung', 'in-progress'],
    ['IN UMSETZUNG', 'in-progress'],
    ['  in\u00a0 Umsetzung ', 'in-progress'],
    ['in\nUmsetzung', 'in-progress'],
    ['In-Umsetzung', 'in-progress'],
    ['Daueraufgabe', 'ongoing'],
    ['abgeschlossen', 'completed'],
    ['Abgeschlossen.', 'completed'],
    ['zurückgestellt', 'deferred'],
    ['zurueckgestellt', 'deferred'],
    ['Zurückgestellt', 'deferred'],
    ['entfallen', 'dropped'],
    ['laufend', 'in-progress'],
    ['Laufend', 'in-progress'],
    ['erledigt', 'completed'],
    ['eingestellt', 'dropped'],
  ])('reads „%s“', (input, expected) => {
    expect(parseStatus(textCell(input))).toEqual({ ok: true, value: expected });
  });

  it('lists the valid values and suggests the closest for a typo', () => {
    const result = parseStatus(textCell('in Umsezung'));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    expect(!result.ok && result.message).toBe(
      '„in Umsezung“ ist kein gültiger Status. Erlaubt sind „geplant“, „in Vorbereitung“, „in Umsetzung“, „Daueraufgabe“, „abgeschlossen“, „zurückgestellt“ und „entfallen“. Meinten Sie „in Umsetzung“?',
    );
  });

  it('suggests the label when the closest spelling is an alias', () => {
    const result = parseStatus(textCell('lafend'));
    expect(!result.ok && result.message).toContain('Meinten Sie „in Umsetzung“?');
  });

  it('suggests the status whose words the text contains, in any order', () => {
    for (const [text, label] of [
      ['Umsetzung läuft', 'in Umsetzung'],
      ['abgeschlossen seit 2025', 'abgeschlossen'],
      ['wird vorbereitet – Vorbereitung', 'in Vorbereitung'],
    ] as const) {
      const result = parseStatus(textCell(text));
      expect(!result.ok && result.message, text).toContain(`Meinten Sie „${label}“?`);
    }
  });

  it('suggests nothing when nothing is close', () => {
    const result = parseStatus(textCell('Haushaltssperre'));
    expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
    expect(!result.ok && result.message).not.toContain('Meinten Sie');
  });

  it('refuses numbers', () => {
    expect(parseStatus(numberCell(3))).toMatchObject({ ok: false, code: 'value.invalid' });
  });
});

describe('makeStatusParser', () => {
  const parse = makeStatusParser({ ...STATUS_LABELS, 'in-progress': 'in Bearbeitung' });

  it('accepts renamed labels as well as the contract’s', () => {
    expect(parse(textCell('in Bearbeitung'))).toEqual({ ok: true, value: 'in-progress' });
    expect(parse(textCell('in Umsetzung'))).toEqual({ ok: true, value: 'in-progress' });
  });

  it('lists the renamed labels in its message', () => {
    const result = parse(textCell('unklar'));
    expect(!result.ok && result.message).toContain('„in Bearbeitung“');
  });
});
