/**
 * Shared by `/daten/` and its file endpoints: the addresses of the open-data files and the
 * context the serialisers in `lib/output/open-data/` need, built once per build (in `astro dev` on every
 * call, so edited data shows: see `once-per-build.ts`).
 */
import { assetUrl, pageUrl } from './base.ts';
import { publicHref } from './public-url.ts';
import { getModelIndex, type ModelIndex } from './model-index.ts';
import { getPublicationChanges } from './changes.ts';
import { OPEN_DATA_FILES, attributionText, type OpenDataFile } from '../lib/output/open-data/catalogue.ts';
import type { OpenDataContext } from '../lib/output/open-data/columns.ts';
import type { JsonMeta } from '../lib/output/open-data/serialise.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Everything an open-data endpoint needs. */
export interface OpenDataSetup {
  readonly index: ModelIndex;
  readonly ctx: OpenDataContext;
  /** Public address of a file below `/daten/`. */
  readonly fileHref: (file: OpenDataFile) => string;
  /** Link to a file from the site's own pages (base-aware path). */
  readonly fileLink: (file: OpenDataFile) => string;
  /** Stand, Sitzung, licence and attribution for `massnahmen.json`. */
  readonly meta: JsonMeta;
}

async function setup(): Promise<OpenDataSetup> {
  const index = await getModelIndex();
  const { changedAt } = await getPublicationChanges();
  const { settings } = index;
  const fileLink = (file: OpenDataFile): string => assetUrl(`daten/${OPEN_DATA_FILES[file]}`);
  return {
    index,
    ctx: {
      pageHref: (section, slug) => publicHref(pageUrl(section, slug), settings.siteUrl),
      changedAt,
    },
    fileHref: (file) => publicHref(fileLink(file), settings.siteUrl),
    fileLink,
    meta: {
      stand: index.info.publicationDate?.iso ?? null,
      session: index.info.session,
      licence: settings.licence,
      attribution: attributionText(settings, index.siteTitle),
    },
  };
}

/** The shared setup (see {@link OpenDataSetup}). */
export const getOpenDataSetup: () => Promise<OpenDataSetup> = oncePerBuild(setup);

/** Response headers of a CSV file (RFC 4180 registers `header=present`). */
export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8; header=present' } as const;
/** Response headers of a JSON file. */
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' } as const;

/** Response headers of an `.xlsx` workbook. */
export const XLSX_HEADERS = {
  'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
