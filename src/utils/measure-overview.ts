/**
 * The measure overview's data file, built once per build (`measure-overview-data.ts`) and shared
 * by the endpoint `/massnahmen/index.json` and the overview's pages (which name its filter keys).
 */
import type { OverviewData } from '../scripts/measure-filter-core.ts';
import { getModelIndex } from './model-index.ts';
import { searchLookups } from './search-fields.ts';
import { pageUrl } from './base.ts';
import { overviewData } from './measure-overview-data.ts';

let pending: Promise<OverviewData> | undefined;

/** The data of every measure for the overview's filters; in `astro dev` fresh per request. */
export function getOverviewData(): Promise<OverviewData> {
  if (import.meta.env.DEV) return build();
  pending ??= build();
  return pending;
}

async function build(): Promise<OverviewData> {
  const index = await getModelIndex();
  return overviewData(index.measures, searchLookups(index), pageUrl());
}
