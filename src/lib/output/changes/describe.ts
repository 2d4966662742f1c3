/**
 * The changes of a publication grouped by measure, and each change as one German sentence part,
 * for the feed and the changes page.
 */
import { compareGerman } from '../../common/collate.ts';
import type { Status } from '../../schemas/status.ts';
import { CHANGES_TEXT } from '../../i18n/de.ts';
import { approximateMoneyText, formatPartialDate, formatPercent } from '../../common/format.ts';
import type { ComparedChangeSet, OtherChange } from './diff.ts';
import { partialDateOf } from '../../common/partial-date-of.ts';

/** One change of one measure. */
export type MeasureChangeKind =
  | { readonly kind: 'added' }
  | { readonly kind: 'removed' }
  | { readonly kind: 'completed'; readonly from: Status }
  | { readonly kind: 'status'; readonly from: Status; readonly to: Status }
  | { readonly kind: 'progress'; readonly from: number | null; readonly to: number | null }
  | { readonly kind: 'report'; readonly date: string | null }
  | { readonly kind: 'other'; readonly fields: OtherChange['fields']; readonly details?: OtherChange['details'] };

/** Everything that changed about one measure. */
export interface MeasureChanges {
  readonly id: string;
  readonly title: string;
  /** In the order: added/removed/completed/status, progress, report, other. */
  readonly kinds: readonly MeasureChangeKind[];
}

const byId = compareGerman;

/** The change set regrouped by measure, sorted by Nr. Linear in the number of changes. */
export function groupByMeasure(changes: ComparedChangeSet): MeasureChanges[] {
  const map = new Map<string, { id: string; title: string; kinds: MeasureChangeKind[] }>();
  const add = (m: { id: string; title: string }, kind: MeasureChangeKind): void => {
    let entry = map.get(m.id);
    if (!entry) {
      entry = { id: m.id, title: m.title, kinds: [] };
      map.set(m.id, entry);
    }
    entry.kinds.push(kind);
  };
  for (const m of changes.added) add(m, { kind: 'added' });
  for (const m of changes.removed) add(m, { kind: 'removed' });
  for (const m of changes.completed) add(m, { kind: 'completed', from: m.from });
  for (const m of changes.statusChanges) add(m, { kind: 'status', from: m.from, to: m.to });
  for (const m of changes.progressChanges) add(m, { kind: 'progress', from: m.from, to: m.to });
  for (const m of changes.newReports) add(m, { kind: 'report', date: m.date });
  for (const m of changes.otherChanges) add(m, { kind: 'other', fields: m.fields, details: m.details });
  return [...map.values()].sort((a, b) => byId(a.id, b.id));
}

/** What the descriptions need from the site: labels as the city configured them. */
export interface DescribeContext {
  /** Label of a status (settings applied). */
  readonly statusLabel: (status: Status) => string;
  /** How to name a department by its Nr., e.g. `61 Stadtplanung und -entwicklung`. */
  readonly departmentLabel: (id: string) => string;
}

/** A date as text, `keine Angabe` when missing. */
export function dateOrNone(iso: string | null): string {
  return iso === null ? CHANGES_TEXT.none : formatPartialDate(partialDateOf(iso));
}

/** A progress value as text, `keine Angabe` when missing. */
export function progressOrNone(value: number | null): string {
  return value === null ? CHANGES_TEXT.none : formatPercent(value);
}

/** One changed field: `Kosten: von 100.000 € zu 150.000 €`. */
export function describeField(change: OtherChange['fields'][number], ctx: DescribeContext): string {
  const value = (v: string | number | null, approximate = false): string => {
    if (v === null) return CHANGES_TEXT.none;
    switch (change.field) {
      case 'title':
        return `„${String(v)}“`;
      case 'lead':
        return ctx.departmentLabel(String(v));
      case 'costs':
      case 'funding':
        return approximateMoneyText(Number(v), approximate);
      case 'end':
        return dateOrNone(String(v));
    }
  };
  return CHANGES_TEXT.fieldChange(
    CHANGES_TEXT.fieldLabels[change.field],
    value(change.from, change.fromApproximate === true),
    value(change.to, change.toApproximate === true),
  );
}

/** One change as sentence parts (an `other` change gives one part per field). */
export function describeKind(kind: MeasureChangeKind, ctx: DescribeContext): string[] {
  const K = CHANGES_TEXT.entryKinds;
  switch (kind.kind) {
    case 'added':
      return [K.added];
    case 'removed':
      return [K.removed];
    case 'completed':
      return [K.completed(ctx.statusLabel(kind.from))];
    case 'status':
      return [
        `${CHANGES_TEXT.sections.statusChanges}: ${CHANGES_TEXT.statusChange(ctx.statusLabel(kind.from), ctx.statusLabel(kind.to))}`,
      ];
    case 'progress':
      return [
        `${CHANGES_TEXT.sections.progressChanges}: ${CHANGES_TEXT.progressChange(progressOrNone(kind.from), progressOrNone(kind.to))}`,
      ];
    case 'report':
      return [kind.date === null ? CHANGES_TEXT.reportWithoutDate : CHANGES_TEXT.reportOf(dateOrNone(kind.date))];
    case 'other':
      return describeOther(kind, ctx);
  }
}

/**
 * The parts of a „weitere Änderungen“ entry: each compared field with old and new value, then
 * the other changed facts by name (`Außerdem geändert: Beschluss und Stadtteile`, or `Geändert: …` alone).
 */
export function describeOther(change: Pick<OtherChange, 'fields' | 'details'>, ctx: DescribeContext): string[] {
  const parts = change.fields.map((f) => describeField(f, ctx));
  const details = change.details ?? [];
  if (details.length > 0) {
    const labels = details.map((d) => CHANGES_TEXT.detailLabels[d]);
    parts.push(CHANGES_TEXT.detailsChanged(labels, parts.length === 0));
  }
  return parts;
}
