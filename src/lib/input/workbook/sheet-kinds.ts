/**
 * The sheet kinds of the input contract (`../shared/workbook-format.md`): their names, their
 * columns, the aliases each column is known by, and which columns are required.
 *
 * This is the single source for the reader, the template writer, the sample-data generator and
 * the office's guide. The site settings may add header aliases on top (see `withExtraAliases`).
 */

/** The kinds of sheet the build understands. */
export type SheetKind =
  | 'measures'
  | 'reports'
  | 'goals'
  | 'departments'
  | 'productAreas'
  | 'info';

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
}

const column = (
  key: string,
  header: string,
  aliases: readonly string[],
  required: boolean,
  help: string,
): ColumnSpec => Object.freeze({ key, header, aliases: Object.freeze([...aliases]), required, help });

/** The sheet `Maßnahmen`: one row per measure. */
export const MEASURES_SHEET: SheetSpec = {
  kind: 'measures',
  name: 'Maßnahmen',
  nameAliases: ['Massnahmen', 'Maßnahmenliste', 'Maßnahme'],
  required: true,
  columns: [
    column('id', 'Nr.', ['Nummer', 'Maßnahmen-Nr.', 'ID'], true, 'Eindeutige Nummer der Maßnahme, z. B. 2024-008. Sie ist auch die Adresse der Seite.'),
    column('title', 'Titel', ['Maßnahme', 'Bezeichnung'], true, 'Kurzer Titel der Maßnahme.'),
    column('summary', 'Kurzbeschreibung', ['Beschreibung'], false, 'Beschreibung in einfachem Markdown (Listen, **fett**, Links).'),
    column('type', 'Art', ['Typ'], false, 'Schlüsselmaßnahme, Beschluss der Selbstverwaltung oder Maßnahme der Verwaltung.'),
    column('goals', 'Ziele', ['Ziel', 'Ziel-Nr.'], false, 'Nummern der Ziele aus dem Blatt „Ziele“, getrennt durch Semikolon, Komma, Zeilenumbruch, „ und “, „ / “ oder „ & “.'),
    column('leadDepartment', 'Fachdienst', ['federführender Fachdienst', 'FD'], true, 'Federführender Fachdienst: Nummer (61, FD 61), Nummer und Name oder Name.'),
    column('participatingDepartments', 'Beteiligte Fachdienste', ['beteiligt'], false, 'Weitere Fachdienste, als Liste.'),
    column('productArea', 'Produktbereich', ['PB'], false, 'Produktbereich 1 bis 6. Leer: wird aus den Zielen übernommen.'),
    column('product', 'Produkt', ['Produkt-Nr.'], false, 'Produktnummer im Haushalt (führende Nullen bleiben erhalten).'),
    column('status', 'Status', ['Umsetzungsstand'], true, 'geplant, in Vorbereitung, in Umsetzung, Daueraufgabe, abgeschlossen, zurückgestellt oder entfallen.'),
    column('progress', 'Fortschritt', ['Fortschritt in %', 'Umsetzungsgrad'], false, 'Fortschritt in Prozent, 0 bis 100.'),
    column('start', 'Beginn', ['Start'], false, 'Datum: TT.MM.JJJJ, MM/JJJJ, Monat (März 2026), Quartal (Q3/2026) oder JJJJ.'),
    column('end', 'Ende', ['geplantes Ende', 'Fertigstellung'], false, 'Datum: TT.MM.JJJJ, MM/JJJJ, Monat (März 2026), Quartal (Q3/2026), JJJJ oder „bis 2030“. Darf nicht vor dem Beginn liegen.'),
    column('costs', 'Kosten', ['Gesamtkosten', 'Budget', 'Haushaltsmittel'], false, 'Kosten in Euro, z. B. 1.250.000 € oder 250 T€.'),
    column('funding', 'Fördermittel', ['Förderung'], false, 'Fördermittel in Euro.'),
    column('decisionBody', 'Beschlussgremium', ['Gremium'], false, 'z. B. Ratsversammlung oder Bau- und Umweltausschuss.'),
    column('decisionDate', 'Beschlussdatum', ['Beschluss vom'], false, 'Datum des Beschlusses.'),
    column('paper', 'Vorlage', ['Drucksache', 'Vorlagen-Nr.'], false, 'Nummer der Vorlage, z. B. 0815/2023/DS.'),
    column('link', 'Link', ['Ratsinfo', 'URL'], false, 'Link (http oder https) ins Ratsinformationssystem.'),
    column('districts', 'Stadtteil', ['Ortsteil'], false, 'Stadtteile, als Liste.'),
    column('location', 'Lage', ['Koordinaten', 'Geokoordinaten'], false, 'Optional: Punkt auf der Karte, Breite und Länge in WGS 84, z. B. 53.07, 9.98.'),
    column('latitude', 'Breite', ['Breitengrad', 'Latitude', 'Lat'], false, 'Optional statt „Lage“: Breitengrad in WGS 84, z. B. 53.07.'),
    column('longitude', 'Länge', ['Längengrad', 'Longitude', 'Lon'], false, 'Optional statt „Lage“: Längengrad in WGS 84, z. B. 9.98.'),
    column('sdgs', 'SDG', ['SDGs'], false, 'Nachhaltigkeitsziele 1 bis 17, als Liste. Leer: aus den Zielen übernommen.'),
    column('report', 'Statusbericht', ['Sachstand', 'Bericht'], false, 'Aktueller Sachstand in einfachem Markdown. Zeilenumbrüche (Alt+Eingabe) bleiben erhalten.'),
    column('reportDate', 'Stand', ['Stand des Berichts', 'Datum'], false, 'Datum des Statusberichts.'),
  ],
};

/** The optional sheet `Statusberichte`: the report history. */
export const REPORTS_SHEET: SheetSpec = {
  kind: 'reports',
  name: 'Statusberichte',
  nameAliases: ['Statusbericht', 'Berichte', 'Sachstände', 'Berichtshistorie'],
  required: false,
  columns: [
    column('measureId', 'Nr.', ['Maßnahmen-Nr.'], true, 'Nummer der Maßnahme, zu der der Bericht gehört.'),
    column('date', 'Datum', ['Stand'], true, 'Datum des Berichts.'),
    column('text', 'Bericht', ['Statusbericht', 'Sachstand'], true, 'Text des Berichts in einfachem Markdown.'),
  ],
};

/** The sheet `Ziele`: the goal system. */
export const GOALS_SHEET: SheetSpec = {
  kind: 'goals',
  name: 'Ziele',
  nameAliases: ['Zielsystem', 'Ziel'],
  required: true,
  columns: [
    column('id', 'Ziel-Nr.', ['Nr.', 'ID'], true, 'Eindeutige Nummer des Ziels, z. B. 5.1.2.'),
    column('title', 'Titel', ['Ziel', 'Bezeichnung'], true, 'Kurzer Titel des Ziels.'),
    column('description', 'Beschreibung', ['Erläuterung'], false, 'Erläuterung in einfachem Markdown.'),
    column('parent', 'Übergeordnetes Ziel', ['Oberziel', 'Parent'], false, 'Nummer des übergeordneten Ziels. Leer bei Oberzielen.'),
    column('productArea', 'Produktbereich', ['PB'], false, 'Produktbereich 1 bis 6. Pflicht bei Oberzielen; Unterziele erben ihn.'),
    column('productGroup', 'Produktgruppe', ['PG'], false, 'Produktgruppe im Haushalt.'),
    column('sdgs', 'SDG', ['SDGs'], false, 'Nachhaltigkeitsziele 1 bis 17, als Liste. Leer: vom übergeordneten Ziel übernommen.'),
    column('source', 'Quelle', ['Quellen'], false, 'Herkunft des Ziels, z. B. ISEK 2020 oder ein Ratsbeschluss.'),
    column('focus', 'Im Fokus', ['Fokus', 'Schwerpunkt'], false, 'ja/nein: Ziele im Fokus stehen auf der Startseite.'),
  ],
};

/** The sheet `Fachdienste`: the departments. */
export const DEPARTMENTS_SHEET: SheetSpec = {
  kind: 'departments',
  name: 'Fachdienste',
  nameAliases: ['Fachdienst', 'Organisationseinheiten'],
  required: true,
  columns: [
    column('id', 'Nr.', ['Nummer', 'Kürzel'], true, 'Nummer des Fachdienstes, z. B. 61.'),
    column('name', 'Bezeichnung', ['Name', 'Fachdienst'], true, 'Name des Fachdienstes.'),
    column('division', 'Fachbereich', ['Dezernat'], false, 'Fachbereich oder Dezernat.'),
    column('email', 'E-Mail', ['Mail'], false, 'E-Mail-Adresse für Rückfragen.'),
    column('phone', 'Telefon', ['Tel.'], false, 'Telefonnummer.'),
    column('website', 'Webseite', ['URL'], false, 'Link (http oder https) zur Seite des Fachdienstes.'),
  ],
};

/** The optional sheet `Produktbereiche`. */
export const PRODUCT_AREAS_SHEET: SheetSpec = {
  kind: 'productAreas',
  name: 'Produktbereiche',
  nameAliases: ['Produktbereich'],
  required: false,
  columns: [
    column('id', 'Nr.', ['Nummer'], true, 'Nummer des Produktbereichs, 1 bis 6.'),
    column('name', 'Bezeichnung', ['Name'], true, 'Name des Produktbereichs.'),
    column('description', 'Beschreibung', [], false, 'Erläuterung in einfachem Markdown.'),
  ],
};

/** The optional sheet `Info`: key/value rows (`Stand`, `Sitzung`, `Doppelhaushalt`). */
export const INFO_SHEET: SheetSpec = {
  kind: 'info',
  name: 'Info',
  nameAliases: ['Informationen', 'Metadaten'],
  required: false,
  columns: [
    column('key', 'Angabe', ['Schlüssel', 'Feld'], false, 'Stand, Sitzung oder Doppelhaushalt.'),
    column('value', 'Wert', [], false, 'Der Wert der Angabe.'),
  ],
};

/** All sheet kinds, in the order the template writes them. */
export const SHEET_SPECS: readonly SheetSpec[] = [
  MEASURES_SHEET,
  REPORTS_SHEET,
  GOALS_SHEET,
  DEPARTMENTS_SHEET,
  PRODUCT_AREAS_SHEET,
  INFO_SHEET,
];

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
      columns: spec.columns.map((c) =>
        add[c.key] ? { ...c, aliases: [...c.aliases, ...(add[c.key] ?? [])] } : c,
      ),
    };
  });
}
