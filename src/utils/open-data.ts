/**
 * Shared by `/daten/` and its files' route: the source the files are made of and the links to
 * them, built once per build (in `astro dev` on every call, so edited data shows: see
 * `once-per-build.ts`).
 */
import { assetUrl } from './base.ts';
import { getModelIndex, type ModelIndex } from './model-index.ts';
import { getIndicatorIndex } from './indicators.ts';
import { getPublicationChanges } from './changes.ts';
import { openDataPath, openDataSource } from './open-data-source.ts';
import type { OpenDataFile } from '../lib/output/open-data/catalogue.ts';
import { openDataMeta, type OpenDataSource } from '../lib/output/open-data/files.ts';
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
