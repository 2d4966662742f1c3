/**
 * `/kennzahlen/<nr>/werte.csv`: the values of one indicator, in the columns of the open-data file
 * `kennzahlwerte.csv` (Kennzahl, Jahr, Stadtteil, Wert, Anmerkung).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Indicator } from '../../../lib/schemas/indicator.ts';
import { getIndicatorIndex } from '../../../utils/indicators.ts';
import { OPEN_DATA_MEDIA_TYPES } from '../../../lib/output/open-data/files.ts';
import { indicatorValuesCsv } from '../../../lib/output/indicators/values-csv.ts';

export const getStaticPaths = (async () => {
  const { indicators } = await getIndicatorIndex();
  return indicators.map((indicator) => ({ params: { slug: indicator.slug }, props: { indicator } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(indicatorValuesCsv([props.indicator]), { headers: { 'Content-Type': OPEN_DATA_MEDIA_TYPES.csv } });
