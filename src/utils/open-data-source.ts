/**
 * What the open-data files are made of (`lib/output/open-data/files.ts`), assembled the same way
 * for the site's route and for the build script, which writes the files while Astro renders the
 * pages. Pure: the base path is passed in, not read from `import.meta.env`.
 */
import type { Department } from '../lib/schemas/department.ts';
import type { Goal } from '../lib/schemas/goal.ts';
import type { Indicator } from '../lib/schemas/indicator.ts';
import type { Measure } from '../lib/schemas/measure.ts';
import type { PublicationInfo } from '../lib/schemas/model.ts';
import type { ProductArea } from '../lib/schemas/product-area.ts';
import type { Settings } from '../lib/schemas/settings.ts';
import { OPEN_DATA_FILES, type OpenDataFile } from '../lib/output/open-data/catalogue.ts';
import type { OpenDataSource } from '../lib/output/open-data/files.ts';
import { siteTitleOf } from '../lib/input/settings/site-title.ts';
import { assetPath, pagePath } from './base-path.ts';
import { publicHref } from './public-url.ts';
import { byNumber, inSiteOrder } from './site-order.ts';

/**
 * Set by the build script for the Astro process: the build script writes `/daten/`'s files
 * itself, in its own process while Astro renders the pages, so the route generates none.
 */
export const OPEN_DATA_BY_BUILD_SCRIPT_ENV = 'ISEK_OPEN_DATA_BY_BUILD_SCRIPT';

/** The path of a file below `/daten/`, relative to the site's root (`daten/massnahmen.csv`). */
export function openDataPath(file: OpenDataFile): string {
  return `daten/${OPEN_DATA_FILES[file]}`;
}

/** The records (in any order) and the publication's facts the files state. */
export interface OpenDataRecords {
  readonly measures: readonly Measure[];
  readonly goals: readonly Goal[];
  readonly departments: readonly Department[];
  readonly productAreas: readonly ProductArea[];
  readonly indicators: readonly Indicator[];
  readonly settings: Settings;
  readonly info: Pick<PublicationInfo, 'publicationDate' | 'session'>;
  /** Measure Nr. → ISO Stand of its last change. */
  readonly changedAt: Readonly<Record<string, string>>;
}

/** The source of the files for a site built under `base`, records in the site's order. */
export function openDataSource(records: OpenDataRecords, base: string): OpenDataSource {
  const { settings } = records;
  const ordered = inSiteOrder(records);
  const page = (...segments: string[]): string => publicHref(pagePath(base, ...segments), settings.siteUrl);
  return {
    measures: ordered.measures,
    goals: ordered.goals,
    departments: ordered.departments,
    indicators: byNumber(records.indicators),
    settings,
    siteTitle: siteTitleOf(settings),
    info: records.info,
    ctx: { pageHref: (section, slug) => page(section, slug), changedAt: records.changedAt },
    fileHref: (file) => publicHref(assetPath(base, openDataPath(file)), settings.siteUrl),
    landingPage: page('daten'),
    homepage: page(),
  };
}
