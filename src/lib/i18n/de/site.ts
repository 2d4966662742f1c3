/**
 * Texts of the website: layout, pages, lists, SDG pages, pagination.
 */
import { sitePlural } from './shared.ts';

/**
 * The delay tag (`verzögert`) of a measure, on its page and in every list. Its own small object,
 * because the overview's script renders the tag in the browser and must not carry `SITE_TEXT`.
 */
export const DELAY_TEXT = {
  /** The tag, also the value of the search filter `zeitplan`. */
  tag: 'verzögert',
  /** The planned end that has passed, after the tag: `geplant bis Juni 2026`. */
  plannedEnd: (date: string): string => `geplant bis ${date}`,
} as const;

/** Default explanations of the money figures (settings `money.costsExplanation`, `money.fundingExplanation`). */
export const MONEY_EXPLANATION_DEFAULTS = {
  costs:
    'Kosten sind die Gesamtkosten einer Maßnahme in Euro, wie der federführende Fachdienst sie angibt: geplant oder geschätzt, über die ganze Laufzeit und einschließlich der Fördermittel.',
  funding:
    'Fördermittel sind Zuschüsse Dritter, etwa von Land, Bund oder EU, mit denen eine Maßnahme (mit)finanziert wird. Sie sind ein Teil der Kosten, kein zusätzlicher Betrag.',
} as const;

/**
 * The two sections of `/so-bewerten-wir/` that explain for citizens how the site judges delays
 * and adds up money (`DelayRule`, `MoneyRule`).
 */
export const RULES_PAGE_TEXT = {
  delay: {
    heading: 'Wann eine Maßnahme als verzögert gilt',
    rule: 'Eine Maßnahme ist verzögert, wenn ihr geplantes Ende vor dem Stand der Daten liegt und sie weder abgeschlossen noch entfallen noch eine Daueraufgabe ist. Auch eine zurückgestellte Maßnahme kann verzögert sein.',
    stand: (date: string): string => `Der Stand der Daten ist der ${date}.`,
    standToday: 'Die Daten nennen keinen Stand; verglichen wird mit dem Tag, an dem die Website erstellt wurde.',
    points: [
      'Ist als geplantes Ende nur ein Monat oder ein Jahr bekannt, zählt dessen letzter Tag: „Juni 2026“ ist erst ab dem 1. Juli 2026 verzögert, „2026“ erst ab dem 1. Januar 2027.',
      'Am Tag des geplanten Endes selbst ist eine Maßnahme noch nicht verzögert.',
      'Eine Maßnahme ohne geplantes Ende ist nie verzögert.',
      'Eine Daueraufgabe hat kein Ende, das sie verpassen könnte.',
    ],
    where:
      'Verzögerte Maßnahmen tragen den Hinweis „verzögert“ mit dem geplanten Ende, auf ihrer Seite und in allen Listen. In der Liste der Maßnahmen und in der Suche lassen sie sich mit dem Filter „Zeitplan“ finden.',
  },
  stale: {
    heading: 'Wann ein Statusbericht als veraltet gilt',
    rule: (months: string): string =>
      `Der Stadtentwicklungsbericht zählt die Maßnahmen, die noch nicht abgeschlossen oder entfallen sind und deren neuester Statusbericht älter als ${months} ist oder die noch gar keinen Statusbericht haben.`,
  },
  money: {
    heading: 'Wie Kosten und Fördermittel zusammengezählt werden',
    points: [
      'Gezählt werden die Beträge der Maßnahmen, die einen nennen. Eine Maßnahme ohne Angabe zählt nicht als 0 €; daneben steht deshalb, wie viele Maßnahmen einen Betrag nennen („Kosten von 9 der 11 Maßnahmen“).',
      'Eine Maßnahme, die unter einem Ziel und zugleich unter dessen Unterziel steht, zählt auf der Seite des Ziels einmal. Auf der Seite eines Fachdienstes zählen die Maßnahmen, die er federführend verantwortet.',
      'Die Summen sind zum Lesen gerundet: ab einer Million mit einer Nachkommastelle (56,0 Mio. €), ab tausend auf drei Stellen (850.000 €), darunter auf ganze Euro. Der genaue Betrag steht darunter, in den Tabellen und in den offenen Daten.',
      'Nennt die Geschäftsstelle einen Betrag nur ungefähr („ca. 500.000 €“), steht er überall mit „ca.“ da, in den offenen Daten mit der Spalte kosten_ungefaehr bzw. foerdermittel_ungefaehr. Eine Summe, in der ein solcher Betrag steckt, ist selbst nur ungefähr und trägt ebenfalls „ca.“; daneben steht, wie viele Beträge geschätzt sind.',
    ],
  },
} as const;

/** Column headers of the measure table, also the labels of its cards on narrow screens. */
export const MEASURE_TABLE_LABELS = {
  nr: 'Nr.',
  title: 'Maßnahme',
  status: 'Status',
  progress: 'Fortschritt',
  costs: 'Kosten',
  lead: 'Federführung',
  stand: 'Stand',
  end: 'Geplantes Ende',
  districts: 'Stadtteil',
} as const;

/** Texts of the website. Functions take the variable parts (already formatted). */
export const SITE_TEXT = {
  // Dev server
  devLoadFailed: (dataDir: string): string =>
    `Die Daten in „${dataDir}“ enthalten Fehler. Die Website wird erst angezeigt, wenn sie behoben sind (alle Meldungen: npm run check):`,
  devRow: (row: number): string => `Zeile ${row}`,

  // Frame
  pageTitle: (page: string, site: string): string => `${page} – ${site}`,
  skipLink: 'Zum Inhalt springen',
  mainNavLabel: 'Hauptnavigation',
  breadcrumbLabel: 'Brotkrümelnavigation',
  searchLabel: 'Website durchsuchen',
  searchButton: 'Suchen',
  nav: {
    home: 'Start',
    measures: 'Maßnahmen',
    goals: 'Ziele',
    departments: 'Fachdienste',
    productAreas: 'Produktbereiche',
  },
  footer: {
    contact: 'Kontakt',
    email: 'E-Mail',
    phone: 'Telefon',
    linksLabel: 'Informationen zur Website',
    about: 'Über das ISEK',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    easyLanguage: 'Leichte Sprache',
  },
  /** Links to the site in Leichte Sprache and Gebärdensprache (BITV 2.0 § 4), header and home. */
  accessLinks: {
    label: 'Die Website in Leichter Sprache und Gebärdensprache',
    easyLanguage: 'Leichte Sprache',
    signLanguage: 'Gebärdensprache',
    homeEasyLanguage: 'Das ISEK in Leichter Sprache',
    homeSignLanguage: 'Das ISEK in Deutscher Gebärdensprache',
  },
  stand: 'Stand',
  backHome: 'Zurück zur Startseite',
  noValue: 'keine Angabe',
  keyMeasure: 'Schlüsselmaßnahme',
  sdgPrefix: 'Nachhaltigkeitsziel',
  productAreaLabel: (id: number, name: string): string => `${id} ${name}`,
  measureCount: (text: string, n: number): string => sitePlural(text, n, 'Maßnahme', 'Maßnahmen'),
  goalCount: (text: string, n: number): string => sitePlural(text, n, 'Ziel', 'Ziele'),
  leadCount: (text: string, n: number): string => `${sitePlural(text, n, 'Maßnahme', 'Maßnahmen')} federführend`,
  measureDescription: (nr: string, site: string): string =>
    `Maßnahme ${nr} des ${site}: Umsetzungsstand, Fortschritt, Statusbericht, Ziele und Zuständigkeit.`,
  goalDescription: (nr: string, title: string, site: string): string =>
    `Ziel ${nr} „${title}“ des ${site}: Unterziele, Maßnahmen und ihr Umsetzungsstand.`,

  // Status summary
  summary: {
    heading: 'Umsetzungsstand',
    headingAll: 'Umsetzungsstand aller Maßnahmen',
    caption: 'Maßnahmen nach Umsetzungsstand',
    status: 'Status',
    count: 'Anzahl',
    total: 'Gesamt',
    none: 'Keine Maßnahmen.',
    average: 'Durchschnittlicher Fortschritt',
    averageShort: (percent: string, counted: string): string =>
      `Durchschnittlicher Fortschritt: ${percent} (über ${counted} mit Angabe; ohne Angabe zählt nicht als 0 %)`,
    /** How the average is computed, with this set's numbers (see `lib/model/rollup.ts`). */
    explanation: (counted: number, withoutValue: number, notCounted: number): string => {
      const fmt = (n: number): string => new Intl.NumberFormat('de-DE').format(n);
      const parts = [
        counted === 0
          ? 'Keine Maßnahme hat eine Fortschrittsangabe, daher gibt es keinen Durchschnitt.'
          : `Durchschnitt über ${sitePlural(fmt(counted), counted, 'Maßnahme', 'Maßnahmen')} mit Fortschrittsangabe; abgeschlossene Maßnahmen ohne Angabe zählen als 100 %.`,
      ];
      if (withoutValue > 0) {
        parts.push(
          `${sitePlural(fmt(withoutValue), withoutValue, 'Maßnahme', 'Maßnahmen')} ohne Angabe ${withoutValue === 1 ? 'zählt' : 'zählen'} nicht als 0 %, sondern ${withoutValue === 1 ? 'bleibt' : 'bleiben'} unberücksichtigt.`,
        );
      }
      if (notCounted > 0) {
        parts.push(
          `${sitePlural(fmt(notCounted), notCounted, 'zurückgestellte oder entfallene Maßnahme bleibt', 'zurückgestellte oder entfallene Maßnahmen bleiben')} außen vor.`,
        );
      }
      return parts.join(' ');
    },
  },

  // Measure table
  table: MEASURE_TABLE_LABELS,

  // Costs and funding of a group of measures
  money: {
    heading: 'Kosten und Fördermittel',
    headingLead: 'Kosten und Fördermittel der federführend verantworteten Maßnahmen',
    costs: 'Kosten',
    funding: 'Fördermittel',
    /** How many measures the sum covers: `Kosten von 24 der 31 Maßnahmen`. */
    coverage: (kind: string, withValue: string, of: string, ofCount: number): string =>
      withValue === of
        ? ofCount === 1
          ? `${kind} der einen Maßnahme`
          : `${kind} aller ${of} Maßnahmen`
        : `${kind} von ${withValue} der ${of} ${ofCount === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
    /** The exact sum beside the rounded one. */
    exact: (amount: string): string => `genau ${amount}`,
    /** The unrounded sum beside the rounded one when some amounts in it are approximate. */
    exactWithEstimates: (amount: string, estimates: string, n: number): string =>
      `Summe ${amount}, darin ${n === 1 ? 'ein ungefährer Betrag' : `${estimates} ungefähre Beträge`}`,
    none: (kind: string): string => `Keine der Maßnahmen nennt ${kind}.`,
    ruleLink: 'Wie die Summen entstehen und gerundet werden',
  },

  // Delays
  delay: {
    /** Status summaries: how many are past their planned end. */
    summaryCount: (count: string, n: number): string =>
      `${sitePlural(count, n, 'Maßnahme ist', 'Maßnahmen sind')} verzögert: ihr geplantes Ende liegt vor dem Stand.`,
    summaryRow: 'davon verzögert',
    /** Before the tag in a card's counts: `davon [verzögert] 3`. */
    summaryPrefix: 'davon',
    ruleLink: 'Wann eine Maßnahme als verzögert gilt',
  },

  // Contact card
  contact: {
    heading: 'Kontakt zum Fachdienst',
    email: 'E-Mail',
    phone: 'Telefon',
    website: 'Webseite',
    none: 'Für diesen Fachdienst sind keine Kontaktdaten angegeben.',
  },

  // Home
  home: {
    description: (city: string): string =>
      `Ziele und Maßnahmen des Integrierten Stadtentwicklungskonzepts (ISEK) der Stadt ${city} und ihr Umsetzungsstand.`,
    intro: (city: string): string =>
      `Das Integrierte Stadtentwicklungskonzept (ISEK) beschreibt, wie sich ${city} entwickeln soll. Hier sehen Sie seine Ziele und Maßnahmen und wie weit sie umgesetzt sind.`,
    session: 'Sitzung',
    budget: 'Doppelhaushalt',
    keyFigures: 'Auf einen Blick',
    focusHeading: 'Ziele im Fokus',
    keyMeasures: 'Schlüsselmaßnahmen',
    moreKeyMeasures: (count: string): string => `${count} weitere Schlüsselmaßnahmen in der Liste aller Maßnahmen`,
    byProductArea: 'Nach Produktbereich',
    byDepartment: 'Nach Fachdienst',
  },

  // Measures
  measuresPage: {
    title: 'Maßnahmen',
    description: (site: string): string =>
      `Alle Maßnahmen des ${site} mit Umsetzungsstand, Fortschritt und federführendem Fachdienst.`,
    intro: (count: string): string =>
      `${count} Maßnahmen setzen die Ziele des ISEK um. Wählen Sie eine Maßnahme für alle Angaben und den aktuellen Statusbericht.`,
    listHeading: 'Liste der Maßnahmen',
    /** `count`: the number, or on one of several pages the range (`51 bis 100 von 240`). */
    caption: (count: string): string => `Maßnahmen (${count})`,
  },
  measure: {
    caption: (nr: string): string => `Maßnahme ${nr}`,
    overview: 'Auf einen Blick',
    status: 'Status',
    progress: 'Fortschritt',
    type: 'Art',
    start: 'Beginn',
    /** A finished measure's end; a running one's is `plannedEnd`, as in the lists. */
    end: 'Ende',
    plannedEnd: 'Geplantes Ende',
    costs: 'Kosten',
    funding: 'Fördermittel',
    productArea: 'Produktbereich',
    inheritedFromGoals: '(aus den Zielen übernommen)',
    product: 'Produkt',
    lead: 'Federführender Fachdienst',
    participating: 'Beteiligte Fachdienste',
    districts: 'Stadtteile',
    decision: 'Beschluss',
    decisionBody: 'Gremium',
    decisionDate: 'Datum',
    decisionPaper: 'Vorlage',
    decisionLink: 'Ratsinformationssystem',
    decisionLinkText: 'Beschluss im Ratsinformationssystem',
    decisionLinkTextPaper: (paper: string): string => `Vorlage ${paper} im Ratsinformationssystem`,
    report: 'Aktueller Statusbericht',
    reportWithoutDate: 'ohne Datum',
    noReport: 'Zu dieser Maßnahme gibt es noch keinen Statusbericht.',
    history: 'Verlauf der Statusberichte',
    goals: 'Ziele',
    sdgs: 'Nachhaltigkeitsziele (SDG)',
    sdgsInherited: 'Aus den Zielen der Maßnahme übernommen.',
    back: 'Zurück zur Liste aller Maßnahmen',
  },

  // Goals
  goalsPage: {
    title: 'Ziele',
    description: (site: string): string =>
      `Das Zielsystem des ${site}: alle Ziele nach Produktbereich, mit Unterzielen und Umsetzungsstand.`,
    intro: (count: string): string =>
      `Das Zielsystem des ISEK umfasst ${count} Ziele, geordnet nach Produktbereichen. Ziele im Fokus sind markiert.`,
    focusHeading: 'Ziele im Fokus',
  },
  goal: {
    sdgsInherited: 'Vom übergeordneten Ziel übernommen.',
    caption: (nr: string): string => `Ziel ${nr}`,
    captionTop: (nr: string): string => `Oberziel ${nr}`,
    focus: 'im Fokus',
    productGroup: 'Produktgruppe',
    parent: 'Übergeordnetes Ziel',
    sources: 'Quelle',
    children: 'Unterziele',
    measures: 'Maßnahmen zu diesem Ziel',
    noMeasures: 'Diesem Ziel sind noch keine Maßnahmen zugeordnet.',
    via: (goals: readonly string[]): string =>
      `über ${goals.length === 1 ? 'Unterziel' : 'Unterziele'} ${goals.join('; ')}`,
    back: 'Zurück zur Übersicht der Ziele',
    backToParent: (parent: string): string => `Zurück zum übergeordneten Ziel ${parent}`,
  },

  // Departments
  departmentsPage: {
    title: 'Fachdienste',
    description: (site: string): string =>
      `Die Fachdienste der Verwaltung und die Maßnahmen des ${site}, die sie federführend umsetzen oder an denen sie beteiligt sind.`,
    intro: (count: string): string =>
      `${count} Fachdienste setzen die Maßnahmen des ISEK um, federführend oder beteiligt.`,
    caption: (count: string): string => `Fachdienste (${count}) und ihre Maßnahmen`,
    nr: 'Nr.',
    name: 'Fachdienst',
    division: 'Fachbereich',
    lead: 'federführend',
    participating: 'beteiligt',
    progress: 'Ø Fortschritt',
    progressNote:
      'Ø Fortschritt: Durchschnitt der federführend betreuten Maßnahmen mit Fortschrittsangabe; Maßnahmen ohne Angabe zählen nicht als 0 %.',
  },
  department: {
    caption: (nr: string): string => `Fachdienst ${nr}`,
    description: (nr: string, name: string, site: string): string =>
      `Fachdienst ${nr} ${name}: Kontakt und Maßnahmen des ${site}.`,
    summaryHeading: 'Umsetzungsstand der federführenden Maßnahmen',
    summaryCaption: 'Federführende Maßnahmen nach Umsetzungsstand',
    leadHeading: (count: string): string => `Federführend (${count})`,
    participatingHeading: (count: string): string => `Beteiligt (${count})`,
    noLead: 'Dieser Fachdienst betreut keine Maßnahme federführend.',
    noParticipating: 'Dieser Fachdienst ist an keiner weiteren Maßnahme beteiligt.',
    back: 'Zurück zur Übersicht der Fachdienste',
  },

  // Product areas
  productAreasPage: {
    title: 'Produktbereiche',
    description: (site: string): string =>
      `Die Produktbereiche des Haushalts mit den Zielen und Maßnahmen des ${site}.`,
    intro: 'Die Ziele und Maßnahmen des ISEK sind den Produktbereichen des kommunalen Haushalts zugeordnet.',
  },
  productArea: {
    caption: (id: number): string => `Produktbereich ${id}`,
    description: (id: number, name: string, site: string): string =>
      `Produktbereich ${id} ${name}: Ziele und Maßnahmen des ${site} und ihr Umsetzungsstand.`,
    goals: (count: string): string => `Ziele (${count})`,
    noGoals: 'Diesem Produktbereich sind keine Ziele zugeordnet.',
    measures: (count: string): string => `Maßnahmen (${count})`,
    noMeasures: 'Diesem Produktbereich sind keine Maßnahmen zugeordnet.',
    tableCaption: (area: string, count: string): string => `Maßnahmen im Produktbereich ${area} (${count})`,
    back: 'Zurück zur Übersicht der Produktbereiche',
  },

  // 404
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert, oder die Maßnahme wurde umbenannt.',
    home: 'Zur Startseite',
    measures: 'Zur Liste aller Maßnahmen',
    search: 'Zur Suche',
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Änderungen, Daten, Bericht, SDG: the council cycle's pages (`/aenderungen/` and its feed,
// `/daten/` and the open-data files, `/bericht/`, `/sdg/`) and the build's publication record.
// Functions take the variable parts already formatted.
// ---------------------------------------------------------------------------------------------

/** Navigation and footer labels of these pages. */
export const CYCLE_NAV_TEXT = {
  changes: 'Änderungen',
  report: 'Bericht',
  sdg: 'SDG',
  openData: 'Offene Daten',
} as const;

/** Texts of `/sdg/` and `/sdg/<n>/`. */
export const SDG_PAGE_TEXT = {
  title: 'Nachhaltigkeitsziele (SDG)',
  description: (site: string): string =>
    `Die 17 Nachhaltigkeitsziele der Vereinten Nationen (SDG) und die Ziele und Maßnahmen des ${site}, die zu ihnen beitragen.`,
  intro:
    'Die Vereinten Nationen haben 17 Ziele für nachhaltige Entwicklung beschlossen (Sustainable Development Goals, SDG). Die Ziele und Maßnahmen des ISEK sind ihnen zugeordnet; Maßnahmen ohne eigene Angabe übernehmen die SDG ihrer Ziele.',
  listLabel: 'Die 17 Nachhaltigkeitsziele',
  counts: (goals: string, measures: string): string => `${goals}, ${measures}`,
  pageTitle: (n: number, title: string): string => `SDG ${n}: ${title}`,
  pageDescription: (n: number, title: string, site: string): string =>
    `Nachhaltigkeitsziel ${n} „${title}“: die Ziele und Maßnahmen des ${site}, die dazu beitragen.`,
  caption: (n: number): string => `Nachhaltigkeitsziel ${n}`,
  goalsHeading: (count: string): string => `Ziele des ISEK (${count})`,
  noGoals: 'Kein Ziel des ISEK ist diesem Nachhaltigkeitsziel zugeordnet.',
  measuresHeading: (count: string): string => `Maßnahmen (${count})`,
  noMeasures: 'Keine Maßnahme ist diesem Nachhaltigkeitsziel zugeordnet.',
  measuresCaption: (n: number, count: string): string => `Maßnahmen zum Nachhaltigkeitsziel ${n} (${count})`,
  previous: (n: number): string => `Vorheriges: SDG ${n}`,
  next: (n: number): string => `Nächstes: SDG ${n}`,
  pagerLabel: 'Weitere Nachhaltigkeitsziele',
  back: 'Zurück zur Übersicht der Nachhaltigkeitsziele',
} as const;

// ---------------------------------------------------------------------------------------------
// Authoring: sample data and the template (`npm run sample`, `npm run template`)
// ---------------------------------------------------------------------------------------------

/** Texts of paginated measure lists. */
export const PAGINATION_TEXT = {
  /** `aria-label` of a page navigation, with the list it pages through. */
  navLabel: (list: string): string => `Seiten: ${list}`,
  /** Read before a page number (visually hidden): „Seite 3“. */
  page: 'Seite',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page: string, count: string): string => `Seite ${page} von ${count}`,
  /** A page's title: `Maßnahmen – Seite 2 von 5`. */
  title: (title: string, pageOf: string): string => `${title} – ${pageOf}`,
  /** The rows of one page in a caption's brackets: `51 bis 100 von 240`. */
  range: (from: string, to: string, total: string): string => `${from} bis ${to} von ${total}`,
  /** Names of the paginated lists (sub-page headings, navigation labels). */
  lists: {
    measures: 'Maßnahmen',
    productArea: (area: string): string => `Maßnahmen im Produktbereich ${area}`,
    sdg: (n: number, title: string): string => `Maßnahmen zum Nachhaltigkeitsziel ${n} „${title}“`,
    goal: (goal: string): string => `Maßnahmen zum Ziel ${goal}`,
    lead: (department: string): string => `Fachdienst ${department}: federführend betreute Maßnahmen`,
    participating: (department: string): string => `Fachdienst ${department}: Maßnahmen mit Beteiligung`,
    /** A section of `/aenderungen/`: `Änderungen: Neue Statusberichte`. */
    changes: (section: string): string => `Änderungen: ${section}`,
  },
  /** Meta description of a sub-page. */
  description: (list: string, pageOf: string, site: string): string => `${list}, ${pageOf}: Liste des ${site}.`,
  /** Back link of a sub-page to the list's first page. */
  back: (page: string): string => `Zurück zu „${page}“`,
} as const;

/** The Stadtteil pages (`/stadtteile/`), the district map and the home page's way in by Stadtteil. */
export const DISTRICT_TEXT = {
  nav: 'Stadtteile',
  title: 'Stadtteile',
  description: (site: string): string => `Die Maßnahmen des ${site} nach Stadtteil, mit Karte und Umsetzungsstand.`,
  intro: (count: string): string =>
    `Maßnahmen in ${count} Stadtteilen. Wählen Sie einen Stadtteil auf der Karte oder in der Tabelle für seine Maßnahmen.`,
  none: 'In den Daten ist bei keiner Maßnahme ein Stadtteil angegeben.',
  cityWide: (count: string): string =>
    `${count} Maßnahmen nennen keinen Stadtteil; sie betreffen die ganze Stadt oder sind nicht verortet.`,
  homeHeading: 'Nach Stadtteil',
  homeAll: 'Alle Stadtteile mit Karte',
  tableCaption: 'Maßnahmen je Stadtteil',
  tableDistrict: 'Stadtteil',
  tableMeasures: 'Maßnahmen',
  tableRunning: 'davon in Umsetzung',
  tableProgress: 'Fortschritt (Durchschnitt)',
  mapHeading: 'Karte der Stadtteile',
  mapTitle: (city: string): string => `Karte der Stadtteile von ${city}`,
  mapDescription:
    'Jeder Stadtteil ist ein Link zu seiner Seite; die Zahl nennt seine Maßnahmen. Dieselben Zahlen stehen in der Tabelle.',
  /** Starts with the label's visible text (name, count), so speech input finds the link by it. */
  mapAreaLabel: (name: string, count: string, n: number): string =>
    `${name} ${count} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
  mapAreaWithout: (name: string): string => `${name}: keine Maßnahme`,
  mapPointLabel: (title: string): string => `Maßnahme: ${title}`,
  /** The link before a map with many links, for keyboard users: `n` links (areas and points) lie in it. */
  mapSkip: (count: string): string => `Karte überspringen (${count} Links)`,
  mapPoints: (count: string, n: number): string =>
    n === 1 ? 'Ein Punkt zeigt den Ort einer Maßnahme.' : `${count} Punkte zeigen die Orte einzelner Maßnahmen.`,
  mapTooManyPoints: (count: string): string =>
    `${count} Maßnahmen haben einen eigenen Ort; für so viele Punkte ist die Karte zu klein. Der Ort steht auf der Seite der Maßnahme.`,
  legendHeading: 'Legende: Anzahl der Maßnahmen',
  legendRange: (from: string, to: string): string => (from === to ? from : `${from} bis ${to}`),
  legendNone: 'keine Maßnahme (ohne Link)',
  legendPoint: 'Ort einer Maßnahme',
  caption: 'Stadtteil',
  pageDescription: (name: string, site: string): string =>
    `Maßnahmen im Stadtteil ${name}: Umsetzungsstand, Kosten und Änderungen (${site}).`,
  listName: (name: string): string => `Maßnahmen im Stadtteil ${name}`,
  tableCaptionDistrict: (name: string, range: string): string => `Maßnahmen im Stadtteil ${name} (${range})`,
  delayedFirst: 'Verzögerte Maßnahmen stehen zuerst.',
  indicators: 'Kennzahlen für den Stadtteil',
  indicatorsCaption: (name: string): string => `Neuester Wert je Kennzahl für ${name} und die ganze Stadt`,
  indicatorTitle: 'Kennzahl',
  indicatorYear: 'Jahr',
  indicatorCity: 'ganze Stadt',
  feed: 'Änderungen in diesem Stadtteil als Feed (Atom)',
  feedTitle: (name: string, site: string): string => `Änderungen im Stadtteil ${name} – ${site}`,
  feedSubtitle: (name: string, city: string): string =>
    `Was sich an den Maßnahmen im Stadtteil ${name} (${city}) geändert hat.`,
  back: 'Zurück zu allen Stadtteilen',
  notOnMap: 'Dieser Stadtteil ist auf der Karte nicht eingezeichnet.',
  measureLocation: 'Lage',
  /** `lat`, `lon`: the absolute degrees; `south`, `west`: their signs. */
  locationText: (lat: string, lon: string, south: boolean, west: boolean): string =>
    `${lat}° ${south ? 'südliche' : 'nördliche'} Breite, ${lon}° ${west ? 'westliche' : 'östliche'} Länge`,
} as const;
