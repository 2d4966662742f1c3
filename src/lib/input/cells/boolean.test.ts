import { describe, expect, it } from 'vitest';
import { parseYesNo } from './boolean.ts';
import { booleanCell, errorCell, numberCell, textCell } from './test-cells.ts';

const ok = (value: boolean | null) => ({ ok: true, value });

describe('parseYesNo', () => {
  it('leaves an empty cell to the caller', () => {
    expect(parseYesNo(undefined)).toEqual(ok(null));
    expect(parseYesNo(textCell(' '))).toEqual(ok(null));
  });

  it('reports an Excel error', () => {
    expect(parseYesNo(errorCell('#NV'))).toMatchObject({ ok: false, code: 'value.formula-error' });
  });

  it.each(['ja', 'Ja', 'JA', ' ja. ', 'j', 'J', 'x', 'X', '1', 'wahr', 'WAHR', 'TRUE', 'true', '✓'])(
    'reads „%s“ as yes',
    (input) => {
      expect(parseYesNo(textCell(input))).toEqual(ok(true));
    },
  );

  it.each(['nein', 'Nein', 'NEIN', 'n', 'N', '0', 'falsch', 'FALSCH', 'FALSE', 'false'])(
    'reads „%s“ as no',
    (input) => {
      expect(parseYesNo(textCell(input))).toEqual(ok(false));
    },
  );

  it('reads number and boolean cells', () => {
    expect(parseYesNo(numberCell(1))).toEqual(ok(true));
    expect(parseYesNo(numberCell(0))).toEqual(ok(false));
    expect(parseYesNo(booleanCell(true))).toEqual(ok(true));
    expect(parseYesNo(booleanCell(false))).toEqual(ok(false));
  });

  it.each([[textCell('vielleicht')], [textCell('jein')], [numberCell(2)], [textCell('-')]])(
    'refuses anything else',
    (cell) => {
      const result = parseYesNo(cell);
      expect(result).toMatchObject({ ok: false, code: 'value.invalid' });
      if (!result.ok)
        expect(result.message).toMatch(/^„.+“ ist kein gültiger Ja\/Nein-Wert\. Erwartet wird ja oder nein/);
    },
  );
});
