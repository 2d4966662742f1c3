/**
 * What the search index learns about each content page besides its text: meta (shown with a
 * result), filters (the facets of `/suche/`) and sort keys. Pure: the pages pass in what they
 * already looked up; `SearchFields.astro` turns the result into `data-pagefind-*` markup.
 *
 * Filter values are the labels a person reads (`61 Stadtplanung`), because the search page shows
 * them as they come from the index and puts them into shareable URLs.
 */
import type { Measure } from '../lib/schemas/measure.ts';
import type { Goal } from '../lib/schemas/goal.ts';
import type { Department } from '../lib/schemas/department.ts';
import type { ProductArea } from '../lib/schemas/product-area.ts';
import type { PartialDate } from '../lib/schemas/partial-date.ts';
import type { Status } from '../lib/schemas/status.ts';
import type { Indicator } from '../lib/schemas/indicator.ts';
import { ASSESSMENT_LABELS, DELAY_TEXT, MEASURE_TYPE_LABELS, SDG_TITLES, SEARCH_TEXT } from '../lib/i18n/de.ts';
import { formatPartialDate } from '../lib/common/format.ts';
import type { ModelIndex } from './model-index.ts';
import { delayTagText } from '../client/delay-tag.ts';
import { compareFacetValues } from '../client/search-facet.ts';
import { UNSPECIFIED_LABEL } from '../lib/i18n/de/filter-ui.ts';

/** The filter keys of the index, in the order the search page shows them. */
export const SEARCH_FILTER_KEYS = [
  'typ',
  'fachdienst',
  'produktbereich',
  'status',
  'ziel',
  'sdg',
  'stadtteil',
  'art',
  'bewertung',
  'zeitplan',
] as const;
/** One filter key of the index. */
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** The sort keys every indexed page carries (a page without one drops out of sorted results). */
export const SEARCH_SORT_KEYS = ['stand', 'titel'] as const;
/** One sort key of the index. */
export type SearchSortKey = (typeof SEARCH_SORT_KEYS)[number];

/** Sort value for a page without any date: sorts before every real ISO date. */
export const NO_DATE_SORT_VALUE = '0000';

/** Meta, filters and sort keys of one indexed page. */
export interface SearchFields {
  /**
   * Shown with a result: `title`, `nr`, `typ`, and where known `status`, `fachdienst`, `stand`,
   * and on a delayed measure `verzoegert` (the tag's text with the planned end).
   */
  readonly meta: Readonly<Record<string, string>>;
  /** Facet values per filter key; keys without values are left out. */
  readonly filters: Readonly<Partial<Record<SearchFilterKey, readonly string[]>>>;
  /** One value per sort key, always both. */
  readonly sort: Readonly<Record<SearchSortKey, string>>;
}

/** The lookups the fields need (a subset of the site's model index). */
export interface SearchLookups {
  readonly goalById: ReadonlyMap<string, Goal>;
  readonly departmentById: ReadonlyMap<string, Department>;
  readonly productAreaById: ReadonlyMap<number, ProductArea>;
  /** Status labels as shown on the site (settings applied). */
  readonly statusLabels: Readonly<Record<Status, string>>;
  /** The publication's Stand: the date for pages that have no report of their own. */
  readonly publicationDate: PartialDate | null;
}

/** The lookups from the site's model index. */
export function searchLookups(
  index: Pick<ModelIndex, 'goalById' | 'departmentById' | 'productAreaById' | 'statuses' | 'info'>,
): SearchLookups {
  const statusLabels = Object.fromEntries(
    Object.entries(index.statuses).map(([status, appearance]) => [status, appearance.label]),
  ) as Record<Status, string>;
  return {
    goalById: index.goalById,
    departmentById: index.departmentById,
    productAreaById: index.productAreaById,
    statusLabels,
    publicationDate: index.info.publicationDate,
  };
}

/** Filter label of a department: `61 Stadtplanung und -entwicklung`. */
export function departmentLabel(d: Pick<Department, 'id' | 'name'>): string {
  return `${d.id} ${d.name}`;
}

/** Filter label of a product area: `5 Gestaltung der Umwelt`. */
export function productAreaLabel(a: Pick<ProductArea, 'id' | 'name'>): string {
  return `${a.id} ${a.name}`;
}

/** Filter label of a goal: `5.1.2 Radverkehr stärken`. */
export function goalLabel(g: Pick<Goal, 'id' | 'title'>): string {
  return `${g.id} ${g.title}`;
}

/** Filter label of an SDG: `13 Maßnahmen zum Klimaschutz`. */
export function sdgLabel(n: number): string {
  const title = SDG_TITLES[n];
  return title ? `${n} ${title}` : String(n);
}

/** The search page's query string for all indicators of an SDG: `typ=Kennzahl&sdg=11+…`. */
export function sdgIndicatorsQuery(sdg: number): string {
  return new URLSearchParams({ typ: SEARCH_TEXT.pageKinds.indicator, sdg: sdgLabel(sdg) }).toString();
}

/**
 * A sort key that orders titles as German readers expect even where the index compares plain
 * code points: case folded, umlauts as their base letter (DIN 5007-1), `ß` as `ss`.
 */
export function titleSortKey(title: string): string {
  return title
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ISO text of a date for sorting, or the no-date value. */
function dateSortValue(date: PartialDate | null | undefined): string {
  return date ? date.iso : NO_DATE_SORT_VALUE;
}

/** Leaves out empty lists and repeated values, keeps the order. */
function compactFilters(
  filters: Partial<Record<SearchFilterKey, readonly string[]>>,
): Partial<Record<SearchFilterKey, readonly string[]>> {
  const out: Partial<Record<SearchFilterKey, readonly string[]>> = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = [...new Set(filters[key] ?? [])].filter((v) => v.trim() !== '');
    if (values.length > 0) out[key] = values;
  }
  return out;
}

/** Meta without empty values. */
function compactMeta(meta: Record<string, string | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) if (value) out[key] = value;
  return out;
}

/** A goal and all goals above it, as filter labels (a measure counts for each of them). */
function goalLabelsWithAncestors(ids: readonly string[], lookups: SearchLookups): string[] {
  const labels: string[] = [];
  for (const id of ids) {
    const goal = lookups.goalById.get(id);
    if (!goal) continue;
    for (const ancestorId of goal.ancestorIds) {
      const ancestor = lookups.goalById.get(ancestorId);
      if (ancestor) labels.push(goalLabel(ancestor));
    }
    labels.push(goalLabel(goal));
  }
  return labels;
}

/** Index fields of a measure page. */
export function measureSearchFields(m: Measure, lookups: SearchLookups): SearchFields {
  const lead = lookups.departmentById.get(m.leadDepartmentId);
  const area = m.productAreaId === null ? undefined : lookups.productAreaById.get(m.productAreaId);
  const stand = m.report?.date ?? null;
  return {
    meta: compactMeta({
      title: m.title,
      nr: m.id,
      typ: SEARCH_TEXT.pageKinds.measure,
      status: lookups.statusLabels[m.status],
      fachdienst: lead ? departmentLabel(lead) : m.leadDepartmentId,
      stand: stand ? formatPartialDate(stand) : null,
      verzoegert: m.delayed && m.end ? delayTagText(m.end) : null,
    }),
    filters: compactFilters({
      typ: [SEARCH_TEXT.pageKinds.measure],
      fachdienst: [lead ? departmentLabel(lead) : m.leadDepartmentId],
      // A measure that names no product area, Stadtteil or type is found through „ohne Angabe“.
      produktbereich: [area ? productAreaLabel(area) : UNSPECIFIED_LABEL],
      status: [lookups.statusLabels[m.status]],
      ziel: goalLabelsWithAncestors(m.goalIds, lookups),
      sdg: m.sdgs.map(sdgLabel),
      stadtteil: m.districts.length > 0 ? m.districts : [UNSPECIFIED_LABEL],
      art: [m.type ? MEASURE_TYPE_LABELS[m.type] : UNSPECIFIED_LABEL],
      zeitplan: m.delayed ? [DELAY_TEXT.tag] : [],
    }),
    sort: { stand: dateSortValue(stand), titel: titleSortKey(m.title) },
  };
}

/**
 * Index fields of a page that is not a measure (goal, department, product area): dated by the
 * publication, typed by its kind, with filters of its own.
 */
function ownerPageFields(
  kind: string,
  title: string,
  nr: string,
  lookups: SearchLookups,
  filters: Partial<Record<SearchFilterKey, readonly string[]>>,
): SearchFields {
  const stand = lookups.publicationDate;
  return {
    meta: compactMeta({ title, nr, typ: kind, stand: stand ? formatPartialDate(stand) : null }),
    filters: compactFilters({ ...filters, typ: [kind] }),
    sort: { stand: dateSortValue(stand), titel: titleSortKey(title) },
  };
}

/** Index fields of a goal page (it counts for itself and every goal above it). */
export function goalSearchFields(g: Goal, lookups: SearchLookups): SearchFields {
  const area = lookups.productAreaById.get(g.productAreaId);
  return ownerPageFields(SEARCH_TEXT.pageKinds.goal, g.title, g.id, lookups, {
    produktbereich: area ? [productAreaLabel(area)] : [],
    ziel: goalLabelsWithAncestors([g.id], lookups),
    sdg: g.sdgs.map(sdgLabel),
  });
}

/** Index fields of a department page. */
export function departmentSearchFields(d: Department, lookups: SearchLookups): SearchFields {
  return ownerPageFields(SEARCH_TEXT.pageKinds.department, d.name, d.id, lookups, {
    fachdienst: [departmentLabel(d)],
  });
}

/** Index fields of a product-area page. */
export function productAreaSearchFields(a: ProductArea, lookups: SearchLookups): SearchFields {
  return ownerPageFields(SEARCH_TEXT.pageKinds.productArea, a.name, String(a.id), lookups, {
    produktbereich: [productAreaLabel(a)],
  });
}

/**
 * Index fields of an indicator page: its product areas, its goals (with those above them), its
 * SDGs and its assessment; dated by the publication.
 */
export function indicatorSearchFields(i: Indicator, lookups: SearchLookups): SearchFields {
  const areas = i.productAreaIds
    .map((id) => lookups.productAreaById.get(id))
    .filter((a): a is ProductArea => a !== undefined);
  return ownerPageFields(SEARCH_TEXT.pageKinds.indicator, i.title, i.id, lookups, {
    produktbereich: areas.map(productAreaLabel),
    ziel: goalLabelsWithAncestors(i.goalIds, lookups),
    sdg: i.sdgs.map(sdgLabel),
    bewertung: [ASSESSMENT_LABELS[i.assessment.category]],
  });
}

/** One option of a search facet: a filter value and on how many pages it occurs. */
export interface FacetOption {
  readonly value: string;
  readonly count: number;
}

/** One search facet: a filter key and its options in display order. */
export interface Facet {
  readonly key: SearchFilterKey;
  readonly options: readonly FacetOption[];
  /** The options follow a given order (page kinds, statuses), not natural German order. */
  readonly fixedOrder: boolean;
}

/**
 * The facets of the search page from the fields of every indexed page: each filter key with its
 * values and their page counts, keys without values left out. Values follow `preferredOrder`
 * where given (page kinds, statuses), else natural German order (`2 …` before `10 …`), „ohne
 * Angabe“ last.
 */
export function collectFacets(
  pages: Iterable<SearchFields>,
  preferredOrder: Readonly<Partial<Record<SearchFilterKey, readonly string[]>>> = {},
): Facet[] {
  const counts = new Map<SearchFilterKey, Map<string, number>>();
  for (const page of pages) {
    for (const key of SEARCH_FILTER_KEYS) {
      for (const value of page.filters[key] ?? []) {
        let map = counts.get(key);
        if (!map) counts.set(key, (map = new Map()));
        map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
  }
  return SEARCH_FILTER_KEYS.flatMap((key) => {
    const map = counts.get(key);
    if (!map) return [];
    const order = preferredOrder[key] ?? [];
    const rank = (value: string) => {
      const i = order.indexOf(value);
      return i === -1 ? order.length : i;
    };
    const options = [...map]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => rank(a.value) - rank(b.value) || compareFacetValues(a.value, b.value));
    return [{ key, options, fixedOrder: preferredOrder[key] !== undefined }];
  });
}
