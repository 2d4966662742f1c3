/** `/daten/ziele.csv`: one row per published record (see `lib/output/open-data/` for the format). */
import type { APIRoute } from 'astro';
import { CSV_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { GOAL_COLUMNS } from '../../lib/output/open-data/columns.ts';
import { toCsv } from '../../lib/output/open-data/serialise.ts';

export const GET: APIRoute = async () => {
  const { index, ctx } = await getOpenDataSetup();
  return new Response(toCsv(GOAL_COLUMNS, index.goals, ctx), { headers: CSV_HEADERS });
};
