/** `/daten/kennzahlwerte.csv`: the indicators' values, one row per indicator, year and Stadtteil. */
import type { APIRoute } from 'astro';
import { CSV_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { getIndicatorIndex } from '../../utils/indicators.ts';
import { INDICATOR_VALUE_COLUMNS, indicatorValueRows } from '../../lib/output/open-data/columns.ts';
import { toCsv } from '../../lib/output/open-data/serialise.ts';

export const GET: APIRoute = async () => {
  const [{ ctx }, { indicators }] = await Promise.all([getOpenDataSetup(), getIndicatorIndex()]);
  return new Response(toCsv(INDICATOR_VALUE_COLUMNS, indicatorValueRows(indicators), ctx), { headers: CSV_HEADERS });
};
