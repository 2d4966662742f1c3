/**
 * `/daten/<file>`: the open-data files (CSV, JSON with JSON Schema, workbooks, DCAT-AP.de), made
 * by `lib/output/open-data/files.ts`. `npm run build` writes them in its own process while Astro
 * renders the pages (`src/build/open-data-files.ts`), so this route then generates none; it
 * serves them in `astro dev` and when Astro is run by hand.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_FILES, type OpenDataFile } from '../../lib/output/open-data/catalogue.ts';
import { OPEN_DATA_FILE_KEYS, renderOpenDataFile } from '../../lib/output/open-data/files.ts';
import { OPEN_DATA_BY_BUILD_SCRIPT_ENV } from '../../utils/open-data-source.ts';
import { getOpenDataSetup } from '../../utils/open-data.ts';

export const getStaticPaths = (() =>
  process.env[OPEN_DATA_BY_BUILD_SCRIPT_ENV] === '1'
    ? []
    : OPEN_DATA_FILE_KEYS.map((key) => ({
        params: { file: OPEN_DATA_FILES[key] },
        props: { key },
      }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: OpenDataFile }> = async ({ props }) => {
  const { body, contentType } = renderOpenDataFile(props.key, (await getOpenDataSetup()).source);
  return new Response(body, { headers: { 'Content-Type': contentType } });
};
