/**
 * The open-data files of the site (names under `/daten/`) and the metadata that describes them,
 * assembled from the settings. Shared by `/daten/` and the file endpoints.
 */
import type { Settings } from '../../schemas/settings.ts';
import { OPEN_DATA_TEXT } from '../../i18n/de.ts';
import type { DcatInput } from './dcat.ts';

/** The files below `/daten/`. */
export const OPEN_DATA_FILES = {
  measuresCsv: 'massnahmen.csv',
  goalsCsv: 'ziele.csv',
  departmentsCsv: 'fachdienste.csv',
  measuresXlsx: 'massnahmen.xlsx',
  goalsXlsx: 'ziele.xlsx',
  departmentsXlsx: 'fachdienste.xlsx',
  measuresJson: 'massnahmen.json',
  measuresSchema: 'massnahmen.schema.json',
  indicatorsCsv: 'kennzahlen.csv',
  indicatorValuesCsv: 'kennzahlwerte.csv',
  indicatorsXlsx: 'kennzahlen.xlsx',
  indicatorsJson: 'kennzahlen.json',
  indicatorsSchema: 'kennzahlen.schema.json',
  dcat: 'dcat.jsonld',
} as const;

/** The key of one file. */
export type OpenDataFile = keyof typeof OPEN_DATA_FILES;

/** The attribution the licence asks for: `Quelle: Stadt Neumünster, ISEK Neumünster`. */
export function attributionText(settings: Pick<Settings, 'office'>, siteTitle: string): string {
  return OPEN_DATA_TEXT.attribution(settings.office.organisation, siteTitle);
}

/** The files of the indicators, offered only when the data has indicators. */
export const INDICATOR_FILES: readonly OpenDataFile[] = [
  'indicatorsCsv',
  'indicatorValuesCsv',
  'indicatorsXlsx',
  'indicatorsJson',
  'indicatorsSchema',
];

/** The DCAT-AP.de description of the datasets (the indicators' only when there are any). */
export function dcatInput(options: {
  readonly settings: Pick<Settings, 'city' | 'office' | 'licence' | 'municipalityKey'>;
  readonly siteTitle: string;
  /** ISO Stand, or `null`. */
  readonly stand: string | null;
  /** Address of a file below `/daten/`. */
  readonly fileHref: (file: OpenDataFile) => string;
  /** Address of `/daten/`. */
  readonly landingPage: string;
  /** Address of the home page. */
  readonly homepage: string;
  /** Whether the data has indicators (then their dataset is described too). */
  readonly withIndicators?: boolean;
}): DcatInput {
  const { settings, siteTitle, fileHref } = options;
  const T = OPEN_DATA_TEXT;
  const csv = (file: OpenDataFile) => ({
    title: T.distributionCsv(OPEN_DATA_FILES[file]),
    url: fileHref(file),
    format: 'CSV' as const,
  });
  const xlsx = (file: OpenDataFile) => ({
    title: T.distributionXlsx(OPEN_DATA_FILES[file]),
    url: fileHref(file),
    format: 'XLSX' as const,
  });
  return {
    catalog: { title: T.catalogTitle(siteTitle), description: T.catalogDescription(settings.city) },
    landingPage: options.landingPage,
    homepage: options.homepage,
    publisher: settings.office.organisation,
    contact: { name: settings.office.name, email: settings.office.email },
    licence: settings.licence,
    attribution: attributionText(settings, siteTitle),
    municipalityKey: settings.municipalityKey,
    modified: options.stand,
    keywords: T.keywords,
    datasets: [
      {
        key: 'massnahmen',
        title: T.datasets.measures.title(settings.city),
        description: T.datasets.measures.description,
        distributions: [
          csv('measuresCsv'),
          xlsx('measuresXlsx'),
          {
            title: T.distributionJson(OPEN_DATA_FILES.measuresJson),
            url: fileHref('measuresJson'),
            format: 'JSON',
            conformsTo: fileHref('measuresSchema'),
          },
        ],
      },
      {
        key: 'ziele',
        title: T.datasets.goals.title(settings.city),
        description: T.datasets.goals.description,
        distributions: [csv('goalsCsv'), xlsx('goalsXlsx')],
      },
      {
        key: 'fachdienste',
        title: T.datasets.departments.title(settings.city),
        description: T.datasets.departments.description,
        distributions: [csv('departmentsCsv'), xlsx('departmentsXlsx')],
      },
      ...(options.withIndicators
        ? [
            {
              key: 'kennzahlen',
              title: T.datasets.indicators.title(settings.city),
              description: T.datasets.indicators.description,
              distributions: [
                csv('indicatorsCsv'),
                csv('indicatorValuesCsv'),
                xlsx('indicatorsXlsx'),
                {
                  title: T.distributionJson(OPEN_DATA_FILES.indicatorsJson),
                  url: fileHref('indicatorsJson'),
                  format: 'JSON' as const,
                  conformsTo: fileHref('indicatorsSchema'),
                },
              ],
            },
          ]
        : []),
    ],
  };
}
