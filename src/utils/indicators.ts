/**
 * The indicators as the pages look them up, built once per build: by id, per goal (its own and,
 * with its sub-goals, all), per product area and per SDG, and the groups of `/kennzahlen/`.
 * Nothing is assessed here: the core's model holds the assessment.
 */
import type { Assessment, Indicator } from '../lib/schemas/indicator.ts';
import { getModelIndex } from './model-index.ts';
import { oncePerBuild } from './once-per-build.ts';
import { loadModelOnce } from './load-model.ts';
import { indexIndicators, type IndicatorIndex } from './indicator-groups.ts';
import { pageUrl } from './base.ts';
import { sdgIndicatorsQuery } from './search-fields.ts';

export * from './indicator-groups.ts';

/** The page that explains the method (`/so-bewerten-wir/`), at one of its sections. */
export const METHOD_PAGE = 'so-bewerten-wir';

/** Anchors of the method page's sections; `verzoegert` documents when a measure is delayed. */
export type MethodSection = 'kennzahlen' | 'verzoegert';

/** Address of the method page, at a section. */
export function methodUrl(section: MethodSection = 'kennzahlen'): string {
  return `${pageUrl(METHOD_PAGE)}#${section}`;
}

/** The search page listing all indicators of an SDG (filters „Kennzahl“ and the SDG, no query). */
export function sdgIndicatorsSearchUrl(sdg: number): string {
  return `${pageUrl('suche')}?${sdgIndicatorsQuery(sdg)}`;
}

/** Address of the method page at the row that explains one assessment category. */
export function assessmentUrl(category: Assessment): string {
  return `${pageUrl(METHOD_PAGE)}#bewertung-${category}`;
}

/** Address of an indicator's page. */
export function indicatorUrl(indicator: Pick<Indicator, 'slug'>): string {
  return pageUrl('kennzahlen', indicator.slug);
}

/** The file name of an indicator's CSV file, beside its page: `/kennzahlen/<slug>/werte.csv`. */
export const INDICATOR_CSV_FILE = 'werte.csv';

/** The lookups, built on the first call (per call in `astro dev`, so edits show). */
export const getIndicatorIndex: () => Promise<IndicatorIndex> = oncePerBuild(async () => {
  const [{ model }, index] = await Promise.all([loadModelOnce(), getModelIndex()]);
  return indexIndicators(model.indicators ?? [], index.goals);
});
