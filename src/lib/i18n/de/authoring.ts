/**
 * Texts of `npm run sample` and `npm run template`, and inside the template workbook.
 */
import type { Status } from '../../schemas/status.ts';

/** Texts of `npm run sample` and `npm run template`. */
export const AUTHORING_TEXT = {
  sampleWritten: (meeting: number, measures: number, dir: string): string =>
    `Beispieldaten (Sitzung ${meeting}, ${new Intl.NumberFormat('de-DE').format(measures)} Maßnahmen) geschrieben nach „${dir}“:`,
  fileWritten: (path: string): string => `  ✔ ${path}`,
  invalidOption: (option: string, value: string, expected: string): string =>
    `Ungültige Angabe für --${option}: „${value}“. Erwartet: ${expected}.`,
  expectedPositiveInteger: 'eine ganze Zahl größer als 0',
  expectedMeeting: '1 oder 2',
  sampleUsage:
    'Aufruf: npm run sample -- [--out <Ordner>] [--measures <Anzahl>] [--meeting 1|2] [--seed <Zahl>]',
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
    'Das ausgeblendete Blatt „Listen“ liefert die Auswahllisten; bitte nicht löschen.',
  ],
  prompts: {
    status: { title: 'Status', prompt: 'Umsetzungsstand aus der Liste wählen.', error: 'Bitte einen Umsetzungsstand aus der Liste wählen.' },
    type: { title: 'Art', prompt: 'Art der Maßnahme aus der Liste wählen (optional).', error: 'Bitte eine Art aus der Liste wählen.' },
    productArea: (areas: string): { title: string; prompt: string; error: string } => ({
      title: 'Produktbereich',
      prompt: areas,
      error: 'Bitte eine Zahl von 1 bis 6 aus der Liste wählen.',
    }),
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
