/**
 * The sheet kinds of the input contract (`../shared/workbook-format.md`): their names, their
 * columns, the aliases each column is known by, and which columns are required.
 *
 * This is the single source for the reader, the template writer, the sample-data generator and
 * the office's guide. The site settings may add header aliases on top (see `withExtraAliases`).
 * The help text of each column is German prose, so it lives with the strings (`COLUMN_HELP`).
 */
import { COLUMN_HELP as H } from '../../i18n/de.ts';

/** The kinds of sheet the build understands. */
export type SheetKind =
  'measures' | 'reports' | 'goals' | 'departments' | 'productAreas' | 'info' | 'indicators' | 'indicatorValues';

/** One column of a sheet kind. */
export interface ColumnSpec {
  /** Stable English key used in the code. */
  readonly key: string;
  /** The canonical German header, as the template writes it. */
  readonly header: string;
  /** Further accepted headers (matching is tolerant, see `header-match.ts`). */
  readonly aliases: readonly string[];
  /** A required column must exist; its cells must not be empty. */
  readonly required: boolean;
  /** Explanation for the template's `Erläuterungen` sheet and the guide. */
  readonly help: string;
}

/** One sheet kind. */
export interface SheetSpec {
  readonly kind: SheetKind;
  /** Canonical sheet name. */
  readonly name: string;
  /** Further accepted sheet names (matched tolerantly). */
  readonly nameAliases: readonly string[];
  /** Whether the data must contain exactly one sheet of this kind. */
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
  /**
   * Wide form: header cells that are a year (`2019`) become columns keyed `year:2019`. In a
   * sheet with year columns, the columns named here (the long form's `Jahr` and `Wert`) are not
   * required; a sheet with both is refused, since its values would be read twice.
   */
  readonly yearColumns?: { readonly replace: readonly string[] };
}

const column = (key: string, header: string, aliases: readonly string[], required: boolean, help: string): ColumnSpec =>
  Object.freeze({ key, header, aliases: Object.freeze([...aliases]), required, help });

/** The sheet `Maßnahmen`: one row per measure. */
export const MEASURES_SHEET: SheetSpec = {
  kind: 'measures',
  name: 'Maßnahmen',
  nameAliases: ['Massnahmen', 'Maßnahmenliste', 'Maßnahme'],
  required: true,
  columns: [
    column('id', 'Nr.', ['Nummer', 'Maßnahmen-Nr.', 'ID'], true, H.measures.id),
    column('title', 'Titel', ['Maßnahme', 'Bezeichnung'], true, H.measures.title),
    column('summary', 'Kurzbeschreibung', ['Beschreibung'], false, H.measures.summary),
    column('type', 'Art', ['Typ'], false, H.measures.type),
    column('goals', 'Ziele', ['Ziel', 'Ziel-Nr.'], false, H.measures.goals),
    column('leadDepartment', 'Fachdienst', ['federführender Fachdienst', 'FD'], true, H.measures.leadDepartment),
    column(
      'participatingDepartments',
      'Beteiligte Fachdienste',
      ['beteiligt'],
      false,
      H.measures.participatingDepartments,
    ),
    column('productArea', 'Produktbereich', ['PB'], false, H.measures.productArea),
    column('product', 'Produkt', ['Produkt-Nr.'], false, H.measures.product),
    column('status', 'Status', ['Umsetzungsstand'], true, H.measures.status),
    column('progress', 'Fortschritt', ['Fortschritt in %', 'Umsetzungsgrad'], false, H.measures.progress),
    column('start', 'Beginn', ['Start'], false, H.measures.start),
    column('end', 'Ende', ['geplantes Ende', 'Fertigstellung'], false, H.measures.end),
    column('costs', 'Kosten', ['Gesamtkosten', 'Budget', 'Haushaltsmittel'], false, H.measures.costs),
    column('funding', 'Fördermittel', ['Förderung'], false, H.measures.funding),
    column('decisionBody', 'Beschlussgremium', ['Gremium'], false, H.measures.decisionBody),
    column('decisionDate', 'Beschlussdatum', ['Beschluss vom'], false, H.measures.decisionDate),
    column('paper', 'Vorlage', ['Drucksache', 'Vorlagen-Nr.'], false, H.measures.paper),
    column('link', 'Link', ['Ratsinfo', 'URL'], false, H.measures.link),
    column('districts', 'Stadtteil', ['Ortsteil'], false, H.measures.districts),
    column('location', 'Lage', ['Koordinaten', 'Geokoordinaten'], false, H.measures.location),
    column('latitude', 'Breite', ['Breitengrad', 'Latitude', 'Lat'], false, H.measures.latitude),
    column('longitude', 'Länge', ['Längengrad', 'Longitude', 'Lon'], false, H.measures.longitude),
    column('sdgs', 'SDG', ['SDGs'], false, H.measures.sdgs),
    column(
      'keywords',
      'Schlagworte',
      ['Schlagwörter', 'Stichworte', 'Stichwörter', 'Suchbegriffe'],
      false,
      H.measures.keywords,
    ),
    column('report', 'Statusbericht', ['Sachstand', 'Bericht'], false, H.measures.report),
    column('reportDate', 'Stand', ['Stand des Berichts', 'Datum'], false, H.measures.reportDate),
  ],
};

/** The optional sheet `Statusberichte`: the report history. */
export const REPORTS_SHEET: SheetSpec = {
  kind: 'reports',
  name: 'Statusberichte',
  nameAliases: ['Statusbericht', 'Berichte', 'Sachstände', 'Berichtshistorie'],
  required: false,
  columns: [
    column('measureId', 'Nr.', ['Maßnahmen-Nr.'], true, H.reports.measureId),
    column('date', 'Datum', ['Stand'], true, H.reports.date),
    column('text', 'Bericht', ['Statusbericht', 'Sachstand'], true, H.reports.text),
  ],
};

/** The sheet `Ziele`: the goal system. */
export const GOALS_SHEET: SheetSpec = {
  kind: 'goals',
  name: 'Ziele',
  nameAliases: ['Zielsystem', 'Ziel'],
  required: true,
  columns: [
    column('id', 'Ziel-Nr.', ['Nr.', 'ID'], true, H.goals.id),
    column('title', 'Titel', ['Ziel', 'Bezeichnung'], true, H.goals.title),
    column('description', 'Beschreibung', ['Erläuterung'], false, H.goals.description),
    column('parent', 'Übergeordnetes Ziel', ['Oberziel', 'Parent'], false, H.goals.parent),
    column('productArea', 'Produktbereich', ['PB'], false, H.goals.productArea),
    column('productGroup', 'Produktgruppe', ['PG'], false, H.goals.productGroup),
    column('sdgs', 'SDG', ['SDGs'], false, H.goals.sdgs),
    column('source', 'Quelle', ['Quellen'], false, H.goals.source),
    column('focus', 'Im Fokus', ['Fokus', 'Schwerpunkt'], false, H.goals.focus),
  ],
};

/** The sheet `Fachdienste`: the departments. */
export const DEPARTMENTS_SHEET: SheetSpec = {
  kind: 'departments',
  name: 'Fachdienste',
  nameAliases: ['Fachdienst', 'Organisationseinheiten'],
  required: true,
  columns: [
    column('id', 'Nr.', ['Nummer', 'Kürzel'], true, H.departments.id),
    column('name', 'Bezeichnung', ['Name', 'Fachdienst'], true, H.departments.name),
    column('division', 'Fachbereich', ['Dezernat'], false, H.departments.division),
    column('email', 'E-Mail', ['Mail'], false, H.departments.email),
    column('phone', 'Telefon', ['Tel.'], false, H.departments.phone),
    column('website', 'Webseite', ['URL'], false, H.departments.website),
  ],
};

/** The optional sheet `Produktbereiche`. */
export const PRODUCT_AREAS_SHEET: SheetSpec = {
  kind: 'productAreas',
  name: 'Produktbereiche',
  nameAliases: ['Produktbereich'],
  required: false,
  columns: [
    column('id', 'Nr.', ['Nummer'], true, H.productAreas.id),
    column('name', 'Bezeichnung', ['Name'], true, H.productAreas.name),
    column('description', 'Beschreibung', [], false, H.productAreas.description),
  ],
};

/** The optional sheet `Info`: key/value rows (`Stand`, `Sitzung`, `Doppelhaushalt`). */
export const INFO_SHEET: SheetSpec = {
  kind: 'info',
  name: 'Info',
  nameAliases: ['Informationen', 'Metadaten'],
  required: false,
  columns: [
    column('key', 'Angabe', ['Schlüssel', 'Feld'], false, H.info.key),
    column('value', 'Wert', [], false, H.info.value),
  ],
};

/** The optional sheet `Kennzahlen`: the indicators that measure goal achievement. */
export const INDICATORS_SHEET: SheetSpec = {
  kind: 'indicators',
  name: 'Kennzahlen',
  nameAliases: ['Kennzahl', 'Indikatoren', 'Indikator'],
  required: false,
  columns: [
    column(
      'id',
      'Kennzahl-Nr.',
      ['Nr.', 'ID', 'Indikator-Nr.'],
      true,
      'Eindeutige Nummer der Kennzahl, z. B. K-5.1. Sie ist auch die Adresse der Seite.',
    ),
    column(
      'title',
      'Titel',
      ['Kennzahl', 'Indikator', 'Bezeichnung'],
      true,
      'Name der Kennzahl, z. B. CO₂-Emissionen je Einwohnerin und Einwohner.',
    ),
    column(
      'goals',
      'Ziele',
      ['Ziel', 'Ziel-Nr.'],
      false,
      'Nummern der Ziele aus dem Blatt „Ziele“, die die Kennzahl misst, als Liste. Leer: Warnung.',
    ),
    column('unit', 'Einheit', ['Maßeinheit'], false, 'z. B. %, t CO₂ je Einw., Anzahl oder € je Einw.'),
    column(
      'direction',
      'Zielrichtung',
      ['Richtung', 'Trend'],
      true,
      'steigen (höher ist besser) oder sinken (niedriger ist besser).',
    ),
    column(
      'targetValue',
      'Zielwert',
      ['Soll', 'Sollwert'],
      false,
      'Der angestrebte Wert als Zahl, z. B. 4,0. Braucht ein Zieljahr.',
    ),
    column(
      'targetYear',
      'Zieljahr',
      ['Zielwert bis'],
      false,
      'Jahr (JJJJ), bis zu dem der Zielwert erreicht sein soll. Braucht einen Zielwert.',
    ),
    column(
      'baseYear',
      'Basisjahr',
      ['Ausgangsjahr'],
      false,
      'Jahr (JJJJ), von dem die Bewertung ausgeht. Leer: das erste Jahr mit einem Wert.',
    ),
    column(
      'description',
      'Beschreibung',
      ['Erläuterung', 'Berechnung'],
      false,
      'Was gezählt wird und wie, in einfachem Markdown.',
    ),
    column('source', 'Quelle', ['Quellen', 'Datenquelle'], false, 'Woher die Werte stammen, z. B. Statistikamt Nord.'),
    column(
      'sdgs',
      'SDG',
      ['SDGs'],
      false,
      'Nachhaltigkeitsziele 1 bis 17, als Liste. Leer: aus den Zielen übernommen.',
    ),
    column(
      'sdgIndicator',
      'SDG-Indikator',
      ['Indikator SDG-Portal'],
      false,
      'Der passende Indikator aus dem Katalog „SDG-Indikatoren für Kommunen“, als Text.',
    ),
    column(
      'department',
      'Fachdienst',
      ['FD'],
      false,
      'Fachdienst, der die Kennzahl meldet: Nummer (61, FD 61), Nummer und Name oder Name.',
    ),
  ],
};

/**
 * The optional sheet `Kennzahlwerte`: one row per value (long form), or one row per indicator
 * with a column per year (wide form).
 */
export const INDICATOR_VALUES_SHEET: SheetSpec = {
  kind: 'indicatorValues',
  name: 'Kennzahlwerte',
  nameAliases: ['Kennzahlenwerte', 'Werte', 'Indikatorwerte', 'Zeitreihen'],
  required: false,
  columns: [
    column('indicatorId', 'Kennzahl-Nr.', ['Nr.', 'Kennzahl'], true, 'Nummer der Kennzahl aus dem Blatt „Kennzahlen“.'),
    column('year', 'Jahr', ['Stichtag', 'Datum'], true, 'Jahr (JJJJ) oder Datum (dann zählt sein Jahr).'),
    column('value', 'Wert', ['Istwert', 'Ist'], true, 'Der Wert als Zahl, z. B. 12,5 oder 1.234.'),
    column(
      'district',
      'Stadtteil',
      ['Ortsteil', 'Gruppe'],
      false,
      'Stadtteil einer Aufschlüsselung. Leer: der Wert für die ganze Stadt.',
    ),
    column(
      'note',
      'Anmerkung',
      ['Hinweis', 'Fußnote'],
      false,
      'Anmerkung zu diesem Wert, z. B. vorläufig oder geänderte Methode.',
    ),
  ],
  yearColumns: { replace: ['year', 'value'] },
};

/** All sheet kinds, in the order the template writes them. */
export const SHEET_SPECS: readonly SheetSpec[] = [
  MEASURES_SHEET,
  REPORTS_SHEET,
  GOALS_SHEET,
  DEPARTMENTS_SHEET,
  PRODUCT_AREAS_SHEET,
  INFO_SHEET,
  INDICATORS_SHEET,
  INDICATOR_VALUES_SHEET,
];

/** The key of the wide form's column for a year (`year:2019`). */
export const yearColumnKey = (year: number): string => `year:${year}`;

/** The year of a wide-form column key, or `null` for any other key. */
export function yearOfColumnKey(key: string): number | null {
  const m = /^year:(\d{4})$/.exec(key);
  return m ? Number(m[1]) : null;
}

/** The spec of a sheet kind. */
export function sheetSpec(kind: SheetKind): SheetSpec {
  const spec = SHEET_SPECS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`Unknown sheet kind ${kind}`);
  return spec;
}

/** Info keys the sheet `Info` understands, with their accepted spellings. */
export const INFO_KEYS = {
  publicationDate: ['Stand', 'Stand der Veröffentlichung', 'Veröffentlichung'],
  session: ['Sitzung', 'Ratsversammlung'],
  budget: ['Doppelhaushalt', 'Haushalt', 'Haushaltsjahr'],
} as const;

/**
 * Returns the sheet specs with extra header aliases from the site settings added
 * (`{ measures: { costs: ['Kosten gesamt'] } }`).
 */
export function withExtraAliases(
  specs: readonly SheetSpec[],
  extra: Partial<Record<SheetKind, Record<string, readonly string[]>>>,
): readonly SheetSpec[] {
  return specs.map((spec) => {
    const add = extra[spec.kind];
    if (!add) return spec;
    return {
      ...spec,
      columns: spec.columns.map((c) => (add[c.key] ? { ...c, aliases: [...c.aliases, ...(add[c.key] ?? [])] } : c)),
    };
  });
}
