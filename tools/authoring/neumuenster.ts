/**
 * The vocabulary of the sample data: a city like Neumünster (about 80,000 inhabitants,
 * Schleswig-Holstein), its departments, districts, places, goal system and the themes measures are
 * built from. Plain data only; `sample-model.ts` combines it.
 *
 * Names of places and schools are plausible, not an official list. Everything here is sample data
 * for tests and demonstrations, not the city's real plan.
 */

/** A department (Fachdienst). */
export interface DepartmentSeed {
  /** Number as the city writes it: `61`, or `01` with its leading zero. */
  readonly id: string;
  readonly name: string;
  /** Fachbereich it belongs to. */
  readonly division: string;
}

const FB1 = 'Fachbereich I – Zentrale Steuerung und Bürgerservice';
const FB2 = 'Fachbereich II – Finanzen, Ordnung und Sicherheit';
const FB3 = 'Fachbereich III – Bildung, Soziales und Gesundheit';
const FB4 = 'Fachbereich IV – Stadtentwicklung, Bauen und Umwelt';
const OB = 'Oberbürgermeisterin';

/** The departments, grouped in Fachbereiche. */
export const DEPARTMENTS: readonly DepartmentSeed[] = [
  { id: '01', name: 'Büro der Oberbürgermeisterin', division: OB },
  { id: '02', name: 'Gleichstellung und Vielfalt', division: OB },
  { id: '05', name: 'Presse und Kommunikation', division: OB },
  { id: '10', name: 'Personal und Organisation', division: FB1 },
  { id: '12', name: 'Digitalisierung und IT', division: FB1 },
  { id: '14', name: 'Rechnungsprüfung', division: OB },
  { id: '15', name: 'Politische Gremien', division: FB1 },
  { id: '20', name: 'Finanzen', division: FB2 },
  { id: '23', name: 'Liegenschaften', division: FB2 },
  { id: '30', name: 'Recht', division: FB1 },
  { id: '32', name: 'Ordnung', division: FB2 },
  { id: '33', name: 'Bürgerservice', division: FB1 },
  { id: '37', name: 'Feuerwehr und Rettungsdienst', division: FB2 },
  { id: '40', name: 'Schule, Jugend, Kultur und Sport', division: FB3 },
  { id: '42', name: 'Stadtbücherei', division: FB3 },
  { id: '43', name: 'Volkshochschule', division: FB3 },
  { id: '45', name: 'Museum Tuch + Technik', division: FB3 },
  { id: '50', name: 'Soziales', division: FB3 },
  { id: '51', name: 'Kinder, Jugend und Familie', division: FB3 },
  { id: '52', name: 'Sport und Bäder', division: FB3 },
  { id: '53', name: 'Gesundheit', division: FB3 },
  { id: '54', name: 'Integration und Teilhabe', division: FB3 },
  { id: '60', name: 'Bauverwaltung', division: FB4 },
  { id: '61', name: 'Stadtplanung und -entwicklung', division: FB4 },
  { id: '62', name: 'Vermessung und Geoinformation', division: FB4 },
  { id: '63', name: 'Bauaufsicht', division: FB4 },
  { id: '65', name: 'Gebäudemanagement', division: FB4 },
  { id: '66', name: 'Tiefbau und Grünflächen', division: FB4 },
  { id: '67', name: 'Mobilität und Verkehr', division: FB4 },
  { id: '68', name: 'Klimaschutz und Umwelt', division: FB4 },
  { id: '80', name: 'Wirtschaft und Stadtmarketing', division: FB1 },
];

/** The ten Stadtteile. */
export const DISTRICTS: readonly string[] = [
  'Stadtmitte',
  'Böcklersiedlung-Bugenhagen',
  'Brachenfeld-Ruthenberg',
  'Einfeld',
  'Faldera',
  'Gadeland',
  'Gartenstadt',
  'Stör',
  'Tungendorf',
  'Wittorf',
];

/** The six product areas, with a description for the `Produktbereiche` sheet. */
export const PRODUCT_AREAS: readonly { readonly id: number; readonly name: string; readonly description: string }[] = [
  { id: 1, name: 'Zentrale Verwaltung', description: 'Innere Verwaltung, **Sicherheit und Ordnung**, Bürgerservice.' },
  { id: 2, name: 'Schule und Kultur', description: 'Schulträgeraufgaben, Kultur und Wissenschaft.' },
  { id: 3, name: 'Soziales und Jugend', description: 'Soziale Hilfen, Kinder-, Jugend- und Familienhilfe.' },
  { id: 4, name: 'Gesundheit und Sport', description: 'Gesundheitsdienste, Sportförderung und Bäder.' },
  {
    id: 5,
    name: 'Gestaltung der Umwelt',
    description: 'Räumliche Planung, Bauen und Wohnen, Verkehr, Natur und Umwelt.',
  },
  { id: 6, name: 'Zentrale Finanzleistungen', description: 'Steuern, allgemeine Zuweisungen und Finanzwirtschaft.' },
];

/** One goal of the goal system. */
export interface GoalSeed {
  readonly id: string;
  readonly title: string;
  /** Parent goal id; `null` for a top-level goal. */
  readonly parent: string | null;
  /** Product area: only top-level goals state it in the file. */
  readonly productArea: number;
  readonly productGroup?: string;
  readonly sdgs: readonly number[];
  readonly sources: readonly string[];
  readonly focus?: boolean;
  readonly description?: string;
  /** Theme whose measures serve this goal; goals without one get measures only from their sub-goals. */
  readonly theme?: ThemeKey;
}

/** The themes measures are grouped in. */
export type ThemeKey =
  | 'digital'
  | 'participation'
  | 'staff'
  | 'safety'
  | 'schools'
  | 'schoolsDigital'
  | 'culture'
  | 'adultEducation'
  | 'neighbourhood'
  | 'children'
  | 'play'
  | 'integration'
  | 'housing'
  | 'sport'
  | 'health'
  | 'buildingsEnergy'
  | 'heat'
  | 'cycling'
  | 'transit'
  | 'green'
  | 'water'
  | 'innerCity'
  | 'vacancy'
  | 'development'
  | 'economy'
  | 'funding';

const ISEK = 'ISEK 2020';
const KSK = 'Klimaschutzkonzept 2030';
const RB = 'Ratsbeschluss 0393/2013/An';

/**
 * The goal system: top-level goals per product area, sub-goals two or three levels deep. Goal
 * `6.1.2` deliberately has no theme, so it stays without measures (a welcome warning).
 */
export const GOALS: readonly GoalSeed[] = [
  {
    id: '1.1',
    title: 'Moderne und digitale Verwaltung',
    parent: null,
    productArea: 1,
    productGroup: '11 Innere Verwaltung',
    sdgs: [16],
    sources: [ISEK],
    focus: true,
    description:
      'Die Verwaltung arbeitet **digital, schnell und bürgernah**. Leistungen sind rund um die Uhr online erreichbar.',
  },
  {
    id: '1.1.1',
    title: 'Verwaltungsleistungen online anbieten',
    parent: '1.1',
    productArea: 1,
    sdgs: [16],
    sources: [ISEK, 'Onlinezugangsgesetz'],
    theme: 'digital',
  },
  {
    id: '1.1.2',
    title: 'Interne Abläufe digitalisieren',
    parent: '1.1',
    productArea: 1,
    sdgs: [9, 16],
    sources: [ISEK],
    theme: 'digital',
  },
  {
    id: '1.2',
    title: 'Beteiligung und Transparenz',
    parent: null,
    productArea: 1,
    productGroup: '11 Innere Verwaltung',
    sdgs: [16, 17],
    sources: [ISEK],
    description:
      'Bürgerinnen und Bürger gestalten ihre Stadt mit.\nEntscheidungen der Verwaltung sind nachvollziehbar.',
  },
  {
    id: '1.2.1',
    title: 'Bürgerinnen und Bürger frühzeitig beteiligen',
    parent: '1.2',
    productArea: 1,
    sdgs: [16],
    sources: [ISEK],
    theme: 'participation',
  },
  {
    id: '1.2.2',
    title: 'Kinder und Jugendliche beteiligen',
    parent: '1.2',
    productArea: 1,
    sdgs: [4, 16],
    sources: [ISEK, 'Ratsbeschluss 0127/2021/DS'],
    theme: 'participation',
  },
  {
    id: '1.3',
    title: 'Attraktive Arbeitgeberin Stadt',
    parent: null,
    productArea: 1,
    productGroup: '11 Innere Verwaltung',
    sdgs: [5, 8],
    sources: [ISEK],
  },
  {
    id: '1.3.1',
    title: 'Fachkräfte gewinnen und halten',
    parent: '1.3',
    productArea: 1,
    sdgs: [8],
    sources: [ISEK],
    theme: 'staff',
  },
  {
    id: '1.4',
    title: 'Sichere und saubere Stadt',
    parent: null,
    productArea: 1,
    productGroup: '12 Sicherheit und Ordnung',
    sdgs: [11, 16],
    sources: [ISEK],
  },
  {
    id: '1.4.1',
    title: 'Brandschutz und Rettungsdienst sichern',
    parent: '1.4',
    productArea: 1,
    sdgs: [3, 11],
    sources: ['Brandschutzbedarfsplan 2023'],
    theme: 'safety',
  },
  {
    id: '1.4.2',
    title: 'Sicherheit und Sauberkeit im öffentlichen Raum',
    parent: '1.4',
    productArea: 1,
    sdgs: [11],
    sources: [ISEK],
    theme: 'safety',
  },

  {
    id: '2.1',
    title: 'Gute Schulen für alle',
    parent: null,
    productArea: 2,
    productGroup: '21 Schulträgeraufgaben',
    sdgs: [4],
    sources: [ISEK, 'Schulentwicklungsplan 2024'],
    focus: true,
    description:
      'Alle Kinder lernen in **sanierten, gut ausgestatteten** Schulen. Siehe [Schulentwicklungsplan](https://www.neumuenster.de/schulentwicklungsplan).',
  },
  {
    id: '2.1.1',
    title: 'Schulgebäude sanieren und erweitern',
    parent: '2.1',
    productArea: 2,
    sdgs: [4, 11],
    sources: ['Schulentwicklungsplan 2024'],
    theme: 'schools',
  },
  {
    id: '2.1.1.1',
    title: 'Ganztagsangebote an Grundschulen ausbauen',
    parent: '2.1.1',
    productArea: 2,
    sdgs: [4, 5],
    sources: ['Ganztagsförderungsgesetz'],
    theme: 'schools',
  },
  {
    id: '2.1.2',
    title: 'Digitales Lernen ermöglichen',
    parent: '2.1',
    productArea: 2,
    sdgs: [4, 9],
    sources: ['DigitalPakt Schule'],
    theme: 'schoolsDigital',
  },
  {
    id: '2.2',
    title: 'Lebendige Kultur',
    parent: null,
    productArea: 2,
    productGroup: '25 Kultur und Wissenschaft',
    sdgs: [4, 11],
    sources: [ISEK],
  },
  {
    id: '2.2.1',
    title: 'Kulturelle Einrichtungen stärken',
    parent: '2.2',
    productArea: 2,
    sdgs: [11],
    sources: [ISEK],
    theme: 'culture',
  },
  {
    id: '2.2.2',
    title: 'Kulturelle Teilhabe für alle fördern',
    parent: '2.2',
    productArea: 2,
    sdgs: [10, 11],
    sources: [ISEK],
    theme: 'culture',
  },
  {
    id: '2.3',
    title: 'Lebenslanges Lernen',
    parent: null,
    productArea: 2,
    productGroup: '27 Volkshochschule',
    sdgs: [4],
    sources: [ISEK],
  },
  {
    id: '2.3.1',
    title: 'Bildungsangebote für Erwachsene ausbauen',
    parent: '2.3',
    productArea: 2,
    sdgs: [4, 8],
    sources: [ISEK],
    theme: 'adultEducation',
  },

  {
    id: '3.1',
    title: 'Starke Quartiere',
    parent: null,
    productArea: 3,
    productGroup: '31 Soziale Hilfen',
    sdgs: [1, 10, 11],
    sources: [ISEK, 'Städtebauförderung Sozialer Zusammenhalt'],
    focus: true,
    description:
      'Jeder Stadtteil bietet Treffpunkte, Beratung und Nachbarschaft.\n- Quartiersmanagement\n- Stadtteilzentren\n- Verfügungsfonds',
  },
  {
    id: '3.1.1',
    title: 'Quartiersmanagement verstetigen',
    parent: '3.1',
    productArea: 3,
    sdgs: [10, 11],
    sources: [ISEK],
    theme: 'neighbourhood',
  },
  {
    id: '3.1.2',
    title: 'Nachbarschaftstreffpunkte schaffen',
    parent: '3.1',
    productArea: 3,
    sdgs: [11],
    sources: [ISEK],
    theme: 'neighbourhood',
  },
  {
    id: '3.2',
    title: 'Kinder, Jugendliche und Familien stärken',
    parent: null,
    productArea: 3,
    productGroup: '36 Kinder-, Jugend- und Familienhilfe',
    sdgs: [4, 5],
    sources: [ISEK],
  },
  {
    id: '3.2.1',
    title: 'Kita-Plätze bedarfsgerecht ausbauen',
    parent: '3.2',
    productArea: 3,
    sdgs: [4, 5],
    sources: ['Kita-Bedarfsplan 2025'],
    theme: 'children',
  },
  {
    id: '3.2.2',
    title: 'Offene Kinder- und Jugendarbeit stärken',
    parent: '3.2',
    productArea: 3,
    sdgs: [4, 10],
    sources: [ISEK],
    theme: 'children',
  },
  {
    id: '3.2.3',
    title: 'Spiel- und Bewegungsräume schaffen',
    parent: '3.2',
    productArea: 3,
    sdgs: [3, 11],
    sources: ['Spielplatzkonzept 2022'],
    theme: 'play',
  },
  {
    id: '3.3',
    title: 'Teilhabe und Integration',
    parent: null,
    productArea: 3,
    productGroup: '31 Soziale Hilfen',
    sdgs: [10, 16],
    sources: [ISEK],
  },
  {
    id: '3.3.1',
    title: 'Zugewanderte Menschen integrieren',
    parent: '3.3',
    productArea: 3,
    sdgs: [10],
    sources: ['Integrationskonzept 2021'],
    theme: 'integration',
  },
  {
    id: '3.3.2',
    title: 'Barrieren im öffentlichen Raum abbauen',
    parent: '3.3',
    productArea: 3,
    sdgs: [10, 11],
    sources: [ISEK],
    theme: 'integration',
  },
  {
    id: '3.4',
    title: 'Bezahlbarer Wohnraum',
    parent: null,
    productArea: 3,
    productGroup: '31 Soziale Hilfen',
    sdgs: [1, 11],
    sources: [ISEK, 'Wohnraumversorgungskonzept 2023'],
    focus: true,
  },
  {
    id: '3.4.1',
    title: 'Geförderten Wohnungsbau ausweiten',
    parent: '3.4',
    productArea: 3,
    sdgs: [1, 11],
    sources: ['Wohnraumversorgungskonzept 2023'],
    theme: 'housing',
  },

  {
    id: '4.1',
    title: 'Bewegte Stadt',
    parent: null,
    productArea: 4,
    productGroup: '42 Sportförderung',
    sdgs: [3],
    sources: [ISEK, 'Sportentwicklungsplan 2022'],
    focus: true,
  },
  {
    id: '4.1.1',
    title: 'Sportstätten und Bäder modernisieren',
    parent: '4.1',
    productArea: 4,
    sdgs: [3, 11],
    sources: ['Sportentwicklungsplan 2022'],
    theme: 'sport',
  },
  {
    id: '4.1.2',
    title: 'Bewegung im öffentlichen Raum fördern',
    parent: '4.1',
    productArea: 4,
    sdgs: [3],
    sources: ['Sportentwicklungsplan 2022'],
    theme: 'sport',
  },
  {
    id: '4.2',
    title: 'Gesund leben in Neumünster',
    parent: null,
    productArea: 4,
    productGroup: '41 Gesundheitsdienste',
    sdgs: [3],
    sources: [ISEK],
  },
  {
    id: '4.2.1',
    title: 'Gesundheitsförderung in den Stadtteilen',
    parent: '4.2',
    productArea: 4,
    sdgs: [3, 10],
    sources: [ISEK],
    theme: 'health',
  },
  {
    id: '4.2.2',
    title: 'Menschen vor Hitze schützen',
    parent: '4.2',
    productArea: 4,
    sdgs: [3, 13],
    sources: ['Hitzeaktionsplan 2025'],
    theme: 'health',
  },

  {
    id: '5.1',
    title: 'Klimaneutrale Stadt 2040',
    parent: null,
    productArea: 5,
    productGroup: '56 Umweltschutz',
    sdgs: [7, 13],
    sources: [KSK],
    focus: true,
    description:
      'Neumünster senkt seine Treibhausgasemissionen bis 2040 auf **netto null**.\nGrundlage ist das [Klimaschutzkonzept](https://www.neumuenster.de/klimaschutz).',
  },
  {
    id: '5.1.1',
    title: 'Städtische Gebäude energieeffizient machen',
    parent: '5.1',
    productArea: 5,
    sdgs: [7, 13],
    sources: [KSK],
    theme: 'buildingsEnergy',
  },
  {
    id: '5.1.2',
    title: 'Wärme erneuerbar erzeugen',
    parent: '5.1',
    productArea: 5,
    sdgs: [7, 13],
    sources: [KSK],
    theme: 'heat',
  },
  {
    id: '5.1.2.1',
    title: 'Kommunale Wärmeplanung umsetzen',
    parent: '5.1.2',
    productArea: 5,
    sdgs: [7],
    sources: ['Wärmeplanungsgesetz', KSK],
    theme: 'heat',
  },
  {
    id: '5.1.3',
    title: 'Klimafreundliche Mobilität',
    parent: '5.1',
    productArea: 5,
    productGroup: '54 Verkehrsflächen und -anlagen, ÖPNV',
    sdgs: [11, 13],
    sources: [KSK, ISEK],
  },
  {
    id: '5.1.3.1',
    title: 'Radverkehr stärken',
    parent: '5.1.3',
    productArea: 5,
    sdgs: [3, 11, 13],
    sources: ['Radverkehrskonzept 2022'],
    theme: 'cycling',
  },
  {
    id: '5.1.3.2',
    title: 'Öffentlichen Nahverkehr attraktiver machen',
    parent: '5.1.3',
    productArea: 5,
    sdgs: [11],
    sources: ['Regionaler Nahverkehrsplan'],
    theme: 'transit',
  },
  {
    id: '5.2',
    title: 'Grüne und klimaangepasste Stadt',
    parent: null,
    productArea: 5,
    productGroup: '55 Natur- und Landschaftspflege',
    sdgs: [11, 13, 15],
    sources: [ISEK, 'Klimaanpassungskonzept 2024'],
    focus: true,
  },
  {
    id: '5.2.1',
    title: 'Stadtgrün erhalten und entwickeln',
    parent: '5.2',
    productArea: 5,
    sdgs: [11, 15],
    sources: [ISEK],
    theme: 'green',
  },
  {
    id: '5.2.2',
    title: 'Regenwasser vor Ort bewirtschaften',
    parent: '5.2',
    productArea: 5,
    sdgs: [6, 13],
    sources: ['Klimaanpassungskonzept 2024'],
    theme: 'water',
  },
  {
    id: '5.2.3',
    title: 'Die Schwale als blaues Band erlebbar machen',
    parent: '5.2',
    productArea: 5,
    sdgs: [6, 14, 15],
    sources: [ISEK],
    theme: 'water',
  },
  {
    id: '5.3',
    title: 'Lebendige Innenstadt',
    parent: null,
    productArea: 5,
    productGroup: '51 Räumliche Planung und Entwicklung',
    sdgs: [8, 11],
    sources: [RB, ISEK],
  },
  {
    id: '5.3.1',
    title: 'Großflecken und Kleinflecken aufwerten',
    parent: '5.3',
    productArea: 5,
    sdgs: [11],
    sources: [RB],
    theme: 'innerCity',
  },
  {
    id: '5.3.2',
    title: 'Leerstand aktivieren',
    parent: '5.3',
    productArea: 5,
    sdgs: [8, 11],
    sources: [RB],
    theme: 'vacancy',
  },
  {
    id: '5.3.3',
    title: 'Wohnen in der Innenstadt stärken',
    parent: '5.3',
    productArea: 5,
    sdgs: [11],
    sources: [ISEK],
    theme: 'innerCity',
  },
  {
    id: '5.4',
    title: 'Nachhaltige Stadtentwicklung',
    parent: null,
    productArea: 5,
    productGroup: '51 Räumliche Planung und Entwicklung',
    sdgs: [9, 11],
    sources: [ISEK],
  },
  {
    id: '5.4.1',
    title: 'Innenentwicklung vor Außenentwicklung',
    parent: '5.4',
    productArea: 5,
    sdgs: [11, 15],
    sources: [ISEK],
    theme: 'development',
  },
  {
    id: '5.4.2',
    title: 'Gewerbeflächen nachhaltig entwickeln',
    parent: '5.4',
    productArea: 5,
    sdgs: [8, 9],
    sources: [ISEK, 'Gewerbeflächenkonzept 2021'],
    theme: 'economy',
  },

  {
    id: '6.1',
    title: 'Solide Finanzen',
    parent: null,
    productArea: 6,
    productGroup: '61 Allgemeine Finanzwirtschaft',
    sdgs: [16, 17],
    sources: [ISEK],
  },
  {
    id: '6.1.1',
    title: 'Fördermittel konsequent einwerben',
    parent: '6.1',
    productArea: 6,
    sdgs: [17],
    sources: [ISEK],
    theme: 'funding',
  },
  {
    id: '6.1.2',
    title: 'Investitionen generationengerecht finanzieren',
    parent: '6.1',
    productArea: 6,
    sdgs: [16],
    sources: ['Ratsbeschluss 0512/2024/DS'],
  },
];

/** How measures of one theme are built. */
export interface ThemeSeed {
  readonly key: ThemeKey;
  /** Relative frequency among measures. */
  readonly weight: number;
  /** Lead department candidates (ids). */
  readonly leads: readonly string[];
  /** Participating department candidates (ids). */
  readonly partners: readonly string[];
  /** SDGs a measure of the theme may state itself. */
  readonly sdgs: readonly number[];
  /** Budget products of the theme (six digits, leading zero). */
  readonly products: readonly string[];
  /** Title patterns: one word group is picked from each list and joined with a space. */
  readonly titles: readonly (readonly (readonly string[])[])[];
  /** Whether the theme's measures are building works (`Bauabschnitt`) or programmes. */
  readonly building: boolean;
  /** Committee that decides the theme's measures. */
  readonly committee: string;
  /** Whether the measures usually name a Stadtteil. */
  readonly local: boolean;
  /** One sentence on what the measures of the theme do. */
  readonly purpose: readonly string[];
}

const QUARTERS = [
  'Vicelinviertel',
  'Böcklersiedlung',
  'Faldera',
  'Gartenstadt',
  'Wittorf',
  'Innenstadt-Ost',
  'Ruthenberg',
  'Brachenfeld',
  'Tungendorf-Süd',
  'Einfeld-Mitte',
];
const STREETS = [
  'Großflecken',
  'Kleinflecken',
  'Kuhberg',
  'Holstenstraße',
  'Christianstraße',
  'Kieler Straße',
  'Rendsburger Straße',
  'Hamburger Straße',
  'Plöner Straße',
  'Altonaer Straße',
  'Haart',
  'Friedrichstraße',
  'Gartenstraße',
  'Färberstraße',
  'Sedanstraße',
  'Wasbeker Straße',
  'Boostedter Straße',
  'Ehndorfer Straße',
  'Stoverweg',
  'Südring',
  'Hansaring',
  'Schützenstraße',
];
const PARKS = [
  'Rencks Park',
  'Stadtpark',
  'Stadtwald',
  'Einfelder See',
  'Dosenmoor',
  'Tierpark',
  'Teichuferanlage',
  'Schwaleufer',
  'Friedhof Wittorf',
  'Grünzug Faldera',
  'Kleingartenpark Gartenstadt',
  'Wittorfer Burg',
];
const SCHOOLS = [
  'Grundschule Gartenstadt',
  'Grundschule Einfeld',
  'Grundschule Gadeland',
  'Grundschule Faldera',
  'Grundschule Wittorf',
  'Grundschule Tungendorf',
  'Grundschule Brachenfeld',
  'Grundschule Stör',
  'Holstenschule',
  'Klaus-Groth-Schule',
  'Immanuel-Kant-Schule',
  'Alexander-von-Humboldt-Schule',
  'Gemeinschaftsschule Faldera',
  'Gemeinschaftsschule Brachenfeld',
  'Freiherr-vom-Stein-Schule',
  'Walther-Lehmkuhl-Schule',
  'Förderzentrum Lernen',
];
const SPORTS = [
  'Stadtbad',
  'Bad am Stadtwald',
  'Sporthalle Einfeld',
  'Sporthalle Faldera',
  'Sporthalle Tungendorf',
  'Sportanlage Gadeland',
  'Sportplatz Wittorf',
  'Kunstrasenplatz Brachenfeld',
  'Leichtathletikanlage Stadtwald',
  'Holstenhallen',
  'Bezirkssportanlage Süd',
  'Reitanlage Stör',
];
const CULTURE = [
  'Stadtbücherei',
  'Theater in der Stadthalle',
  'Museum Tuch + Technik',
  'Bürgerhaus Kiek In',
  'Stadthalle',
  'Musikschule',
  'Stadtarchiv',
  'Kulturbühne Alter Bahnhof',
  'Fahrbücherei',
];
const KITAS = [
  'Kita Gartenstadt',
  'Kita Faldera',
  'Kita Einfeld',
  'Kita Wittorf',
  'Kita Am Kuhberg',
  'Kita Tungendorf',
  'Kita Gadeland',
  'Familienzentrum Böcklersiedlung',
  'Familienzentrum Vicelinviertel',
  'Jugendzentrum Vicelinviertel',
  'Jugendtreff Wittorf',
  'Jugendhaus Faldera',
];
const SERVICES = [
  'Anwohnerparkausweis',
  'Hundesteuer',
  'Wohngeld',
  'Gewerbeanmeldung',
  'Sondernutzungserlaubnis',
  'Bauantrag',
  'Kita-Platzvergabe',
  'Schülerbeförderung',
  'Fundsachen',
  'Meldebescheinigung',
  'Sportförderung',
  'Friedhofsverwaltung',
  'Bewohnerparken',
  'Veranstaltungsanzeige',
  'Sperrmüllanmeldung',
  'Baumfällgenehmigung',
];
const BUILDINGS = [
  'Rathaus',
  'Rathaus-Anbau',
  'Technisches Rathaus',
  'Feuerwache Nord',
  'Feuerwache Süd',
  'Bauhof',
  'Stadthalle',
  'Stadtbücherei',
  'Holstenschule',
  'Sporthalle Einfeld',
  'Bürgerhaus Kiek In',
  'Kita Am Kuhberg',
  'Museum Tuch + Technik',
  'Bad am Stadtwald',
];
const WORKS = [
  'Sanierung',
  'Energetische Sanierung',
  'Erweiterung',
  'Modernisierung',
  'Umbau',
  'Barrierefreier Umbau',
  'Brandschutzsanierung',
  'Dachsanierung',
];

/** The themes, with their title parts. */
export const THEMES: readonly ThemeSeed[] = [
  {
    key: 'digital',
    weight: 5,
    leads: ['12', '33', '10'],
    partners: ['12', '10', '33', '30'],
    sdgs: [9, 16],
    products: ['011101', '011201', '011401'],
    building: false,
    committee: 'Hauptausschuss',
    local: false,
    titles: [
      [['Online-Antrag', 'Digitalisierung', 'Ende-zu-Ende-Digitalisierung', 'Onlinedienst'], SERVICES],
      [
        ['Einführung', 'Ausbau', 'Rollout'],
        [
          'E-Akte',
          'digitaler Posteingang',
          'Bürgerportal',
          'Terminbuchung online',
          'Chatbot Bürgerservice',
          'Open-Data-Portal',
          'Geoportal',
          'digitale Ratsarbeit',
          'Videoberatung',
        ],
      ],
    ],
    purpose: [
      'Anträge sollen vollständig online gestellt und bearbeitet werden.',
      'Medienbrüche zwischen Papier und Fachverfahren werden abgebaut.',
    ],
  },
  {
    key: 'participation',
    weight: 3,
    leads: ['01', '61', '15'],
    partners: ['05', '51', '61', '02'],
    sdgs: [16, 17],
    products: ['011101', '011501'],
    building: false,
    committee: 'Hauptausschuss',
    local: true,
    titles: [
      [
        ['Beteiligungsverfahren', 'Bürgerwerkstatt', 'Stadtteilforum', 'Jugendbeteiligung', 'Online-Beteiligung'],
        [...QUARTERS, 'Innenstadt', 'Bahnhofsumfeld', 'Schwalepark'],
      ],
      [
        ['Leitlinien', 'Beteiligungsportal', 'Kinder- und Jugendbeirat', 'Seniorenbeirat', 'Bürgerhaushalt'],
        ['Neumünster', 'Stadtentwicklung', 'Gesamtstadt'],
      ],
    ],
    purpose: [
      'Bürgerinnen und Bürger werden früh und verständlich beteiligt.',
      'Die Ergebnisse fließen in die weitere Planung ein.',
    ],
  },
  {
    key: 'staff',
    weight: 2,
    leads: ['10'],
    partners: ['02', '12', '01'],
    sdgs: [5, 8],
    products: ['011301'],
    building: false,
    committee: 'Hauptausschuss',
    local: false,
    titles: [
      [
        [
          'Ausbildungsoffensive',
          'Personalentwicklungskonzept',
          'Gesundheitsmanagement',
          'Mobiles Arbeiten',
          'Nachwuchsprogramm',
          'Führungskräfteentwicklung',
          'Arbeitgebermarke',
        ],
        ['Stadtverwaltung', 'Verwaltung 2030', 'Neumünster', 'Bauverwaltung', 'Sozialverwaltung'],
      ],
    ],
    purpose: [
      'Die Stadt gewinnt und bindet qualifizierte Fachkräfte.',
      'Die Verwaltung bleibt trotz Ruhestandswelle arbeitsfähig.',
    ],
  },
  {
    key: 'safety',
    weight: 3,
    leads: ['37', '32'],
    partners: ['32', '37', '65', '66'],
    sdgs: [3, 11, 16],
    products: ['012601', '012201', '012701'],
    building: false,
    committee: 'Ausschuss für Ordnung und Sicherheit',
    local: true,
    titles: [
      [
        ['Neubau', 'Sanierung', 'Erweiterung'],
        [
          'Feuerwache Nord',
          'Feuerwache Süd',
          'Gerätehaus Freiwillige Feuerwehr Einfeld',
          'Gerätehaus Freiwillige Feuerwehr Gadeland',
          'Gerätehaus Freiwillige Feuerwehr Wittorf',
          'Rettungswache Tungendorf',
        ],
      ],
      [
        ['Sicherheitskonzept', 'Beleuchtungskonzept', 'Ordnungspartnerschaft', 'Sauberkeitsoffensive', 'Videoschutz'],
        ['Bahnhofsumfeld', 'Großflecken', 'ZOB', 'Innenstadt', 'Kuhberg', 'Rencks Park'],
      ],
    ],
    purpose: [
      'Hilfsfristen werden eingehalten und Einsatzkräfte gut ausgestattet.',
      'Der öffentliche Raum wird sicherer und sauberer.',
    ],
  },
  {
    key: 'schools',
    weight: 10,
    leads: ['40', '65'],
    partners: ['65', '40', '51', '20', '66'],
    sdgs: [4, 11],
    products: ['021101', '021201', '021501', '021801'],
    building: true,
    committee: 'Schul-, Jugend- und Kulturausschuss',
    local: true,
    titles: [
      [WORKS, SCHOOLS],
      [
        [
          'Neubau Mensa',
          'Ganztagsräume',
          'Schulhofgestaltung',
          'Neubau Sporthalle',
          'Erweiterung Offene Ganztagsschule',
          'Fachräume Naturwissenschaften',
          'Schulwegsicherung',
        ],
        SCHOOLS,
      ],
    ],
    purpose: [
      'Die Schule erhält zeitgemäße Lern- und Aufenthaltsräume.',
      'Der Raumbedarf aus dem Schulentwicklungsplan wird gedeckt.',
      'Ab 2026 besteht der Rechtsanspruch auf Ganztagsbetreuung.',
    ],
  },
  {
    key: 'schoolsDigital',
    weight: 3,
    leads: ['40', '12'],
    partners: ['12', '65'],
    sdgs: [4, 9],
    products: ['021101', '021901'],
    building: false,
    committee: 'Schul-, Jugend- und Kulturausschuss',
    local: true,
    titles: [
      [
        [
          'Digitalisierung',
          'WLAN-Ausstattung',
          'Glasfaseranschluss',
          'Medienentwicklungsplan',
          'Tablet-Ausstattung',
          'Digitale Tafeln',
        ],
        SCHOOLS,
      ],
    ],
    purpose: [
      'Alle Klassenräume erhalten WLAN und digitale Präsentationstechnik.',
      'Lehrkräfte werden im Umgang mit den Geräten geschult.',
    ],
  },
  {
    key: 'culture',
    weight: 4,
    leads: ['40', '42', '45'],
    partners: ['05', '80', '65', '43'],
    sdgs: [4, 11],
    products: ['025101', '025201', '027101', '028101'],
    building: false,
    committee: 'Schul-, Jugend- und Kulturausschuss',
    local: true,
    titles: [
      [['Sanierung', 'Neukonzeption', 'Modernisierung', 'Barrierefreier Zugang', 'Programmerweiterung'], CULTURE],
      [
        ['Kulturfestival', 'Lesesommer', 'Kulturpass', 'Stadtteilkultur', 'Sommerbühne', 'Museumsnacht'],
        ['Neumünster', ...QUARTERS.slice(0, 6), 'Innenstadt'],
      ],
    ],
    purpose: [
      'Kultur wird für alle Altersgruppen zugänglich.',
      'Die Einrichtung wird zu einem offenen Ort der Begegnung.',
    ],
  },
  {
    key: 'adultEducation',
    weight: 2,
    leads: ['43'],
    partners: ['54', '42', '80'],
    sdgs: [4, 8],
    products: ['027101'],
    building: false,
    committee: 'Schul-, Jugend- und Kulturausschuss',
    local: false,
    titles: [
      [
        ['Grundbildungszentrum', 'Sprachkurse', 'Digitalkompetenz', 'Bildungsberatung', 'Lernwerkstatt'],
        ['Volkshochschule', 'für Erwachsene', 'für Seniorinnen und Senioren', 'für Zugewanderte', 'im Stadtteil'],
      ],
    ],
    purpose: ['Erwachsene erhalten wohnortnahe Bildungsangebote.'],
  },
  {
    key: 'neighbourhood',
    weight: 7,
    leads: ['61', '50'],
    partners: ['50', '51', '54', '61', '66'],
    sdgs: [1, 10, 11],
    products: ['031101', '051101', '051201'],
    building: false,
    committee: 'Sozial- und Gesundheitsausschuss',
    local: true,
    titles: [
      [
        [
          'Quartiersmanagement',
          'Stadtteilzentrum',
          'Verfügungsfonds',
          'Nachbarschaftstreff',
          'Stadtteilbüro',
          'Quartierskonzept',
          'Gemeinwesenarbeit',
        ],
        QUARTERS,
      ],
    ],
    purpose: [
      'Im Quartier entsteht eine Anlaufstelle für Nachbarschaft und Beratung.',
      'Initiativen aus dem Stadtteil werden unterstützt.',
    ],
  },
  {
    key: 'children',
    weight: 6,
    leads: ['51', '40'],
    partners: ['65', '51', '50', '20'],
    sdgs: [4, 5, 10],
    products: ['036101', '036501', '036601'],
    building: true,
    committee: 'Jugendhilfeausschuss',
    local: true,
    titles: [
      [['Neubau', 'Erweiterung', 'Sanierung', 'Krippenausbau', 'Außengelände'], KITAS],
      [
        ['Streetwork', 'Ferienprogramm', 'Frühe Hilfen', 'Familienbildung', 'Schulsozialarbeit'],
        ['Neumünster', ...QUARTERS.slice(0, 7)],
      ],
    ],
    purpose: [
      'Familien finden wohnortnah Betreuung und Unterstützung.',
      'Zusätzliche Betreuungsplätze decken den Bedarf laut Kita-Bedarfsplan.',
    ],
  },
  {
    key: 'play',
    weight: 3,
    leads: ['66', '51'],
    partners: ['51', '66', '61'],
    sdgs: [3, 11],
    products: ['036801', '055101'],
    building: true,
    committee: 'Jugendhilfeausschuss',
    local: true,
    titles: [
      [
        ['Neugestaltung Spielplatz', 'Bewegungsparcours', 'Skateanlage', 'Naturspielraum', 'Bolzplatz'],
        [...PARKS.slice(0, 8), ...QUARTERS.slice(0, 6)],
      ],
    ],
    purpose: ['Kinder bekommen sichere und abwechslungsreiche Orte zum Spielen.'],
  },
  {
    key: 'integration',
    weight: 3,
    leads: ['54', '50'],
    partners: ['43', '50', '51', '02', '67'],
    sdgs: [10, 16],
    products: ['031501', '031101'],
    building: false,
    committee: 'Sozial- und Gesundheitsausschuss',
    local: true,
    titles: [
      [
        ['Integrationslotsen', 'Willkommenszentrum', 'Sprachcafé', 'Migrationsberatung', 'Interkulturelle Öffnung'],
        ['Neumünster', 'Stadtverwaltung', ...QUARTERS.slice(0, 4)],
      ],
      [
        ['Barrierefreier Ausbau', 'Blindenleitsystem', 'Abgesenkte Bordsteine', 'Barrierefreie Bushaltestellen'],
        [...STREETS.slice(0, 10), 'ZOB', 'Bahnhof'],
      ],
    ],
    purpose: ['Alle Menschen können gleichberechtigt am Stadtleben teilhaben.'],
  },
  {
    key: 'housing',
    weight: 3,
    leads: ['61', '50'],
    partners: ['23', '61', '63', '50'],
    sdgs: [1, 11],
    products: ['052101', '052201'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        ['Geförderter Wohnungsbau', 'Wohnprojekt', 'Quartiersentwicklung', 'Modernisierung Wohnungsbestand'],
        [...STREETS.slice(8), 'Vicelinviertel', 'Böcklersiedlung', 'Faldera-West', 'Ehemaliges Güterbahnhofsgelände'],
      ],
    ],
    purpose: ['Es entsteht bezahlbarer Wohnraum mit Mietpreis- und Belegungsbindung.'],
  },
  {
    key: 'sport',
    weight: 5,
    leads: ['52', '65'],
    partners: ['65', '52', '66', '40'],
    sdgs: [3, 11],
    products: ['042101', '042401'],
    building: true,
    committee: 'Sportausschuss',
    local: true,
    titles: [
      [WORKS, SPORTS],
      [
        ['Bewegungsparcours', 'Laufstrecke', 'Calisthenics-Anlage', 'Outdoor-Fitness', 'Beachvolleyballfeld'],
        PARKS.slice(0, 9),
      ],
    ],
    purpose: ['Vereine und Schulen erhalten zeitgemäße Sportstätten.', 'Bewegung wird im Alltag leichter.'],
  },
  {
    key: 'health',
    weight: 3,
    leads: ['53'],
    partners: ['50', '51', '66', '68'],
    sdgs: [3, 10, 13],
    products: ['041401', '041101'],
    building: false,
    committee: 'Sozial- und Gesundheitsausschuss',
    local: true,
    titles: [
      [
        ['Gesundheitskiosk', 'Hitzeschutzplan', 'Trinkbrunnen', 'Gesundheitslotsen', 'Präventionskette', 'Kühle Orte'],
        ['Neumünster', 'Innenstadt', ...QUARTERS.slice(0, 6)],
      ],
    ],
    purpose: [
      'Gesundheitsangebote erreichen auch Menschen, die sonst schwer erreicht werden.',
      'Besonders gefährdete Menschen werden bei Hitze geschützt.',
    ],
  },
  {
    key: 'buildingsEnergy',
    weight: 6,
    leads: ['65', '68'],
    partners: ['68', '65', '20', '12'],
    sdgs: [7, 13],
    products: ['011701', '056101'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        [
          'Photovoltaik',
          'Energetische Sanierung',
          'LED-Umrüstung',
          'Dämmung Gebäudehülle',
          'Wärmepumpe',
          'Energiemonitoring',
        ],
        BUILDINGS,
      ],
      [['LED-Umrüstung Straßenbeleuchtung'], [...STREETS, ...QUARTERS]],
    ],
    purpose: ['Der Energieverbrauch städtischer Gebäude sinkt deutlich.', 'Der Strom kommt vom eigenen Dach.'],
  },
  {
    key: 'heat',
    weight: 3,
    leads: ['68', '61'],
    partners: ['61', '68', '23'],
    sdgs: [7, 13],
    products: ['056101', '051101'],
    building: false,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        ['Kommunale Wärmeplanung', 'Nahwärmenetz', 'Wärmenetz', 'Quartierskonzept Wärme', 'Sanierungsmanagement'],
        [...QUARTERS, 'Stadtmitte', 'Gesamtstadt'],
      ],
    ],
    purpose: ['Die Wärmeversorgung wird schrittweise auf erneuerbare Energien umgestellt.'],
  },
  {
    key: 'cycling',
    weight: 7,
    leads: ['67', '66'],
    partners: ['66', '67', '61', '32'],
    sdgs: [3, 11, 13],
    products: ['054101', '054201'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        [
          'Radweg',
          'Fahrradstraße',
          'Protected Bike Lane',
          'Radschnellverbindung',
          'Fahrradparken',
          'Radverkehrsführung',
        ],
        [...STREETS, 'Bahnhof', 'ZOB', 'Schwaleufer', 'Einfeld – Innenstadt', 'Wittorf – Gadeland'],
      ],
      [
        ['Radverkehrskonzept', 'Fahrradverleihsystem', 'Mobilitätsstationen', 'Lastenradförderung'],
        ['Neumünster', 'Innenstadt', 'Gesamtstadt', 'Fortschreibung 2027'],
      ],
    ],
    purpose: ['Radfahren wird sicherer und bequemer.', 'Lücken im Radverkehrsnetz werden geschlossen.'],
  },
  {
    key: 'transit',
    weight: 4,
    leads: ['67'],
    partners: ['66', '61', '80'],
    sdgs: [11, 13],
    products: ['054701'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        [
          'Barrierefreier Ausbau Bushaltestellen',
          'Busbeschleunigung',
          'Taktverdichtung Buslinie',
          'On-Demand-Verkehr',
          'Mobilitätsstation',
        ],
        [...STREETS.slice(0, 12), 'ZOB', 'Bahnhof Einfeld', 'Stadtteil Stör', 'Gadeland'],
      ],
    ],
    purpose: ['Busse fahren häufiger, zuverlässiger und barrierefrei.'],
  },
  {
    key: 'green',
    weight: 6,
    leads: ['66', '68'],
    partners: ['68', '66', '61'],
    sdgs: [11, 13, 15],
    products: ['055101', '055201', '055301'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        [
          'Klimaanpassung',
          'Begrünung',
          'Entsiegelung',
          'Baumpflanzungen',
          'Blühflächen',
          'Aufwertung',
          'Pflegekonzept',
        ],
        [...STREETS.slice(0, 10), ...PARKS],
      ],
      [
        ['Stadtbaumkonzept', 'Grünflächenentwicklungsplan', 'Biotopverbund', 'Dach- und Fassadenbegrünung'],
        ['Neumünster', 'Innenstadt', 'Gesamtstadt'],
      ],
    ],
    purpose: [
      'Mehr Grün kühlt die Stadt und bietet Lebensraum für Tiere und Pflanzen.',
      'Versiegelte Flächen werden entsiegelt und begrünt.',
    ],
  },
  {
    key: 'water',
    weight: 4,
    leads: ['66', '68'],
    partners: ['68', '66', '61'],
    sdgs: [6, 13, 15],
    products: ['053801', '055201'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        ['Renaturierung', 'Regenrückhaltung', 'Hochwasserschutz', 'Uferweg'],
        ['Schwale', 'Stör', 'Aalbek', 'Tungendorfer Graben', 'Einfelder See', 'Teichuferanlage'],
      ],
      [
        ['Schwammstadt-Pilotprojekt', 'Starkregengefahrenkarte', 'Mulden-Rigolen-System', 'Regenwasserkonzept'],
        [...QUARTERS.slice(0, 6), 'Großflecken', 'Gesamtstadt'],
      ],
    ],
    purpose: ['Regenwasser wird vor Ort zurückgehalten, gespeichert und verdunstet.'],
  },
  {
    key: 'innerCity',
    weight: 6,
    leads: ['61', '80'],
    partners: ['66', '80', '61', '67', '32'],
    sdgs: [8, 11],
    products: ['051101', '051201', '057101'],
    building: true,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        ['Umgestaltung', 'Klimaanpassung', 'Neugestaltung', 'Beleuchtungskonzept', 'Möblierung', 'Verkehrsberuhigung'],
        [
          'Großflecken',
          'Kleinflecken',
          'Kuhberg',
          'Holstenstraße',
          'Christianstraße',
          'Lütjenstraße',
          'Gänsemarkt',
          'Teichuferanlage',
          'Bahnhofsvorplatz',
          'Vicelinkirchplatz',
        ],
      ],
      [
        ['Vorbereitende Untersuchungen', 'Städtebaulicher Rahmenplan', 'Gestaltungssatzung', 'Innenstadtkonzept'],
        ['Innenstadt', 'Bahnhofsumfeld', 'Altstadtkern', 'Holstenstraße'],
      ],
    ],
    purpose: ['Die Innenstadt wird attraktiver zum Einkaufen, Wohnen und Verweilen.'],
  },
  {
    key: 'vacancy',
    weight: 3,
    leads: ['80', '61'],
    partners: ['61', '23', '80'],
    sdgs: [8, 11],
    products: ['057101'],
    building: false,
    committee: 'Wirtschafts- und Finanzausschuss',
    local: true,
    titles: [
      [
        ['Leerstandsmanagement', 'Zwischennutzung', 'Pop-up-Stores', 'Ansiedlungsförderung', 'Ladenflächenprogramm'],
        ['Innenstadt', 'Holstenstraße', 'Kuhberg', 'Großflecken', 'Christianstraße', 'Bahnhofsumfeld'],
      ],
    ],
    purpose: ['Leerstehende Ladenlokale werden wieder belebt.'],
  },
  {
    key: 'development',
    weight: 4,
    leads: ['61', '63', '62'],
    partners: ['62', '63', '23', '68'],
    sdgs: [11, 15],
    products: ['051101', '051201'],
    building: false,
    committee: 'Bau- und Umweltausschuss',
    local: true,
    titles: [
      [
        [
          'Bebauungsplan Nr. 12',
          'Bebauungsplan Nr. 47',
          'Bebauungsplan Nr. 118',
          'Bebauungsplan Nr. 131',
          'Bebauungsplan Nr. 152',
          'Bebauungsplan Nr. 207',
          'Baulückenkataster',
          'Flächennutzungsplan-Änderung',
        ],
        [
          'Stadtmitte',
          'Faldera',
          'Tungendorf',
          'Einfeld',
          'Gadeland',
          'Wittorf',
          'Gartenstadt',
          'Brachenfeld-Ruthenberg',
        ],
      ],
      [
        ['Rahmenplan', 'Entwicklungskonzept', 'Wettbewerb'],
        [
          'Ehemaliges Güterbahnhofsgelände',
          'Kasernengelände',
          'Stadtquartier Anscharpark',
          'Wohngebiet Ruthenberger Weg',
        ],
      ],
    ],
    purpose: ['Vorhandene Flächen werden besser genutzt, bevor neue Flächen bebaut werden.'],
  },
  {
    key: 'economy',
    weight: 2,
    leads: ['80', '61'],
    partners: ['61', '23', '68'],
    sdgs: [8, 9],
    products: ['057101', '057301'],
    building: true,
    committee: 'Wirtschafts- und Finanzausschuss',
    local: true,
    titles: [
      [
        ['Erschließung', 'Klimaneutrale Entwicklung', 'Flächenmanagement', 'Breitbandausbau'],
        [
          'Gewerbepark Eichhof',
          'Gewerbegebiet Süd',
          'Gewerbegebiet Stoverweg',
          'Gewerbegebiet Wittorf',
          'Gewerbegebiet Brachenfeld',
          'Logistikstandort A7',
        ],
      ],
    ],
    purpose: ['Unternehmen finden passende Flächen, ohne dass Landschaft verbraucht wird.'],
  },
  {
    key: 'funding',
    weight: 1,
    leads: ['20'],
    partners: ['20', '61', '01'],
    sdgs: [17],
    products: ['061101', '061201'],
    building: false,
    committee: 'Wirtschafts- und Finanzausschuss',
    local: false,
    titles: [
      [
        ['Fördermittelmanagement', 'Förderdatenbank', 'Fördermittelcontrolling', 'EU-Förderstrategie'],
        ['Stadtverwaltung', 'Städtebauförderung', 'Klimaschutzprojekte', 'Bildungsbauten'],
      ],
    ],
    purpose: ['Die Stadt nutzt Förderprogramme von Land, Bund und EU konsequent.'],
  },
];

/** Ordinary paragraphs for status reports, by how far a measure is. */
/**
 * `Schlagworte` the office adds to some measures, by a word of the title (the first matching entry
 * wins): the optional column's search terms that the title does not say.
 */
export const SAMPLE_KEYWORDS: readonly { readonly titleHas: string; readonly keywords: readonly string[] }[] = [
  { titleHas: 'Kita', keywords: ['Kinderbetreuung', 'Familien'] },
  { titleHas: 'Bushaltestellen', keywords: ['ÖPNV', 'Rollstuhl', 'Kinderwagen'] },
  { titleHas: 'Sporthalle', keywords: ['Schulsport', 'Vereinssport'] },
  { titleHas: 'Stadtbücherei', keywords: ['Bibliothek', 'Lesen'] },
  { titleHas: 'LED-Umrüstung', keywords: ['Laternen', 'Energiesparen'] },
  { titleHas: 'Hitzeschutzplan', keywords: ['Hitzewelle', 'Gesundheit'] },
  { titleHas: 'Fahrradverleihsystem', keywords: ['Leihrad', 'Bikesharing'] },
  { titleHas: 'Glasfaser', keywords: ['schnelles Internet'] },
  { titleHas: 'Photovoltaik', keywords: ['Solarstrom'] },
  { titleHas: 'Trinkbrunnen', keywords: ['Trinkwasser', 'Hitze'] },
];

export const REPORT_PHRASES = {
  planned: [
    'Die Maßnahme ist im Doppelhaushalt veranschlagt. Der Beginn ist für {year} vorgesehen.',
    'Die Grundlagenermittlung startet nach Freigabe der Haushaltsmittel.',
    'Erste Abstimmungen mit den beteiligten Fachdiensten haben stattgefunden.',
  ],
  preparing: [
    'Die Ausschreibung der Planungsleistungen ist veröffentlicht.',
    'Der Förderantrag wurde gestellt; der Bescheid wird im {quarter}. Quartal {year} erwartet.',
    'Die Entwurfsplanung liegt vor und wurde im Ausschuss vorgestellt.',
    'Die Beteiligung der Anwohnerinnen und Anwohner ist abgeschlossen.',
  ],
  inProgress: [
    'Die Arbeiten laufen planmäßig.',
    'Der {n}. Bauabschnitt ist fertiggestellt; der nächste beginnt im {quarter}. Quartal {year}.',
    'Wegen gestiegener Baupreise verzögert sich die Fertigstellung um einige Monate.',
    'Die Umsetzung liegt im Zeit- und Kostenrahmen.',
    'Lieferengpässe haben den Zeitplan leicht verschoben.',
  ],
  ongoing: [
    'Die Aufgabe wird dauerhaft wahrgenommen und jährlich ausgewertet.',
    'Im vergangenen Jahr wurden {n} Vorhaben unterstützt.',
  ],
  completed: [
    'Die Maßnahme ist abgeschlossen und wurde der Öffentlichkeit übergeben.',
    'Die Schlussrechnung liegt vor; die Kosten blieben im Rahmen.',
  ],
  deferred: [
    'Die Maßnahme ist wegen fehlender Haushaltsmittel zurückgestellt.',
    'Die Umsetzung ruht, bis über die Förderung entschieden ist.',
  ],
  dropped: [
    'Die Maßnahme entfällt; das Ziel wird mit einer anderen Maßnahme verfolgt.',
    'Nach Beschluss des Ausschusses wird die Maßnahme nicht weiterverfolgt.',
  ],
  bullets: [
    'Entwurfsplanung abgestimmt',
    'Fördermittelantrag gestellt',
    'Ausschreibung veröffentlicht',
    'Auftrag vergeben',
    'Baubeginn erfolgt',
    'Bürgerinformation durchgeführt',
    'Abstimmung mit dem Land erfolgt',
    'Kostenschätzung aktualisiert',
  ],
} as const;
