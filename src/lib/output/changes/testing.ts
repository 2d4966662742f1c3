/**
 * Test helper: a complete `Measure` and a minimal model from a few fields, so snapshot and diff
 * tests state only what they are about.
 */
import type { Measure, Report } from '../../schemas/measure.ts';
import type { IsekModel } from '../../schemas/model.ts';

/** A status report with the given date (ISO day) and text. */
export function report(date: string | null, text: string): Report {
  return {
    date: date === null ? null : { precision: 'day', iso: date },
    body: { markdown: text, html: `<p>${text}</p>`, text },
  };
}

/** A measure with sensible defaults; `extra` overrides any field. */
export function makeMeasure(extra: Partial<Measure> & { id: string }): Measure {
  const current = extra.report ?? null;
  return {
    slug: extra.id.toLowerCase(),
    title: `Maßnahme ${extra.id}`,
    summary: null,
    type: null,
    goalIds: [],
    leadDepartmentId: '61',
    participatingDepartmentIds: [],
    productAreaId: null,
    productAreaInherited: false,
    product: null,
    status: 'in-progress',
    progress: 50,
    start: null,
    end: null,
    delayed: false,
    costs: null,
    costsApproximate: false,
    funding: null,
    fundingApproximate: false,
    decision: { body: null, date: null, paper: null, link: null },
    districts: [],
    keywords: [],
    sdgs: [],
    sdgsInherited: false,
    report: current,
    reports: current ? [current] : [],
    source: { file: 'ISEK.xlsx', sheet: 'Maßnahmen', row: 2 },
    ...extra,
  };
}

/** The parts of a model the snapshot reads. */
export function makeModel(
  measures: readonly Measure[],
  info: { stand?: string | null; session?: string | null } = {},
): Pick<IsekModel, 'info' | 'measures'> {
  const stand = info.stand === undefined ? '2026-11-12' : info.stand;
  return {
    info: {
      publicationDate: stand === null ? null : { precision: 'day', iso: stand },
      publicationDateGiven: stand !== null,
      session: info.session === undefined ? 'Ratsversammlung vom 11.11.2026' : info.session,
      budget: null,
    },
    measures: [...measures],
  };
}
