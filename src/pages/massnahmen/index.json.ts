/**
 * `/massnahmen/index.json`: every measure with what the overview's filters need (see
 * `utils/measure-overview-data.ts`). Fetched by `scripts/measure-filter.ts` after the page has
 * loaded, so it is not part of the page's first load.
 */
import type { APIRoute } from 'astro';
import { getOverviewData } from '../../utils/measure-overview.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getOverviewData()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
