/**
 * The sample's indicators (Kennzahlen) for a city of Neumünster's size, as clean values. The
 * figures are fictitious: plausible in size and direction, made up in detail (the sample's
 * settings carry a `dataNotice` saying so).
 *
 * Each seed fixes its base and newest value, so the assessment the core computes is chosen
 * here: every category of the method appears (`sample-data.test.ts` checks it). Values between
 * them wiggle deterministically, some series go up and down on the way.
 */
import { DISTRICTS } from './neumuenster.ts';
import { createRandom, type Random } from './random.ts';

/** One value of a sample indicator. */
export interface SampleIndicatorValue {
  readonly year: number;
  readonly value: number;
  /** Stadtteil, or `null` for the city-wide value. */
  readonly district: string | null;
  readonly note: string | null;
}

/** One sample indicator, as the office means it. */
export interface SampleIndicator {
  readonly id: string;
  readonly title: string;
  readonly goalIds: readonly string[];
  readonly unit: string;
  readonly direction: 'up' | 'down';
  readonly targetValue: number | null;
  readonly targetYear: number | null;
  readonly baseYear: number | null;
  readonly description: string;
  readonly source: string;
  /** SDGs the row states; empty means inherited from the goals. */
  readonly sdgs: readonly number[];
  readonly sdgIndicator: string | null;
  readonly departmentId: string;
  /** Decimals the figures are kept with. */
  readonly decimals: number;
  readonly values: readonly SampleIndicatorValue[];
}

/** How a seed's series is made. */
interface IndicatorSeed extends Omit<SampleIndicator, 'values'> {
  /** First and newest year with a city-wide value. */
  readonly from: number;
  readonly to: number;
  /** Values of the first and the newest year; the years between are interpolated. */
  readonly start: number;
  readonly end: number;
  /** Relative size of the wiggle between the ends (0.02: ±2 % of the value). */
  readonly wiggle?: number;
  /** Only these years have values (surveys every few years). */
  readonly years?: readonly number[];
  /** Explicit values for single years (a dip, a jump), replacing the interpolation. */
  readonly overrides?: Readonly<Record<number, number>>;
  /** Notes on single values. */
  readonly notes?: Readonly<Record<number, string>>;
  /** A breakdown by Stadtteil from this year on. */
  readonly districtsFrom?: number;
  /** The value of meeting 2's new year (2026), if the indicator gets one. */
  readonly next?: number;
}

const STAT_NORD = 'Statistikamt Nord';
const OWN = 'Eigene Erhebung der Stadt Neumünster';

/** The seeds: about 25 indicators across all six product areas. */
const SEEDS: readonly IndicatorSeed[] = [
  // 1 Zentrale Verwaltung
  {
    id: 'K-1.1',
    title: 'Online verfügbare Verwaltungsleistungen',
    goalIds: ['1.1.1'],
    unit: '%',
    direction: 'up',
    targetValue: 100,
    targetYear: 2024,
    baseYear: null,
    description:
      'Anteil der Verwaltungsleistungen nach dem Onlinezugangsgesetz, die **vollständig online** beantragt werden können.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '12',
    decimals: 0,
    from: 2019,
    to: 2025,
    start: 18,
    end: 71,
    wiggle: 0.04,
    next: 80,
  },
  {
    id: 'K-1.2',
    title: 'Teilnahmen an Beteiligungsverfahren je 1.000 Einwohnerinnen und Einwohner',
    goalIds: ['1.2.1', '1.2.2'],
    unit: 'je 1.000 Einw.',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Beiträge in Präsenz- und Online-Beteiligungen der Stadt, bezogen auf die Einwohnerzahl.',
    source: OWN,
    sdgs: [16],
    sdgIndicator: null,
    departmentId: '61',
    decimals: 1,
    from: 2018,
    to: 2025,
    start: 12,
    end: 19.5,
    wiggle: 0.08,
    overrides: { 2020: 7.4 },
    notes: { 2020: 'Weniger Präsenzveranstaltungen wegen der Corona-Pandemie.' },
  },
  {
    id: 'K-1.3',
    title: 'Dauer bis zur Besetzung offener Stellen',
    goalIds: ['1.3.1'],
    unit: 'Tage',
    direction: 'down',
    targetValue: 60,
    targetYear: 2028,
    baseYear: null,
    description: 'Mittlere Dauer von der Ausschreibung bis zur Zusage, in Kalendertagen.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '10',
    decimals: 0,
    from: 2019,
    to: 2025,
    start: 92,
    end: 104,
    wiggle: 0.05,
  },
  {
    id: 'K-1.4',
    title: 'Einhaltung der Hilfsfrist im Rettungsdienst',
    goalIds: ['1.4.1'],
    unit: '%',
    direction: 'up',
    targetValue: 90,
    targetYear: 2026,
    baseYear: null,
    description:
      'Anteil der Notfalleinsätze, bei denen der Rettungswagen innerhalb von zwölf Minuten am Einsatzort war.',
    source: 'Rettungsdienstbericht',
    sdgs: [3],
    sdgIndicator: null,
    departmentId: '37',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 84.2,
    end: 90.6,
    wiggle: 0.01,
  },

  // 2 Schule und Kultur
  {
    id: 'K-2.1',
    title: 'Schulabgängerinnen und -abgänger ohne ersten allgemeinbildenden Abschluss',
    goalIds: ['2.1'],
    unit: '%',
    direction: 'down',
    targetValue: 5,
    targetYear: 2030,
    baseYear: null,
    description: 'Anteil an allen Abgängerinnen und Abgängern allgemeinbildender Schulen eines Schuljahres.',
    source: STAT_NORD,
    sdgs: [],
    sdgIndicator: 'Schulabbrecherquote',
    departmentId: '40',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 9.8,
    end: 8.9,
    wiggle: 0.06,
  },
  {
    id: 'K-2.2',
    title: 'Versorgungsquote Ganztag an Grundschulen',
    goalIds: ['2.1.1.1'],
    unit: '%',
    direction: 'up',
    targetValue: 80,
    targetYear: 2029,
    baseYear: null,
    description: 'Plätze in Ganztagsangeboten je 100 Grundschulkinder.',
    source: OWN,
    sdgs: [],
    sdgIndicator: 'Ganztagsbetreuung für Grundschulkinder',
    departmentId: '40',
    decimals: 0,
    from: 2018,
    to: 2025,
    start: 38,
    end: 66,
    wiggle: 0.03,
    districtsFrom: 2023,
  },
  {
    id: 'K-2.3',
    title: 'Schülerinnen und Schüler je digitalem Endgerät',
    goalIds: ['2.1.2'],
    unit: 'Anzahl',
    direction: 'down',
    targetValue: 1,
    targetYear: 2026,
    baseYear: null,
    description: 'Schülerinnen und Schüler städtischer Schulen je schulischem Tablet oder Laptop.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '40',
    decimals: 1,
    from: 2019,
    to: 2025,
    start: 12.4,
    end: 0.9,
    wiggle: 0.1,
  },
  {
    id: 'K-2.4',
    title: 'Besuche in städtischen Kultureinrichtungen je Einwohnerin und Einwohner',
    goalIds: ['2.2.1'],
    unit: 'je Einw.',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Besuche in Stadtbücherei, Museum Tuch + Technik, Stadthalle und Musikschule.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '42',
    decimals: 2,
    from: 2016,
    to: 2025,
    start: 2.41,
    end: 2.38,
    wiggle: 0.02,
    overrides: { 2020: 1.12, 2021: 1.35 },
    notes: { 2020: 'Schließungen wegen der Corona-Pandemie.', 2021: 'Schließungen wegen der Corona-Pandemie.' },
  },
  {
    id: 'K-2.5',
    title: 'Teilnahmen an Kursen der Volkshochschule',
    goalIds: ['2.3.1'],
    unit: 'Anzahl',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Belegungen von Kursen, Vorträgen und Bildungsurlauben im Kalenderjahr.',
    source: 'Volkshochschule Neumünster',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '43',
    decimals: 0,
    from: 2016,
    to: 2025,
    start: 14850,
    end: 11200,
    wiggle: 0.03,
    next: 11350,
  },

  // 3 Soziales und Jugend
  {
    id: 'K-3.1',
    title: 'Betreuungsquote der Kinder unter drei Jahren',
    goalIds: ['3.2.1'],
    unit: '%',
    direction: 'up',
    targetValue: 45,
    targetYear: 2028,
    baseYear: null,
    description: 'Kinder unter drei Jahren in Kindertagesstätten und Kindertagespflege, je 100 Kinder dieses Alters.',
    source: STAT_NORD,
    sdgs: [],
    sdgIndicator: 'Betreuung von Kindern (unter 3-Jährige)',
    departmentId: '51',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 27.5,
    end: 38.1,
    wiggle: 0.02,
    districtsFrom: 2021,
    notes: { 2025: 'vorläufig' },
  },
  {
    id: 'K-3.2',
    title: 'Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II',
    goalIds: ['3.1'],
    unit: '%',
    direction: 'down',
    targetValue: 20,
    targetYear: 2030,
    baseYear: null,
    description: 'Anteil der Kinder unter 15 Jahren, die in Bedarfsgemeinschaften nach dem SGB II leben.',
    source: 'Bundesagentur für Arbeit',
    sdgs: [1, 10],
    sdgIndicator: 'Kinderarmut',
    departmentId: '50',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 27.9,
    end: 22.8,
    wiggle: 0.015,
    districtsFrom: 2019,
  },
  {
    id: 'K-3.3',
    title: 'Fertiggestellte Wohnungen',
    goalIds: ['3.4'],
    unit: 'Anzahl',
    direction: 'up',
    targetValue: 350,
    targetYear: 2030,
    baseYear: null,
    description: 'In Wohn- und Nichtwohngebäuden fertiggestellte Wohnungen im Kalenderjahr (Neubau und Umbau).',
    source: STAT_NORD,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '63',
    decimals: 0,
    from: 2016,
    to: 2025,
    start: 180,
    end: 205,
    wiggle: 0.15,
  },
  {
    id: 'K-3.4',
    title: 'Mietpreisgebundene Wohnungen',
    goalIds: ['3.4.1'],
    unit: 'Anzahl',
    direction: 'up',
    targetValue: 2400,
    targetYear: 2030,
    baseYear: null,
    description:
      'Wohnungen mit Mietpreis- und Belegungsbindung am 31.12. Bindungen laufen aus, neue kommen mit dem geförderten Wohnungsbau hinzu.',
    source: 'Investitionsbank Schleswig-Holstein',
    sdgs: [],
    sdgIndicator: 'Sozialwohnungen',
    departmentId: '61',
    decimals: 0,
    from: 2016,
    to: 2025,
    start: 2310,
    end: 1980,
    wiggle: 0.01,
  },
  {
    id: 'K-3.5',
    title: 'Barrierefrei ausgebaute Bushaltestellen',
    goalIds: ['3.3.2'],
    unit: '%',
    direction: 'up',
    targetValue: 100,
    targetYear: 2032,
    baseYear: null,
    description:
      'Anteil der Haltestellen mit erhöhtem Bord und Blindenleitsystem. **2025 erstmals erhoben**; bewertbar, sobald ein zweites Jahr vorliegt.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '67',
    decimals: 0,
    from: 2025,
    to: 2025,
    start: 41,
    end: 41,
    notes: { 2025: 'Ersterhebung' },
  },

  // 4 Gesundheit und Sport
  {
    id: 'K-4.1',
    title: 'Mitglieder in Sportvereinen je 100 Einwohnerinnen und Einwohner',
    goalIds: ['4.1'],
    unit: 'je 100 Einw.',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Mitglieder der Neumünsteraner Sportvereine nach der Bestandserhebung des Landessportverbands.',
    source: 'Landessportverband Schleswig-Holstein',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '52',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 28.4,
    end: 27.9,
    wiggle: 0.02,
    overrides: { 2021: 25.9 },
  },
  {
    id: 'K-4.2',
    title: 'Kinder mit Übergewicht bei der Schuleingangsuntersuchung',
    goalIds: ['4.2.1'],
    unit: '%',
    direction: 'down',
    targetValue: 8,
    targetYear: 2030,
    baseYear: null,
    description: 'Anteil der untersuchten Kinder mit Übergewicht oder Adipositas.',
    source: 'Schuleingangsuntersuchung des Gesundheitsamts',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '53',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 11.6,
    end: 12.3,
    wiggle: 0.04,
    districtsFrom: 2022,
  },
  {
    id: 'K-4.3',
    title: 'Sicher schwimmende Kinder am Ende der Grundschulzeit',
    goalIds: ['4.1.1'],
    unit: '%',
    direction: 'up',
    targetValue: 90,
    targetYear: 2028,
    baseYear: null,
    description: 'Kinder der vierten Klassen mit dem Schwimmabzeichen Bronze oder höher.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '52',
    decimals: 0,
    from: 2018,
    to: 2025,
    start: 61,
    end: 82,
    wiggle: 0.03,
    overrides: { 2020: 52, 2021: 55 },
  },

  // 5 Gestaltung der Umwelt
  {
    id: 'K-5.1',
    title: 'CO₂-Emissionen je Einwohnerin und Einwohner',
    goalIds: ['5.1'],
    unit: 't CO₂ je Einw.',
    direction: 'down',
    targetValue: 4,
    targetYear: 2030,
    baseYear: null,
    description:
      'Energiebedingte CO₂-Emissionen nach der **BISKO-Methode**, bezogen auf die Einwohnerzahl. Werte liegen mit einem Jahr Verzug vor.',
    source: 'Klimaschutzbericht 2025',
    sdgs: [],
    sdgIndicator: 'Treibhausgasemissionen',
    departmentId: '68',
    decimals: 1,
    from: 2016,
    to: 2024,
    start: 8.6,
    end: 6.9,
    wiggle: 0.02,
    notes: { 2024: 'vorläufig' },
    next: 6.6,
  },
  {
    id: 'K-5.2',
    title: 'Anteil des Radverkehrs an allen Wegen',
    goalIds: ['5.1.3.1'],
    unit: '%',
    direction: 'up',
    targetValue: 25,
    targetYear: 2030,
    baseYear: null,
    description: 'Modal Split nach der Haushaltsbefragung zur Mobilität, alle zwei Jahre.',
    source: 'Mobilitätsbefragung',
    sdgs: [],
    sdgIndicator: 'Modal Split',
    departmentId: '67',
    decimals: 0,
    from: 2017,
    to: 2025,
    start: 13,
    end: 18,
    years: [2017, 2019, 2021, 2023, 2025],
  },
  {
    id: 'K-5.3',
    title: 'Öffentliche Grünfläche je Einwohnerin und Einwohner',
    goalIds: ['5.2.1'],
    unit: 'm² je Einw.',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Parks, Grünanlagen, Spielplätze und Friedhöfe in städtischer Pflege.',
    source: 'Grünflächenkataster',
    sdgs: [],
    sdgIndicator: 'Naherholungsflächen',
    departmentId: '66',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 38.2,
    end: 37.1,
    wiggle: 0.005,
    districtsFrom: 2020,
  },
  {
    id: 'K-5.4',
    title: 'Anteil erneuerbarer Energien an der Wärmeversorgung',
    goalIds: ['5.1.2.1'],
    unit: '%',
    direction: 'up',
    targetValue: 30,
    targetYear: 2030,
    baseYear: 2018,
    description:
      'Anteil erneuerbarer Energien und unvermeidbarer Abwärme am Endenergieverbrauch für Wärme. Basisjahr ist das Jahr des Klimaschutzkonzepts.',
    source: 'Kommunale Wärmeplanung',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '68',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 9,
    end: 19,
    wiggle: 0.04,
    overrides: { 2018: 10 },
  },
  {
    id: 'K-5.5',
    title: 'Energieverbrauch städtischer Gebäude',
    goalIds: ['5.1.1'],
    unit: 'MWh',
    direction: 'down',
    targetValue: 38000,
    targetYear: 2030,
    baseYear: null,
    description: 'Strom und Wärme aller Gebäude im Gebäudemanagement, witterungsbereinigt.',
    source: 'Energiebericht Gebäudemanagement',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '65',
    decimals: 0,
    from: 2016,
    to: 2025,
    start: 52400,
    end: 41900,
    wiggle: 0.01,
  },
  {
    id: 'K-5.6',
    title: 'Leerstehende Ladenlokale in der Innenstadt',
    goalIds: ['5.3.2'],
    unit: '%',
    direction: 'down',
    targetValue: 8,
    targetYear: 2028,
    baseYear: null,
    description: 'Anteil leerstehender Erdgeschoss-Ladenlokale im Innenstadtkern, jeweils im Oktober gezählt.',
    source: OWN,
    sdgs: [],
    sdgIndicator: null,
    departmentId: '80',
    decimals: 1,
    from: 2019,
    to: 2025,
    start: 14.5,
    end: 9.1,
    wiggle: 0.03,
    next: 7.8,
  },
  {
    id: 'K-5.7',
    title: 'Fahrgäste im Stadtbusverkehr',
    goalIds: ['5.1.3.2'],
    unit: 'Mio. Fahrten',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Beförderte Personen der Stadtwerke-Busse im Kalenderjahr.',
    source: 'SWN Verkehr',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '67',
    decimals: 2,
    from: 2016,
    to: 2025,
    start: 9.8,
    end: 8.6,
    wiggle: 0.02,
    overrides: { 2020: 6.1, 2021: 6.9 },
  },
  {
    id: 'K-5.8',
    title: 'Haushalte mit Glasfaseranschluss',
    goalIds: ['5.4.2'],
    unit: '%',
    direction: 'up',
    targetValue: 75,
    targetYear: 2027,
    baseYear: null,
    description: 'Anteil der Haushalte, für die ein Anschluss mit mindestens 1 Gbit/s verfügbar ist.',
    source: 'Breitbandatlas des Bundes',
    sdgs: [9],
    sdgIndicator: 'Breitbandversorgung',
    departmentId: '80',
    decimals: 0,
    from: 2018,
    to: 2025,
    start: 4,
    end: 78,
    wiggle: 0.1,
  },
  {
    id: 'K-5.9',
    title: 'Arbeitslosenquote',
    goalIds: ['5.4.2'],
    unit: '%',
    direction: 'down',
    targetValue: 6.5,
    targetYear: 2030,
    baseYear: null,
    description: 'Arbeitslose je 100 zivile Erwerbspersonen, Jahresdurchschnitt.',
    source: 'Bundesagentur für Arbeit',
    sdgs: [8],
    sdgIndicator: 'Arbeitslosenquote',
    departmentId: '80',
    decimals: 1,
    from: 2016,
    to: 2025,
    start: 9.4,
    end: 8.9,
    wiggle: 0.03,
    districtsFrom: 2022,
  },

  // 6 Zentrale Finanzleistungen
  {
    id: 'K-6.1',
    title: 'Verschuldung je Einwohnerin und Einwohner',
    goalIds: ['6.1.2'],
    unit: '€ je Einw.',
    direction: 'down',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Schulden des Kernhaushalts beim nicht-öffentlichen Bereich am 31.12., ohne Kassenkredite.',
    source: STAT_NORD,
    sdgs: [],
    sdgIndicator: 'Verschuldung im Kernhaushalt',
    departmentId: '20',
    decimals: 0,
    from: 2016,
    to: 2025,
    start: 2945,
    end: 3412,
    wiggle: 0.01,
  },
  {
    id: 'K-6.2',
    title: 'Eingeworbene Fördermittel je Einwohnerin und Einwohner',
    goalIds: ['6.1.1'],
    unit: '€ je Einw.',
    direction: 'up',
    targetValue: null,
    targetYear: null,
    baseYear: null,
    description: 'Bewilligte Zuwendungen von Land, Bund und EU für Investitionen im Kalenderjahr.',
    source: 'Haushaltsrechnung',
    sdgs: [],
    sdgIndicator: null,
    departmentId: '20',
    decimals: 0,
    from: 2016,
    to: 2025,
    start: 98,
    end: 164,
    wiggle: 0.12,
  },
];

const round = (n: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};

/** The city-wide series of a seed. */
function citySeries(seed: IndicatorSeed, rng: Random): SampleIndicatorValue[] {
  const years = seed.years ?? Array.from({ length: seed.to - seed.from + 1 }, (_, i) => seed.from + i);
  return years.map((year) => {
    const share = seed.to === seed.from ? 1 : (year - seed.from) / (seed.to - seed.from);
    const line = seed.start + (seed.end - seed.start) * share;
    const ends = year === seed.from || year === seed.to;
    const wiggle = ends ? 0 : line * (seed.wiggle ?? 0) * (rng.next() * 2 - 1);
    const value = round(seed.overrides?.[year] ?? line + wiggle, seed.decimals);
    return { year, value, district: null, note: seed.notes?.[year] ?? null };
  });
}

/** Stadtteil values around the city's: each Stadtteil lies above or below it by its own factor. */
function districtSeries(
  seed: IndicatorSeed,
  city: readonly SampleIndicatorValue[],
  rng: Random,
): SampleIndicatorValue[] {
  if (seed.districtsFrom === undefined) return [];
  const factors = new Map(DISTRICTS.map((d) => [d, 0.6 + rng.next() * 0.9]));
  const out: SampleIndicatorValue[] = [];
  for (const district of DISTRICTS) {
    for (const v of city) {
      if (v.year < seed.districtsFrom) continue;
      const value = round(v.value * factors.get(district)! * (0.97 + rng.next() * 0.06), seed.decimals);
      out.push({ year: v.year, value: seed.unit === '%' ? Math.min(100, value) : value, district, note: null });
    }
  }
  return out;
}

function fromSeed(seed: IndicatorSeed, rng: Random): SampleIndicator {
  const {
    from: _f,
    to: _t,
    start: _s,
    end: _e,
    wiggle: _w,
    years: _y,
    overrides: _o,
    notes: _n,
    districtsFrom: _d,
    next: _x,
    ...rest
  } = seed;
  const city = citySeries(seed, rng.fork('city'));
  return { ...rest, values: [...city, ...districtSeries(seed, city, rng.fork('districts'))] };
}

/**
 * Further indicators for large samples (the benchmark): copies of the seeds under their own
 * numbers, ten years each, their figures scaled so they differ.
 */
function extraIndicator(seed: IndicatorSeed, n: number, rng: Random): SampleIndicator {
  const scale = 0.8 + rng.next() * 0.4;
  const scaled: IndicatorSeed = {
    ...seed,
    id: `${seed.id}.${n}`,
    title: `${seed.title} (Vergleichsreihe ${n})`,
    from: 2016,
    to: 2025,
    years: undefined,
    overrides: undefined,
    notes: undefined,
    start: round(seed.start * scale, seed.decimals) || seed.start,
    end: round(seed.end * scale, seed.decimals) || seed.end,
    targetValue: seed.targetValue === null ? null : round(seed.targetValue * scale, seed.decimals),
    baseYear: null,
    districtsFrom: undefined,
  };
  return fromSeed(scaled, rng);
}

/** The number of indicators of a sample with this many measures: one per ten measures, at least the seeds. */
export const indicatorCount = (measures: number): number => Math.max(SEEDS.length, Math.round(measures / 10));

/** The sample's indicators for meeting 1. */
export function sampleIndicators(measures: number, seed: number): SampleIndicator[] {
  const root = createRandom(seed).fork('indicators');
  const list = SEEDS.map((s) => fromSeed(s, root.fork(s.id)));
  for (let i = SEEDS.length; i < indicatorCount(measures); i++) {
    const base = SEEDS[i % SEEDS.length]!;
    list.push(extraIndicator(base, Math.floor(i / SEEDS.length), root.fork(`extra-${i}`)));
  }
  return list;
}

/** Meeting 2: the new year's values (2026) that came in since meeting 1, by indicator id. */
export function nextMeetingIndicators(indicators: readonly SampleIndicator[]): {
  indicators: SampleIndicator[];
  newValues: readonly string[];
} {
  const byId = new Map(SEEDS.map((s) => [s.id, s]));
  const newValues: string[] = [];
  const next = indicators.map((ind) => {
    const seed = byId.get(ind.id);
    if (seed?.next === undefined) return ind;
    newValues.push(ind.id);
    return {
      ...ind,
      values: [...ind.values, { year: seed.to + 1, value: seed.next, district: null, note: 'vorläufig' }],
    };
  });
  return { indicators: next, newValues };
}
