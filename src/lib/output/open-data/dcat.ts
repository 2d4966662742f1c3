/**
 * DCAT-AP.de metadata of the open data as JSON-LD (`/daten/dcat.jsonld`): one `dcat:Catalog`
 * with three `dcat:Dataset`s (measures, goals, departments), each with its distributions.
 *
 * What DCAT-AP.de asks for and this gives: title, description, publisher and contact point of
 * each dataset; per distribution an access URL (plus download URL), media type and format from
 * the EU vocabularies, the licence as a DCAT-AP.de licence URI (`dct:license`, configurable in
 * the settings) and the attribution text (`dcatde:licenseAttributionByText`, which the
 * "Namensnennung" licences need), and where the data belong: the municipality by its
 * Amtlicher Gemeindeschlüssel (`dcatde:politicalGeocodingURI`, level `municipality`; from the
 * settings, left out when they hold none). Not given: a GovData contributor id, which GovData
 * assigns to the portal that delivers the metadata, not to the city.
 *
 * Addresses are absolute with `siteUrl`; without it they are relative to the server root, which
 * JSON-LD resolves against the document's own address.
 */

/** What the metadata needs. */
export interface DcatInput {
  readonly catalog: { readonly title: string; readonly description: string };
  /** Address of `/daten/` (the catalogue's page). */
  readonly landingPage: string;
  /** Address of the home page. */
  readonly homepage: string;
  readonly publisher: string;
  readonly contact: { readonly name: string; readonly email: string };
  readonly licence: { readonly name: string; readonly url: string; readonly uri: string };
  readonly attribution: string;
  /** Amtlicher Gemeindeschlüssel (8 digits), or `null`. */
  readonly municipalityKey: string | null;
  /** ISO Stand of the data (day, month or year), or `null`. */
  readonly modified: string | null;
  readonly keywords: readonly string[];
  readonly datasets: readonly DcatDataset[];
}

/** One dataset. */
export interface DcatDataset {
  /** Short key, also the fragment of its id (`…/daten/#massnahmen`). */
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly distributions: readonly DcatDistribution[];
}

/** One file of a dataset. */
export interface DcatDistribution {
  readonly title: string;
  /** Address of the file. */
  readonly url: string;
  /** `CSV` or `JSON`. */
  readonly format: 'CSV' | 'JSON' | 'XLSX';
  /** Address of the schema the file conforms to (the JSON Schema), if any. */
  readonly conformsTo?: string;
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const MEDIA_TYPES = {
  CSV: 'https://www.iana.org/assignments/media-types/text/csv',
  JSON: 'https://www.iana.org/assignments/media-types/application/json',
  XLSX: 'https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const FILE_TYPES = {
  CSV: 'http://publications.europa.eu/resource/authority/file-type/CSV',
  JSON: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  XLSX: 'http://publications.europa.eu/resource/authority/file-type/XLSX',
} as const;

/** EU data theme "Regierung und öffentlicher Sektor". */
const THEME = 'http://publications.europa.eu/resource/authority/data-theme/GOVE';
const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/DEU';
/** DCAT-AP.de vocabularies of the political geocoding. */
const MUNICIPALITY_KEY = 'http://dcat-ap.de/def/politicalGeocoding/municipalityKey/';
const MUNICIPALITY_LEVEL = 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality';

const de = (value: string) => ({ '@value': value, '@language': 'de' });
const ref = (id: string) => ({ '@id': id });

/**
 * A partial ISO date typed by its precision (`xsd:date`, `xsd:gYearMonth`, `xsd:gYear`). XML
 * Schema has no quarter, so a quarter (`2026-Q3`) is given as its year: less precise, never wrong.
 */
export function typedDate(iso: string): { '@value': string; '@type': string } {
  if (iso.includes('Q')) return { '@value': iso.slice(0, 4), '@type': 'xsd:gYear' };
  const type = iso.length === 4 ? 'xsd:gYear' : iso.length === 7 ? 'xsd:gYearMonth' : 'xsd:date';
  return { '@value': iso, '@type': type };
}

/** The catalogue as a JSON-LD document. */
export function dcatCatalog(input: DcatInput): Record<string, unknown> {
  const publisher = { '@type': 'foaf:Organization', 'foaf:name': input.publisher };
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': input.contact.name,
    'vcard:hasEmail': ref(`mailto:${input.contact.email}`),
  };
  const modified = input.modified ? { 'dct:modified': typedDate(input.modified) } : {};
  const geocoding = input.municipalityKey
    ? {
        'dcatde:politicalGeocodingURI': ref(`${MUNICIPALITY_KEY}${input.municipalityKey}`),
        'dcatde:politicalGeocodingLevelURI': ref(MUNICIPALITY_LEVEL),
      }
    : {};
  return {
    '@context': CONTEXT,
    '@id': input.landingPage,
    '@type': 'dcat:Catalog',
    'dct:title': de(input.catalog.title),
    'dct:description': de(input.catalog.description),
    'dct:publisher': publisher,
    'dct:language': ref(LANGUAGE),
    'foaf:homepage': ref(input.homepage),
    ...modified,
    'dcat:dataset': input.datasets.map((d) => ({
      '@id': `${input.landingPage}#${d.key}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${input.landingPage}#${d.key}`,
      'dct:title': de(d.title),
      'dct:description': de(d.description),
      'dct:publisher': publisher,
      'dcat:contactPoint': contact,
      'dcat:keyword': input.keywords.map(de),
      'dcat:theme': ref(THEME),
      'dct:language': ref(LANGUAGE),
      'dcat:landingPage': ref(input.landingPage),
      ...geocoding,
      ...modified,
      'dcat:distribution': d.distributions.map((f) => ({
        '@id': f.url,
        '@type': 'dcat:Distribution',
        'dct:title': de(f.title),
        'dcat:accessURL': ref(f.url),
        'dcat:downloadURL': ref(f.url),
        'dcat:mediaType': ref(MEDIA_TYPES[f.format]),
        'dct:format': ref(FILE_TYPES[f.format]),
        'dct:license': ref(input.licence.uri),
        'dcatde:licenseAttributionByText': input.attribution,
        ...(f.conformsTo ? { 'dct:conformsTo': ref(f.conformsTo) } : {}),
        ...modified,
      })),
    })),
  };
}
