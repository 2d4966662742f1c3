/**
 * Texts of `npm run sample` and `npm run template`, and inside the template workbook.
 */

/** Texts of `npm run sample` and `npm run template`. */
export const AUTHORING_TEXT = {
  sampleWritten: (meeting: number, measures: number, dir: string): string =>
    `Beispieldaten (Sitzung ${meeting}, ${new Intl.NumberFormat('de-DE').format(measures)} Maßnahmen) geschrieben nach „${dir}“:`,
  fileWritten: (path: string): string => `  ✔ ${path}`,
  invalidOption: (option: string, value: string, expected: string): string =>
    `Ungültige Angabe für --${option}: „${value}“. Erwartet: ${expected}.`,
  expectedPositiveInteger: 'eine ganze Zahl größer als 0',
  expectedMeeting: '1 oder 2',
  sampleUsage: 'Aufruf: npm run sample -- [--out <Ordner>] [--measures <Anzahl>] [--meeting 1|2] [--seed <Zahl>]',
  templateUsage: 'Aufruf: npm run template -- [--out <Ordner>] [--daten <Datenordner>]',
} as const;

/** Texts inside the template workbook (`npm run template`) and of its script. */
export const TEMPLATE_TEXT = {
  fileName: 'ISEK-Vorlage.xlsx',
  written: (path: string): string => `Vorlage geschrieben: ${path}`,
  departmentsFromData: (count: number, dataDir: string): string =>
    `Die Auswahlliste „Fachdienst“ enthält die ${count} Fachdienste aus „${dataDir}“.`,
  departmentsExamples: (dataDir: string): string =>
    `In „${dataDir}“ wurden keine Fachdienste gefunden; die Vorlage enthält zwei Beispiel-Fachdienste.`,
  guideSheet: 'Erläuterungen',
  listsSheet: 'Listen',
  guideTitle: 'Erläuterungen zur ISEK-Vorlage',
  guideIntro:
    'Jedes Blatt beginnt mit einer Kopfzeile; darunter folgt eine Zeile je Eintrag. Die Beispielzeilen dürfen überschrieben oder gelöscht werden. Die Reihenfolge der Spalten ist frei, weitere Spalten werden übergangen. Pflichtangaben müssen in jeder Zeile ausgefüllt sein.',
  guideSheetHeading: (sheet: string, required: boolean): string =>
    `Blatt „${sheet}“ (${required ? 'Pflichtblatt' : 'optional'})`,
  guideColumns: ['Spalte', 'Pflichtangabe', 'Auch akzeptierte Überschriften', 'Bedeutung'],
  yes: 'ja',
  no: 'nein',
  guideHintsHeading: 'Allgemeine Hinweise',
  guideHints: [
    'Datum: als Datum des Tabellenprogramms oder TT.MM.JJJJ; ist nur der Monat, das Quartal oder das Jahr bekannt: MM/JJJJ, März 2026, Q3/2026 oder JJJJ.',
    'Geldbeträge: als Zahl oder wie 1.250.000 €, 1.250.000,50 EUR oder 250 T€.',
    'Prozent: 45, 45 % oder eine als Prozent formatierte Zelle.',
    'Listen (Ziele, Fachdienste, Stadtteile, SDGs): getrennt durch Semikolon, Komma, Zeilenumbruch, „ und “, „ / “ oder „ & “. Eine Zelle wird ganz oder gar nicht übernommen.',
    'Nummern (Nr., Ziel-Nr., Ziele, Übergeordnetes Ziel, Fachdienste, Produkt, Vorlage, SDG) sind in der Vorlage als Text formatiert, damit Excel aus 1.1 kein Datum und aus 054101 keine 54101 macht. Beim Einfügen aus anderen Dateien bitte „Nur Werte einfügen“ wählen, sonst kommt das Zahlenformat mit.',
    'Ja/Nein: ja/nein, x/leer, 1/0, wahr/falsch.',
    'Texte wie Kurzbeschreibung und Statusbericht dürfen einfaches Markdown enthalten: **fett**, Listen mit „- “, Links als [Text](https://…).',
    'Kennzahlwerte: Zahlen wie 12,5 oder 1.234, eine Zeile je Kennzahl, Jahr und Stadtteil. Die breite Form geht auch: eine Zeile je Kennzahl und eine Spalte je Jahr mit dem Jahr als Überschrift (2019, 2020, …); eine leere Zelle heißt „kein Wert“, nie 0.',
    'Zielrichtung: steigen (höher ist besser) oder sinken (niedriger ist besser). Zielwert und Zieljahr gehören zusammen. Bewertet wird der neueste Wert gegenüber dem Basisjahr; das Verfahren erklärt die Anleitung (docs/anleitung.md).',
    'Das ausgeblendete Blatt „Listen“ liefert die Auswahllisten; bitte nicht löschen.',
  ],
  prompts: {
    status: {
      title: 'Status',
      prompt: 'Umsetzungsstand aus der Liste wählen.',
      error: 'Bitte einen Umsetzungsstand aus der Liste wählen.',
    },
    type: {
      title: 'Art',
      prompt: 'Art der Maßnahme aus der Liste wählen (optional).',
      error: 'Bitte eine Art aus der Liste wählen.',
    },
    productArea: (areas: string): { title: string; prompt: string; error: string } => ({
      title: 'Produktbereich',
      prompt: areas,
      error: 'Bitte eine Zahl von 1 bis 6 aus der Liste wählen.',
    }),
    direction: {
      title: 'Zielrichtung',
      prompt: 'steigen: höher ist besser; sinken: niedriger ist besser.',
      error: 'Erwartet wird steigen oder sinken (auch ↑ oder ↓). Trotzdem übernehmen?',
    },
    department: {
      title: 'Fachdienst',
      prompt: 'Fachdienst aus der Liste wählen. Auch die Nummer allein (z. B. 61) ist möglich.',
      error: 'Dieser Fachdienst steht nicht in der Liste. Trotzdem übernehmen?',
    },
    focus: { title: 'Im Fokus', prompt: 'ja: das Ziel steht auf der Startseite.', error: 'Bitte ja oder nein wählen.' },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Geschäftsstelle: what the ISEK office reads around its round trip: the HTML check report,
// the preview server, the editable pages and their defaults.
// ---------------------------------------------------------------------------------------------

/**
 * What each column of the input workbooks holds, in the office's words: the template's column
 * sheet shows it beside the header (`npm run template`). Keys: sheet kind, then column key
 * (`src/lib/input/workbook/sheet-kinds.ts`).
 */
export const COLUMN_HELP = {
  measures: {
    id: 'Eindeutige Nummer der Maßnahme, z. B. 2024-008. Sie ist auch die Adresse der Seite.',
    title: 'Kurzer Titel der Maßnahme.',
    summary: 'Beschreibung in einfachem Markdown (Listen, **fett**, Links).',
    type: 'Schlüsselmaßnahme, Beschluss der Selbstverwaltung oder Maßnahme der Verwaltung.',
    goals:
      'Nummern der Ziele aus dem Blatt „Ziele“, getrennt durch Semikolon, Komma, Zeilenumbruch, „ und “, „ / “ oder „ & “.',
    leadDepartment: 'Federführender Fachdienst: Nummer (61, FD 61), Nummer und Name oder Name.',
    participatingDepartments: 'Weitere Fachdienste, als Liste.',
    productArea: 'Produktbereich 1 bis 6. Leer: wird aus den Zielen übernommen.',
    product: 'Produktnummer im Haushalt (führende Nullen bleiben erhalten).',
    status: 'geplant, in Vorbereitung, in Umsetzung, Daueraufgabe, abgeschlossen, zurückgestellt oder entfallen.',
    progress: 'Fortschritt in Prozent, 0 bis 100.',
    start: 'Datum: TT.MM.JJJJ, MM/JJJJ, Monat (März 2026), Quartal (Q3/2026) oder JJJJ.',
    end: 'Datum: TT.MM.JJJJ, MM/JJJJ, Monat (März 2026), Quartal (Q3/2026), JJJJ oder „bis 2030“. Darf nicht vor dem Beginn liegen.',
    costs: 'Kosten in Euro, z. B. 1.250.000 € oder 250 T€.',
    funding: 'Fördermittel in Euro.',
    decisionBody: 'z. B. Ratsversammlung oder Bau- und Umweltausschuss.',
    decisionDate: 'Datum des Beschlusses.',
    paper: 'Nummer der Vorlage, z. B. 0815/2023/DS.',
    link: 'Link (http oder https) ins Ratsinformationssystem.',
    districts: 'Stadtteile, als Liste.',
    location: 'Optional: Punkt auf der Karte, Breite und Länge in WGS 84, z. B. 53.07, 9.98.',
    latitude: 'Optional statt „Lage“: Breitengrad in WGS 84, z. B. 53.07.',
    longitude: 'Optional statt „Lage“: Längengrad in WGS 84, z. B. 9.98.',
    sdgs: 'Nachhaltigkeitsziele 1 bis 17, als Liste. Leer: aus den Zielen übernommen.',
    keywords:
      'Optional: weitere Suchbegriffe, als Liste, z. B. „Kinderbetreuung; Krippe“. Die Suche findet die Maßnahme auch über sie; auf der Seite stehen sie nicht.',
    report: 'Aktueller Sachstand in einfachem Markdown. Zeilenumbrüche (Alt+Eingabe) bleiben erhalten.',
    reportDate: 'Datum des Statusberichts.',
  },
  reports: {
    measureId: 'Nummer der Maßnahme, zu der der Bericht gehört.',
    date: 'Datum des Berichts.',
    text: 'Text des Berichts in einfachem Markdown.',
  },
  goals: {
    id: 'Eindeutige Nummer des Ziels, z. B. 5.1.2.',
    title: 'Kurzer Titel des Ziels.',
    description: 'Erläuterung in einfachem Markdown.',
    parent: 'Nummer des übergeordneten Ziels. Leer bei Oberzielen.',
    productArea: 'Produktbereich 1 bis 6. Pflicht bei Oberzielen; Unterziele erben ihn.',
    productGroup: 'Produktgruppe im Haushalt.',
    sdgs: 'Nachhaltigkeitsziele 1 bis 17, als Liste. Leer: vom übergeordneten Ziel übernommen.',
    source: 'Herkunft des Ziels, z. B. ISEK 2020 oder ein Ratsbeschluss.',
    focus: 'ja/nein: Ziele im Fokus stehen auf der Startseite.',
  },
  departments: {
    id: 'Nummer des Fachdienstes, z. B. 61.',
    name: 'Name des Fachdienstes.',
    division: 'Fachbereich oder Dezernat.',
    email: 'E-Mail-Adresse für Rückfragen.',
    phone: 'Telefonnummer.',
    website: 'Link (http oder https) zur Seite des Fachdienstes.',
  },
  productAreas: {
    id: 'Nummer des Produktbereichs, 1 bis 6.',
    name: 'Name des Produktbereichs.',
    description: 'Erläuterung in einfachem Markdown.',
  },
  info: {
    key: 'Stand, Sitzung oder Doppelhaushalt.',
    value: 'Der Wert der Angabe.',
  },
} as const satisfies Record<string, Record<string, string>>;
