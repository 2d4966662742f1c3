/** `/daten/massnahmen.json`: every measure under the key `massnahmen` (schema: `massnahmen.schema.json`). */
import type { APIRoute } from 'astro';
import { JSON_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { measuresJson } from '../../lib/output/open-data/serialise.ts';

export const GET: APIRoute = async () => {
  const { index, ctx, meta } = await getOpenDataSetup();
  return new Response(JSON.stringify(measuresJson(index.measures, meta, ctx)), { headers: JSON_HEADERS });
};
