import { describe, expect, it } from 'vitest';
import { parseDirection } from './direction.ts';
import { textCell } from './test-cells.ts';

describe('parseDirection', () => {
  it.each(['steigen', 'Steigen', 'höher ist besser', 'hoeher ist besser', 'steigend', '↑', '+'])(
    'reads %s as up',
    (text) => {
      expect(parseDirection(textCell(text))).toEqual({ ok: true, value: 'up' });
    },
  );

  it.each(['sinken', 'niedriger ist besser', 'fallend', '↓', '-', ' - ', '−'])('reads %s as down', (text) => {
    expect(parseDirection(textCell(text))).toEqual({ ok: true, value: 'down' });
  });

  it('refuses anything else with a suggestion', () => {
    const r = parseDirection(textCell('sinkend'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Meinten Sie „sinken“?');
    expect(parseDirection(textCell('gleich')).ok).toBe(false);
  });
});
