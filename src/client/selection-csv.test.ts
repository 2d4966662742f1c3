import { describe, expect, it } from 'vitest';
import { selectionCsv } from './selection-csv.ts';
import type { OverviewMeasure } from './measure-filter-core.ts';

const full: OverviewMeasure = {
  n: '2024-008',
  t: 'Radweg Nord; 2. Abschnitt',
  s: 'in-progress',
  f: '61',
  b: '5',
  g: ['11', '13'],
  o: ['Mitte', 'Faldera'],
  a: 'key',
  d: '2026-11-12',
  k: 1250000.5,
  kc: 1,
  v: '2026-06',
  p: 45.5,
};
const sparse: OverviewMeasure = {
  n: '2019-001',
  u: 'x-1',
  t: '=HYPERLINK("http://böse")',
  s: 'planned',
  f: '32',
  e: '2027',
};

describe('selectionCsv', () => {
  const csv = selectionCsv([full, sparse], { base: '/isek/' }, 'https://isek.example');
  const lines = csv.slice(1).split('\r\n');

  it('starts with the BOM and the open-data column names, separated by semicolons', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe(
      'nr;titel;art;status;fortschritt_prozent;ende;kosten_eur;kosten_ungefaehr;fachdienst_federfuehrend;produktbereich;sdgs;stadtteile;statusbericht_datum;seite;verzoegert',
    );
  });

  it('writes one CRLF-ended record per measure, in the order given', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[1]!.startsWith('2024-008;')).toBe(true);
    expect(lines[2]!.startsWith('2019-001;')).toBe(true);
  });

  it('writes labels, decimal commas, ja/nein, joined lists and absolute page addresses', () => {
    expect(lines[1]).toBe(
      '2024-008;"Radweg Nord; 2. Abschnitt";Schlüsselmaßnahme;in Umsetzung;45,5;2026-06;1250000,5;ja;61;5;11, 13;Mitte, Faldera;2026-11-12;https://isek.example/isek/massnahmen/2024-008/;ja',
    );
  });

  it('neutralises formulas, leaves missing values empty and uses the slug for the address', () => {
    expect(lines[2]).toBe(
      `2019-001;"'=HYPERLINK(""http://böse"")";;geplant;;2027;;;32;;;;;https://isek.example/isek/massnahmen/x-1/;nein`,
    );
  });

  it('is only the header for an empty selection', () => {
    expect(selectionCsv([], { base: '/' }, 'http://x')).toBe(`\uFEFF${lines[0]}\r\n`);
  });
});
