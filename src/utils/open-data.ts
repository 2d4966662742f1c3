/**
 * Shared by `/daten/` and its files' routes: the source the files are made of and the links to
 * them, built once per build (in `astro dev` on every call, so edited data shows: see
 * `once-per-build.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetUrl } from './base.ts';
import { getModelIndex, type ModelIndex } from './model-index.ts';
import { getIndicatorIndex } from './indicators.ts';
import { getPublicationChanges } from './changes.ts';
import { OPEN_DATA_BY_BUILD_SCRIPT_ENV, openDataPath, openDataSource } from './open-data-source.ts';
import { OPEN_DATA_FILES, type OpenDataFile } from '../lib/output/open-data/catalogue.ts';
import {
  OPEN_DATA_FILE_KEYS,
  openDataMeta,
  renderOpenDataFile,
  type OpenDataSource,
} from '../lib/output/open-data/files.ts';
import type { JsonMeta } from '../lib/output/open-data/serialise.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Everything `/daten/` and the files' route need. */
export interface OpenDataSetup {
  readonly index: ModelIndex;
  /** What the files are made of. */
  readonly source: OpenDataSource;
  /** Link to a file from the site's own pages (base-aware path). */
  readonly fileLink: (file: OpenDataFile) => string;
  /** Stand, Sitzung, licence and attribution. */
  readonly meta: JsonMeta;
}

async function setup(): Promise<OpenDataSetup> {
  const [index, { indicators }, { changedAt }] = await Promise.all([
    getModelIndex(),
    getIndicatorIndex(),
    getPublicationChanges(),
  ]);
  const source = openDataSource({ ...index, indicators, changedAt }, import.meta.env.BASE_URL);
  return { index, source, fileLink: (file) => assetUrl(openDataPath(file)), meta: openDataMeta(source) };
}

/** The shared setup (see {@link OpenDataSetup}). */
export const getOpenDataSetup: () => Promise<OpenDataSetup> = oncePerBuild(setup);

/**
 * The route of the files with one extension (`src/pages/daten/[name].<extension>.ts`): one route
 * per extension, because Astro serves a route without a trailing slash only when its pattern
 * ends in a literal extension. With the build script's `ISEK_OPEN_DATA_BY_BUILD_SCRIPT` it
 * generates nothing (the build script writes the files); `astro dev` and `astro build` by hand
 * get them from here.
 */
export function openDataRoute(extension: 'csv' | 'json' | 'jsonld' | 'xlsx') {
  const suffix = `.${extension}`;
  const keys = OPEN_DATA_FILE_KEYS.filter((key) => OPEN_DATA_FILES[key].endsWith(suffix));
  const getStaticPaths = (() =>
    process.env[OPEN_DATA_BY_BUILD_SCRIPT_ENV] === '1'
      ? []
      : keys.map((key) => ({
          params: { name: OPEN_DATA_FILES[key].slice(0, -suffix.length) },
          props: { key },
        }))) satisfies GetStaticPaths;
  const GET: APIRoute<{ key: OpenDataFile }> = async ({ props }) => {
    const { body, contentType } = renderOpenDataFile(props.key, (await getOpenDataSetup()).source);
    return new Response(body, { headers: { 'Content-Type': contentType } });
  };
  return { getStaticPaths, GET };
}
