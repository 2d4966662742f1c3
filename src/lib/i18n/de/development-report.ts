/**
 * Texts of the Stadtentwicklungsbericht (`/bericht/`) and of `npm run bericht:pdf`.
 */
import { CHROMIUM_TEXT } from './cli.ts';

/** Texts of the Stadtentwicklungsbericht: `/bericht/` (cover) and its parts below it. */
export const REPORT_PAGE_TEXT = {
  title: 'Stadtentwicklungsbericht',
  description: (site: string): string =>
    `Der Stadtentwicklungsbericht des ${site}: Umsetzungsstand, Fortschritt, Kosten und Fördermittel nach Produktbereich, Ziel und Fachdienst.`,
  intro: (city: string): string =>
    `Der Bericht fasst den Umsetzungsstand der Maßnahmen des ISEK der Stadt ${city} zusammen: nach Produktbereich, nach Oberziel und nach federführendem Fachdienst, dazu die Zielerreichung nach den Kennzahlen und die Maßnahmen mit veraltetem Statusbericht. Jeder Teil hat eine eigene Seite.`,
  stand: (stand: string): string => `Stand: ${stand}`,
  session: (session: string): string => `Sitzung: ${session}`,
  printHint:
    'Zum Drucken oder Speichern als PDF nutzen Sie die Druckfunktion Ihres Browsers; gedruckt wird der angezeigte Teil. Alle Teile auf einmal druckt „Ganzen Bericht drucken“.',
  /** The link from every page of the report to the whole report on one page (`/bericht/gesamt/`). */
  printAll: 'Ganzen Bericht drucken',
  printAllNote: 'alle Teile auf einer Seite',
  /** The whole report on one page, for printing from the browser. */
  wholeTitle: 'Stadtentwicklungsbericht, alle Teile',
  wholeCrumb: 'Alle Teile zum Drucken',
  wholeDescription: (site: string): string =>
    `Der ganze Stadtentwicklungsbericht des ${site} auf einer Seite, zum Drucken oder Speichern als PDF.`,
  wholeHint:
    'Diese Seite enthält den ganzen Bericht, alle Teile nacheinander, zum Drucken oder Speichern als PDF mit der Druckfunktion Ihres Browsers (Strg+P). Jeder Teil beginnt auf einem neuen Blatt.',
  /** Names of the report's parts (`lib/output/development-report/pages.ts`), in reading order. */
  parts: {
    uebersicht: 'Übersicht',
    produktbereiche: 'Nach Produktbereich',
    ziele: 'Nach Oberziel',
    zielerreichung: 'Zielerreichung',
    fachdienste: 'Nach federführendem Fachdienst',
    'veraltete-berichte': 'Veraltete Statusberichte',
  },
  partDescription: (part: string, site: string): string => `Stadtentwicklungsbericht des ${site}: ${part}.`,
  navLabel: 'Teile des Berichts',
  pagerLabel: 'Vorherige und nächste Seite des Berichts',
  previous: (title: string): string => `Zurück: ${title}`,
  next: (title: string): string => `Weiter: ${title}`,
  contents: 'Inhalt',
  /** What each part holds, on the cover's contents list. */
  contentsEntry: {
    produktbereiche: (count: string): string => `Zahlen für jeden der ${count} Produktbereiche`,
    ziele: (count: string): string => `Zahlen für jedes der ${count} Oberziele, mit den Maßnahmen seiner Unterziele`,
    zielerreichung: (count: string): string => `Bewertung der ${count} Kennzahlen je Produktbereich und Oberziel`,
    fachdienste: (count: string): string =>
      `Zahlen für jeden der ${count} Fachdienste, nach den Maßnahmen, die er federführend verantwortet`,
    staleNone: 'keine Maßnahme',
    stale: (count: string, pages: number): string =>
      pages > 1
        ? `Liste von ${count} Maßnahmen auf ${pages} Seiten`
        : `Liste von ${count} ${count === '1' ? 'Maßnahme' : 'Maßnahmen'}`,
  },
  overview: 'Gesamtübersicht',
  productAreaHeading: (id: number, name: string): string => `Produktbereich ${id}: ${name}`,
  goalHeading: (nr: string, title: string): string => `Ziel ${nr}: ${title}`,
  departmentHeading: (nr: string, name: string): string => `Fachdienst ${nr}: ${name}`,
  noMeasures: 'Keine Maßnahmen.',
  chartTitle: (name: string, parts: readonly string[]): string =>
    `Maßnahmen nach Umsetzungsstand, ${name}: ${parts.length > 0 ? parts.join(', ') : 'keine'}`,
  chartPart: (label: string, count: string): string => `${label} ${count}`,
  chartHint: 'Die Grafiken zeigen die Anteile der Status; die Tabellen enthalten dieselben Zahlen.',
  areaChartTitle: 'Maßnahmen nach Produktbereich und Umsetzungsstand',
  areaChartCaption: 'Maßnahmen nach Produktbereich und Umsetzungsstand (dieselben Zahlen wie in der Grafik)',
  areaColumn: 'Produktbereich',
  totalColumn: 'Gesamt',
  /** Caption of a group's one table: counts by status, progress, money, stale reports. */
  figuresCaption: (name: string): string => `Zahlen: ${name}`,
  /** Row labels of the group table carry soft hyphens (U+00AD): they must wrap at 320 px. */
  progress: 'Durch\u00ADschnittlicher Fortschritt',
  progressValue: (percent: string, counted: string, n: number): string =>
    `${percent} (über ${counted} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'})`,
  progressNone: 'keine Angabe',
  costs: 'Kosten',
  funding: 'Fördermittel',
  moneyValue: (amount: string, withValue: string, of: string, estimates = 0): string =>
    `${amount} (${withValue} von ${of} mit Angabe${estimates === 0 ? '' : estimates === 1 ? ', davon einer ungefähr' : `, davon ${estimates} ungefähr`})`,
  moneyNone: 'keine Angaben',
  /** A number of months, for the texts below that take `months`: `1 Monat`, `12 Monate`. */
  monthCount: (text: string, n: number): string => `${text} ${n === 1 ? 'Monat' : 'Monate'}`,
  /** How a group's figures are read, once per page instead of once per group. */
  figuresExplanation: (months: string): string =>
    `Durchschnittlicher Fortschritt: über die Maßnahmen mit Fortschrittsangabe; abgeschlossene Maßnahmen ohne Angabe zählen als 100 %, laufende ohne Angabe bleiben unberücksichtigt statt als 0 % zu zählen, zurückgestellte und entfallene bleiben außen vor. Verzögert: Maßnahmen, deren geplantes Ende vor dem Stand liegt und die weder abgeschlossen noch entfallen noch Daueraufgaben sind. Kosten und Fördermittel: die Summe über die Maßnahmen mit Angabe; in Klammern, wie viele das sind. Statusberichte älter als ${months} oder fehlend: wie viele laufende Maßnahmen einen so alten neuesten Bericht oder gar keinen haben.`,
  delayedRow: 'Verzögert',
  staleRow: (months: string): string => `Status\u00ADberichte älter als ${months} oder fehlend`,
  staleLink: 'Liste der Maßnahmen mit veraltetem Statusbericht',
  /** `range`: the number of rows, or on one of several pages the rows shown (`51 bis 100 von 133`). */
  staleCaption: (months: string, range: string): string => `Statusberichte älter als ${months} oder fehlend (${range})`,
  staleNone: (months: string): string =>
    `Jede laufende Maßnahme hat einen Statusbericht, und keiner ist älter als ${months}.`,
  staleExplanation: (months: string): string =>
    `Gezählt werden laufende Maßnahmen, deren neuester Statusbericht am Stichtag älter als ${months} ist oder die noch gar keinen Statusbericht haben; abgeschlossene und entfallene Maßnahmen nicht. Maßnahmen ohne Bericht stehen oben, dann die ältesten Berichte.`,
  staleNoReport: 'kein Statusbericht',
  staleMeasure: 'Maßnahme',
  staleDepartment: 'Federführung',
  staleDate: 'Bericht vom',
  staleAge: 'Alter in Monaten',
} as const;

/** Texts of `npm run bericht:pdf`. */
export const REPORT_PDF_TEXT = {
  linksAsText:
    'Die Einstellungen nennen keine öffentliche Adresse (siteUrl): Verweise auf Seiten der Website stehen im PDF als Text, nicht als Link.',
  usage: 'Aufruf: npm run bericht:pdf -- [--ausgabe <Ordner>] [--datei <PDF-Datei>] [--base </pfad/>]',
  noReport: (dir: string): string =>
    `In „${dir}“ liegt kein Stadtentwicklungsbericht (bericht/index.html). Bitte zuerst „npm run build“ ausführen.`,
  noChromium: CHROMIUM_TEXT.noChromium,
  notLoaded: (status: number): string => `Der Bericht ließ sich nicht laden (HTTP-Status ${status}).`,
  partNotLoaded: (url: string, status: number): string =>
    `Ein Teil des Berichts ließ sich nicht laden: ${url} (HTTP-Status ${status}).`,
  partMissing: (url: string): string => `Auf ${url} fehlt der Inhalt eines Berichtsteils.`,
  /** One line per page of the site joined into the document. */
  joined: (title: string): string => `  ✔ ${title}`,
  /** The footer of each printed sheet; Chromium fills in the two numbers. */
  footer: (pageNumber: string, totalPages: string): string => `Seite ${pageNumber} von ${totalPages}`,
  written: (file: string, pages: number): string =>
    `Stadtentwicklungsbericht (${pages} ${pages === 1 ? 'Seite' : 'Seiten'} der Website in einem Dokument) als PDF geschrieben: ${file}`,
} as const;
