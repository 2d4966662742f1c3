/** `/daten/kennzahlen.json`: every indicator with assessment and values (schema: `kennzahlen.schema.json`). */
import type { APIRoute } from 'astro';
import { JSON_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { getIndicatorIndex } from '../../utils/indicators.ts';
import { indicatorsJson } from '../../lib/output/open-data/serialise.ts';

export const GET: APIRoute = async () => {
  const [{ ctx, meta }, { indicators }] = await Promise.all([getOpenDataSetup(), getIndicatorIndex()]);
  return new Response(JSON.stringify(indicatorsJson(indicators, meta, ctx)), { headers: JSON_HEADERS });
};
