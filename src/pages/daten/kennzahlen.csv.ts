/** `/daten/kennzahlen.csv`: one row per indicator, with its assessment (see `lib/output/open-data/`). */
import type { APIRoute } from 'astro';
import { CSV_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { getIndicatorIndex } from '../../utils/indicators.ts';
import { INDICATOR_COLUMNS } from '../../lib/output/open-data/columns.ts';
import { toCsv } from '../../lib/output/open-data/serialise.ts';

export const GET: APIRoute = async () => {
  const [{ ctx }, { indicators }] = await Promise.all([getOpenDataSetup(), getIndicatorIndex()]);
  return new Response(toCsv(INDICATOR_COLUMNS, indicators, ctx), { headers: CSV_HEADERS });
};
