/** `/daten/kennzahlen.schema.json`: the JSON Schema (draft 2020-12) of `kennzahlen.json`. */
import type { APIRoute } from 'astro';
import { JSON_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { indicatorsJsonSchema } from '../../lib/output/open-data/serialise.ts';
import { OPEN_DATA_TEXT } from '../../lib/i18n/de.ts';

export const GET: APIRoute = async () => {
  const { index } = await getOpenDataSetup();
  const schema = indicatorsJsonSchema(OPEN_DATA_TEXT.datasets.indicators.title(index.settings.city));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: JSON_HEADERS });
};
