/**
 * The measure overview's data file, built once per build (`measure-overview-data.ts`) and shared
 * by the endpoint `/massnahmen/index.json` and the overview's pages (which name its filter keys).
 */
import type { OverviewData } from '../client/measure-filter-core.ts';
import { getModelIndex } from './model-index.ts';
import { searchLookups } from './search-fields.ts';
import { pageUrl } from './base.ts';
import { overviewData } from './measure-overview-data.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The data of every measure for the overview's filters; in `astro dev` fresh per request. */
export const getOverviewData: () => Promise<OverviewData> = oncePerBuild(build);

async function build(): Promise<OverviewData> {
  const index = await getModelIndex();
  return overviewData(index.measures, searchLookups(index), pageUrl());
}
