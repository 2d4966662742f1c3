import { describe, expect, it } from 'vitest';
import { columnIndex, headerKey, longestKey, matchColumn, matchSheetName, normaliseHeader } from './header-match.ts';
import { DEPARTMENTS_SHEET, GOALS_SHEET, MEASURES_SHEET, SHEET_SPECS, withExtraAliases } from './sheet-kinds.ts';

describe('normaliseHeader', () => {
  it('ignores case, white space, line breaks, a trailing dot or colon, and umlaut spelling', () => {
    expect(normaliseHeader('  Maßnahmen-Nr. ')).toBe('massnahmen-nr');
    expect(normaliseHeader('Fortschritt\nin  %')).toBe('fortschritt in %');
    expect(normaliseHeader('Übergeordnetes\u00a0Ziel:')).toBe('uebergeordnetes ziel');
  });
});

describe('matchColumn', () => {
  it('finds a column by its header and by every alias', () => {
    expect(matchColumn(MEASURES_SHEET, 'Nr.')?.key).toBe('id');
    expect(matchColumn(MEASURES_SHEET, 'Nummer')?.key).toBe('id');
    expect(matchColumn(MEASURES_SHEET, 'Maßnahmen-Nr.')?.key).toBe('id');
    expect(matchColumn(MEASURES_SHEET, 'federführender Fachdienst')?.key).toBe('leadDepartment');
  });

  it('tolerates case, spaces, line breaks in the cell, trailing . or : and umlaut spellings', () => {
    expect(matchColumn(MEASURES_SHEET, 'NR')?.key).toBe('id');
    expect(matchColumn(MEASURES_SHEET, '  Nr:  ')?.key).toBe('id');
    expect(matchColumn(MEASURES_SHEET, 'Massnahmen-Nr')?.key).toBe('id');
    expect(matchColumn(MEASURES_SHEET, 'Foerdermittel')?.key).toBe('funding');
    expect(matchColumn(MEASURES_SHEET, 'Fortschritt\r\nin %')?.key).toBe('progress');
    expect(matchColumn(MEASURES_SHEET, 'Beteiligte   Fachdienste')?.key).toBe('participatingDepartments');
    expect(matchColumn(GOALS_SHEET, 'Uebergeordnetes Ziel')?.key).toBe('parent');
    expect(matchColumn(MEASURES_SHEET, 'Beschluss\u00a0vom')?.key).toBe('decisionDate');
  });

  it('returns null for unknown, empty and overlong texts', () => {
    expect(matchColumn(MEASURES_SHEET, 'Bemerkung')).toBeNull();
    expect(matchColumn(MEASURES_SHEET, '   ')).toBeNull();
    expect(headerKey('Nr. '.repeat(100))).toBeNull();
  });

  it('matches per sheet kind: the same header means different columns', () => {
    expect(matchColumn(MEASURES_SHEET, 'Fachdienst')?.key).toBe('leadDepartment');
    expect(matchColumn(DEPARTMENTS_SHEET, 'Fachdienst')?.key).toBe('name');
    expect(matchColumn(GOALS_SHEET, 'Ziel')?.key).toBe('title');
    expect(matchColumn(MEASURES_SHEET, 'Ziel')?.key).toBe('goals');
  });

  it('accepts aliases added by the settings, but never lets them take over a canonical header', () => {
    const [measures] = withExtraAliases([MEASURES_SHEET], { measures: { costs: ['Kosten gesamt', 'Titel'] } });
    expect(matchColumn(measures!, 'Kosten  gesamt')?.key).toBe('costs');
    expect(matchColumn(measures!, 'Titel')?.key).toBe('title');
  });

  it('precomputes one map per spec', () => {
    expect(columnIndex(MEASURES_SHEET)).toBe(columnIndex(MEASURES_SHEET));
  });
});

describe('matchSheetName', () => {
  it('finds sheet kinds by name and alias, tolerantly', () => {
    expect(matchSheetName(SHEET_SPECS, 'Maßnahmen')?.kind).toBe('measures');
    expect(matchSheetName(SHEET_SPECS, ' MASSNAHMEN ')?.kind).toBe('measures');
    expect(matchSheetName(SHEET_SPECS, 'Maßnahmenliste')?.kind).toBe('measures');
    expect(matchSheetName(SHEET_SPECS, 'Zielsystem')?.kind).toBe('goals');
    expect(matchSheetName(SHEET_SPECS, 'Sachstaende')?.kind).toBe('reports');
    expect(matchSheetName(SHEET_SPECS, 'info')?.kind).toBe('info');
  });

  it('returns null for other sheets', () => {
    expect(matchSheetName(SHEET_SPECS, 'Tabelle1')).toBeNull();
    expect(matchSheetName(SHEET_SPECS, 'Erläuterungen')).toBeNull();
  });
});

describe('headerKey with a length limit', () => {
  const limit = longestKey(SHEET_SPECS);

  it('knows the longest key of the specs', () => {
    expect(limit).toBe('federfuehrender fachdienst'.length);
  });

  it('refuses long texts without normalising them, but never a header that normalises short', () => {
    expect(headerKey('Kurzbeschreibung der Maßnahme mit etwas Text', limit)).toBeNull();
    // Padded with white space, line breaks, NBSP or zero-width spaces, or decomposed umlauts.
    expect(headerKey('Fortschritt          in          %', limit)).toBe('fortschritt in %');
    expect(headerKey('federführender\n\nFachdienst:', limit)).toBe('federfuehrender fachdienst');
    expect(headerKey(' federführender Fachdienst. ', limit)).toBe('federfuehrender fachdienst');
    expect(headerKey('federfu\u0308hrender\u00a0Fachdienst', limit)).toBe('federfuehrender fachdienst');
    expect(headerKey('\u200bfederführender Fachdienst\u200b\u200b\u200b', limit)).toBe('federfuehrender fachdienst');
  });
});
