/**
 * The filtered overview's sorting, row markup and „Diese Auswahl herunterladen“: what
 * `measure-filter.ts` loads with the first filtered view (or when the form is first touched).
 * The server's own page needs neither, so they stay out of the page's first load.
 */
import { pagePath } from '../utils/base-path.ts';
import { partialDateOf } from '../lib/common/partial-date-of.ts';
import { measureRowHtml } from './measure-row.ts';
import type { OverviewData } from './measure-filter-core.ts';

export { offerDownload, selectionCsv } from './selection-csv.ts';
export { rowsToShow, sortOrder } from './measure-sort.ts';

/**
 * Row `i` of the data file as the server renders it (`measure-row.ts`), each made once.
 * `labels`: per filter key, value → label, for the status text and the lead department.
 */
export function overviewRowRenderer(
  data: OverviewData,
  labels: ReadonlyMap<string, ReadonlyMap<string, string>>,
): (i: number) => string {
  const made: string[] = [];
  return (i) => {
    let row = made[i];
    if (row === undefined) {
      const m = data.measures[i]!;
      row = made[i] = measureRowHtml({
        nr: m.n,
        href: pagePath(data.base, 'massnahmen', m.u ?? m.n),
        title: m.t,
        status: m.s,
        statusLabel: labels.get('status')?.get(m.s) ?? m.s,
        progress: m.p ?? null,
        delayedEnd: m.v ? partialDateOf(m.v) : null,
        end: m.v ? partialDateOf(m.v) : m.e ? partialDateOf(m.e) : null,
        districts: m.o ?? [],
        costs: m.k ?? null,
        costsApproximate: m.kc === 1,
        lead: labels.get('fachdienst')?.get(m.f) ?? m.f,
        stand: m.d ? partialDateOf(m.d) : null,
      });
    }
    return row;
  };
}
