/**
 * The sections of `/aenderungen/` (new, completed, status and progress changes, new reports,
 * other changes, removed), each a list of measures with what changed. Shared by the page, which
 * shows the first `CHANGES_PAGE_SIZE` entries of each section, and the further pages of a long
 * section (`/aenderungen/<section>/seite/<n>/`), so a council cycle with thousands of changes
 * still gives small pages.
 */
import type { ComparedChangeSet } from '../lib/output/changes/diff.ts';
import { dateOrNone, describeOther, progressOrNone } from '../lib/output/changes/describe.ts';
import type { Status } from '../lib/schemas/status.ts';
import { CHANGES_TEXT } from '../lib/i18n/de.ts';
import type { ModelIndex } from './model-index.ts';
import { pageUrl } from './base.ts';
import { departmentLabel } from './search-fields.ts';
import { toSlug } from '../lib/model/slug.ts';
import { ASSESSMENT_LABELS } from '../lib/i18n/de.ts';

/**
 * Entries per section and page: smaller than the measure lists' 50, because `/aenderungen/`
 * shows the first page of up to seven sections at once.
 */
export const CHANGES_PAGE_SIZE = 25;

/** One entry: a measure and what changed (see `ChangeList.astro`). */
export interface ChangeItem {
  readonly id: string;
  readonly title: string;
  /** The measure's page, or `null` for a measure no longer published. */
  readonly href: string | null;
  readonly details: readonly string[];
}

/** One section of the page; its `key` is the heading's anchor and the path segment of its pages. */
export interface ChangeSection {
  readonly key: string;
  readonly heading: string;
  readonly hint: string | null;
  readonly items: readonly ChangeItem[];
}

/** The sections with entries, in page order. */
export function changeSections(
  changes: ComparedChangeSet,
  index: Pick<ModelIndex, 'statuses' | 'departmentById' | 'measureById'>,
): ChangeSection[] {
  const T = CHANGES_TEXT;
  const label = (s: Status): string => index.statuses[s].label;
  const ctx = {
    statusLabel: label,
    departmentLabel: (id: string): string => {
      const d = index.departmentById.get(id);
      return d ? departmentLabel(d) : id;
    },
  };
  const href = (id: string): string | null => {
    const m = index.measureById.get(id);
    return m ? pageUrl('massnahmen', m.slug) : null;
  };
  const sections: ChangeSection[] = [
    {
      key: 'neu',
      heading: T.sections.added,
      hint: null,
      items: changes.added.map((m) => ({ ...m, href: href(m.id), details: [] })),
    },
    {
      key: 'abgeschlossen',
      heading: T.sections.completed,
      hint: null,
      items: changes.completed.map((m) => ({ ...m, href: href(m.id), details: [T.wasStatus(label(m.from))] })),
    },
    {
      key: 'statuswechsel',
      heading: T.sections.statusChanges,
      hint: null,
      items: changes.statusChanges.map((m) => ({
        ...m,
        href: href(m.id),
        details: [T.statusChange(label(m.from), label(m.to))],
      })),
    },
    {
      key: 'fortschritt',
      heading: T.sections.progressChanges,
      hint: null,
      items: changes.progressChanges.map((m) => ({
        ...m,
        href: href(m.id),
        details: [T.progressChange(progressOrNone(m.from), progressOrNone(m.to))],
      })),
    },
    {
      key: 'statusberichte',
      heading: T.sections.newReports,
      hint: null,
      items: changes.newReports.map((m) => ({
        ...m,
        href: href(m.id),
        details: [m.date === null ? T.reportWithoutDate : T.reportOf(dateOrNone(m.date))],
      })),
    },
    {
      key: 'weitere-aenderungen',
      heading: T.sections.otherChanges,
      hint: null,
      items: changes.otherChanges.map((m) => ({
        ...m,
        href: href(m.id),
        details: describeOther(m, ctx),
      })),
    },
    {
      key: 'neue-kennzahlwerte',
      heading: T.sections.newIndicatorValues,
      hint: null,
      // Indicators named here are published (new values come only with the current data).
      items: changes.newIndicatorValues.map((i) => ({
        ...i,
        href: pageUrl('kennzahlen', toSlug(i.id)),
        details: [T.newIndicatorValues(i.years, i.cityWide)],
      })),
    },
    {
      key: 'bewertungen',
      heading: T.sections.assessmentChanges,
      hint: null,
      items: changes.assessmentChanges.map((i) => ({
        ...i,
        href: pageUrl('kennzahlen', toSlug(i.id)),
        details: [T.statusChange(ASSESSMENT_LABELS[i.from], ASSESSMENT_LABELS[i.to])],
      })),
    },
    {
      key: 'nicht-mehr-enthalten',
      heading: T.sections.removed,
      hint: T.removedHint,
      items: changes.removed.map((m) => ({ ...m, href: null, details: [] })),
    },
  ];
  return sections.filter((s) => s.items.length > 0);
}
