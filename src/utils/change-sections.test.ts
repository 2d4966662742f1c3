import { describe, expect, it } from 'vitest';
import { emptyChangeSet, type ComparedChangeSet } from '../lib/output/changes/diff.ts';
import { STATUS_LABELS } from '../lib/i18n/de.ts';
import { STATUSES, type Status } from '../lib/schemas/status.ts';
import type { ModelIndex } from './model-index.ts';
import { changeSections } from './change-sections.ts';

const statuses = Object.fromEntries(
  STATUSES.map((s) => [s, { label: STATUS_LABELS[s] }]),
) as unknown as ModelIndex['statuses'];
const index = {
  statuses,
  departmentById: new Map([['61', { id: '61', name: 'Stadtplanung' }]]) as unknown as ModelIndex['departmentById'],
  measureById: new Map([
    ['1', { id: '1', slug: '1' }],
    ['2', { id: '2', slug: '2' }],
  ]) as unknown as ModelIndex['measureById'],
};

const empty: ComparedChangeSet = emptyChangeSet(
  { stand: '2026-11-20', session: null },
  { stand: '2027-02-19', session: null },
);

describe('changeSections', () => {
  it('keeps only sections with entries, in page order, each entry with what changed', () => {
    const sections = changeSections(
      {
        ...empty,
        removed: [{ id: '9', title: 'Alt' }],
        newReports: [{ id: '2', title: 'Zwei', date: '2027-02-01' }],
        completed: [{ id: '1', title: 'Eins', from: 'in-progress' as Status, to: 'completed' as Status }],
        otherChanges: [{ id: '2', title: 'Zwei', fields: [{ field: 'lead', from: '61', to: '99' }] }],
      },
      index,
    );
    expect(sections.map((s) => s.key)).toEqual([
      'abgeschlossen',
      'statusberichte',
      'weitere-aenderungen',
      'nicht-mehr-enthalten',
    ]);
    expect(sections[0]!.items).toEqual([
      {
        id: '1',
        title: 'Eins',
        from: 'in-progress',
        to: 'completed',
        href: '/massnahmen/1/',
        details: ['vorher: in Umsetzung'],
      },
    ]);
    expect(sections[1]!.items[0]!.details).toEqual(['Statusbericht vom 01.02.2027']);
    expect(sections[2]!.items[0]!.details[0]).toContain('61 Stadtplanung');
  });

  it('links no measure that is gone, and explains that section', () => {
    const [removed] = changeSections({ ...empty, removed: [{ id: '9', title: 'Alt' }] }, index);
    expect(removed!.items[0]!.href).toBeNull();
    expect(removed!.hint).not.toBeNull();
  });

  it('names indicators with new values and changed assessments, linked to their pages', () => {
    const sections = changeSections(
      {
        ...empty,
        newIndicatorValues: [
          { id: 'K-5.6', title: 'Leerstand', years: [2026], cityWide: true },
          { id: 'K-2', title: 'Kita', years: [2025, 2026], cityWide: false },
        ],
        assessmentChanges: [{ id: 'K-5.6', title: 'Leerstand', from: 'on-track', to: 'target-reached' }],
      },
      index,
    );
    expect(sections.map((s) => s.key)).toEqual(['neue-kennzahlwerte', 'bewertungen']);
    expect(sections[0]!.items.map((i) => [i.href, i.details])).toEqual([
      ['/kennzahlen/k-5.6/', ['Wert für 2026']],
      ['/kennzahlen/k-2/', ['Werte für 2025, 2026 (nur Stadtteile)']],
    ]);
    expect(sections[1]!.items[0]!.details).toEqual(['von „auf Kurs“ zu „Ziel erreicht“']);
  });

  it('has no sections when nothing changed', () => {
    expect(changeSections(empty, index)).toEqual([]);
  });
});
