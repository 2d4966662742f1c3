/**
 * The files of `/daten/`, each as its bytes and media type: one source for the build script,
 * which writes them beside Astro's pages, and for the site's route (`astro dev`, `astro build`
 * by hand).
 */
import type { Department } from '../../schemas/department.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Measure } from '../../schemas/measure.ts';
import type { PublicationInfo } from '../../schemas/model.ts';
import type { Settings } from '../../schemas/settings.ts';
import { startOfPartialDate } from '../../input/cells/date.ts';
import { OPEN_DATA_TEXT, SPREADSHEET_HEADERS, SPREADSHEET_SHEET_NAMES } from '../../i18n/de.ts';
import { OPEN_DATA_FILES, attributionText, dcatInput, type OpenDataFile } from './catalogue.ts';
import {
  DEPARTMENT_COLUMNS,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  INDICATOR_VALUE_COLUMNS,
  MEASURE_COLUMNS,
  indicatorValueRows,
  type OpenDataContext,
} from './columns.ts';
import { dcatCatalog } from './dcat.ts';
import {
  indicatorsJson,
  indicatorsJsonSchema,
  measuresJson,
  measuresJsonSchema,
  toCsv,
  type JsonMeta,
} from './serialise.ts';
import { spreadsheetTable, toXlsx, type SpreadsheetTable } from './xlsx.ts';

/** What the files are made of: the records in the site's order and the addresses to link. */
export interface OpenDataSource {
  /** All measures, by number. */
  readonly measures: readonly Measure[];
  /** All goals, in tree order. */
  readonly goals: readonly Goal[];
  /** All departments, by number. */
  readonly departments: readonly Department[];
  /** All indicators, by number. */
  readonly indicators: readonly Indicator[];
  readonly settings: Settings;
  /** The site's name (`siteTitle` from the settings, else `ISEK <city>`). */
  readonly siteTitle: string;
  readonly info: Pick<PublicationInfo, 'publicationDate' | 'session'>;
  /** Page addresses and „zuletzt geändert“ per measure, for the rows. */
  readonly ctx: OpenDataContext;
  /** Public address of a file below `/daten/`. */
  readonly fileHref: (file: OpenDataFile) => string;
  /** Public address of `/daten/`. */
  readonly landingPage: string;
  /** Public address of the home page. */
  readonly homepage: string;
}

/** One file: its content and its media type (the dev server's `Content-Type`). */
export interface OpenDataFileContent {
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly contentType: string;
}

/** The files' media types (RFC 4180 registers `header=present` for CSV). */
export const OPEN_DATA_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Stand, Sitzung, licence and attribution, as the JSON files and `/daten/` state them. */
export function openDataMeta(source: Pick<OpenDataSource, 'info' | 'settings' | 'siteTitle'>): JsonMeta {
  return {
    stand: source.info.publicationDate?.iso ?? null,
    session: source.info.session,
    licence: source.settings.licence,
    attribution: attributionText(source.settings, source.siteTitle),
  };
}

/** A JSON document as written to a file: indented, with a final line break. */
const prettyJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function workbook(source: OpenDataSource, tables: readonly SpreadsheetTable<unknown>[]): OpenDataFileContent {
  const date = source.info.publicationDate;
  return {
    body: toXlsx(tables, source.ctx, date ? startOfPartialDate(date) : null),
    contentType: OPEN_DATA_MEDIA_TYPES.xlsx,
  };
}

const csv = (body: string): OpenDataFileContent => ({ body, contentType: OPEN_DATA_MEDIA_TYPES.csv });
const json = (body: string): OpenDataFileContent => ({ body, contentType: OPEN_DATA_MEDIA_TYPES.json });

/** How each file is made. */
const RENDERERS: { readonly [F in OpenDataFile]: (source: OpenDataSource) => OpenDataFileContent } = {
  measuresCsv: (s) => csv(toCsv(MEASURE_COLUMNS, s.measures, s.ctx)),
  goalsCsv: (s) => csv(toCsv(GOAL_COLUMNS, s.goals, s.ctx)),
  departmentsCsv: (s) => csv(toCsv(DEPARTMENT_COLUMNS, s.departments, s.ctx)),
  indicatorsCsv: (s) => csv(toCsv(INDICATOR_COLUMNS, s.indicators, s.ctx)),
  indicatorValuesCsv: (s) => csv(toCsv(INDICATOR_VALUE_COLUMNS, indicatorValueRows(s.indicators), s.ctx)),
  measuresXlsx: (s) =>
    workbook(s, [
      spreadsheetTable({
        name: SPREADSHEET_SHEET_NAMES.measures,
        columns: MEASURE_COLUMNS,
        items: s.measures,
        headers: SPREADSHEET_HEADERS.measures,
      }),
    ]),
  goalsXlsx: (s) =>
    workbook(s, [
      spreadsheetTable({
        name: SPREADSHEET_SHEET_NAMES.goals,
        columns: GOAL_COLUMNS,
        items: s.goals,
        headers: SPREADSHEET_HEADERS.goals,
      }),
    ]),
  departmentsXlsx: (s) =>
    workbook(s, [
      spreadsheetTable({
        name: SPREADSHEET_SHEET_NAMES.departments,
        columns: DEPARTMENT_COLUMNS,
        items: s.departments,
        headers: SPREADSHEET_HEADERS.departments,
      }),
    ]),
  indicatorsXlsx: (s) =>
    workbook(s, [
      spreadsheetTable({
        name: SPREADSHEET_SHEET_NAMES.indicators,
        columns: INDICATOR_COLUMNS,
        items: s.indicators,
        headers: SPREADSHEET_HEADERS.indicators,
      }),
      spreadsheetTable({
        name: SPREADSHEET_SHEET_NAMES.indicatorValues,
        columns: INDICATOR_VALUE_COLUMNS,
        items: indicatorValueRows(s.indicators),
        headers: SPREADSHEET_HEADERS.indicatorValues,
      }),
    ]),
  measuresJson: (s) => json(JSON.stringify(measuresJson(s.measures, openDataMeta(s), s.ctx))),
  indicatorsJson: (s) => json(JSON.stringify(indicatorsJson(s.indicators, openDataMeta(s), s.ctx))),
  measuresSchema: (s) => json(prettyJson(measuresJsonSchema(OPEN_DATA_TEXT.datasets.measures.title(s.settings.city)))),
  indicatorsSchema: (s) =>
    json(prettyJson(indicatorsJsonSchema(OPEN_DATA_TEXT.datasets.indicators.title(s.settings.city)))),
  dcat: (s) => ({
    body: prettyJson(
      dcatCatalog(
        dcatInput({
          settings: s.settings,
          siteTitle: s.siteTitle,
          stand: openDataMeta(s).stand,
          fileHref: s.fileHref,
          landingPage: s.landingPage,
          homepage: s.homepage,
          withIndicators: s.indicators.length > 0,
        }),
      ),
    ),
    contentType: OPEN_DATA_MEDIA_TYPES.jsonld,
  }),
};

/** The file `file` of `/daten/` (its name: {@link OPEN_DATA_FILES}). */
export function renderOpenDataFile(file: OpenDataFile, source: OpenDataSource): OpenDataFileContent {
  return RENDERERS[file](source);
}

/** Every file of `/daten/`, by key. */
export const OPEN_DATA_FILE_KEYS = Object.keys(OPEN_DATA_FILES) as readonly OpenDataFile[];

/** The key of a file name (`massnahmen.csv` → `measuresCsv`), or `undefined`. */
export function openDataFileKey(name: string): OpenDataFile | undefined {
  return OPEN_DATA_FILE_KEYS.find((key) => OPEN_DATA_FILES[key] === name);
}
