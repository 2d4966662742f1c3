/**
 * Texts of the indicators (Kennzahlen) on the site: the assessment's labels (also used by open
 * data) and meanings, its explanation sentence, the charts' text alternatives,
 * `/kennzahlen/`, an indicator's page, the method page „So bewerten wir“ and the report's part
 * „Zielerreichung“. Functions take the variable parts already formatted.
 */
import type { Assessment } from '../../schemas/indicator.ts';
import { sitePlural } from './shared.ts';

/** Labels of the assessment categories, as the contract's method names them (site, open data, guide). */
export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  'target-reached': 'Ziel erreicht',
  'on-track': 'auf Kurs',
  'too-slow': 'zu langsam',
  'little-progress': 'kaum Fortschritt',
  'wrong-direction': 'falsche Richtung',
  'positive-trend': 'positive Entwicklung',
  'no-change': 'keine wesentliche Veränderung',
  'negative-trend': 'negative Entwicklung',
  'not-assessable': 'nicht bewertbar',
};

/** What each category means, in one plain sentence (the method page and the tag's hint). */
export const ASSESSMENT_MEANINGS: Record<Assessment, string> = {
  'target-reached': 'Der neueste Wert hat den Zielwert erreicht oder übertroffen.',
  'on-track':
    'Der Wert ändert sich im Durchschnitt mindestens zu 95 % so schnell, wie es für den Zielwert im Zieljahr nötig ist.',
  'too-slow': 'Der Wert bewegt sich in die richtige Richtung, aber nur mit 50 bis 95 % der nötigen Geschwindigkeit.',
  'little-progress': 'Der Wert bewegt sich kaum: mit weniger als der Hälfte der nötigen Geschwindigkeit.',
  'wrong-direction': 'Der Wert entfernt sich vom Zielwert.',
  'positive-trend': 'Ohne Zielwert: Der Wert ändert sich um mehr als 1 % je Jahr in die gewünschte Richtung.',
  'no-change': 'Ohne Zielwert: Der Wert ändert sich um höchstens 1 % je Jahr.',
  'negative-trend': 'Ohne Zielwert: Der Wert ändert sich um mehr als 1 % je Jahr entgegen der gewünschten Richtung.',
  'not-assessable': 'Es gibt noch keine Werte aus mindestens zwei Jahren.',
};

/** An amount with its unit: `0,21 t`, `45,2 %`; a change in percent is in Prozentpunkten. */
/** Units that only say „this is a count“: a value reads `205`, not `205 Anzahl`. */
const COUNT_UNIT = /^(anzahl|anz\.?|stück|stk\.?)$/i;

const withUnit = (number: string, unit: string | null, change: boolean): string =>
  unit === null || COUNT_UNIT.test(unit.trim())
    ? number
    : unit === '%' && change
      ? `${number}\u00a0Prozentpunkte`
      : `${number}\u00a0${unit}`;

/** The pieces of the explanation sentence (see `lib/output/indicators/explain.ts`). */
export const EXPLANATION_TEXT = {
  withUnit,
  notAssessable: (years: number, onlyYear: string | null): string =>
    years === 0
      ? 'Für eine Bewertung sind Werte aus mindestens zwei Jahren nötig; bisher gibt es keinen Wert.'
      : `Für eine Bewertung sind Werte aus mindestens zwei Jahren nötig; bisher gibt es nur den Wert von ${onlyYear}.`,
  noBaseValue: (baseYear: number): string =>
    `Für das Basisjahr ${baseYear} gibt es keinen Wert der gesamten Stadt; ohne ihn ist keine Bewertung möglich.`,
  nothingAfterBase: (baseYear: number): string =>
    `Nach dem Basisjahr ${baseYear} gibt es noch keinen Wert; für eine Bewertung ist einer nötig.`,
  notAssessableOther: 'Aus den vorhandenen Werten lässt sich nach der Methode keine Bewertung ableiten.',
  reached: (latest: string, latestYear: number, target: string, targetYear: number): string =>
    `Mit ${latest} im Jahr ${latestYear} ist der Zielwert von ${target} für ${targetYear} erreicht.`,
  /** `Seit 2018 sinkt der Wert um durchschnittlich 0,21 t je Jahr` (no full stop). */
  movement: (baseYear: number, sign: number, amount: string): string =>
    sign === 0
      ? `Seit ${baseYear} ist der Wert im Durchschnitt gleich geblieben`
      : `Seit ${baseYear} ${sign > 0 ? 'steigt' : 'sinkt'} der Wert um durchschnittlich ${amount} je Jahr`,
  /** `für das Ziel 2030 wären 0,35 t je Jahr nötig` (same direction as the movement). */
  required: (targetYear: number, amount: string, passed: boolean): string =>
    `für das Ziel ${targetYear} wären ${amount} je Jahr nötig${passed ? ' gewesen' : ''}`,
  /** `für das Ziel 2030 wäre ein Rückgang um 0,35 t je Jahr nötig` (the movement goes elsewhere). */
  requiredTurn: (targetYear: number, sign: number, amount: string, passed: boolean): string =>
    `für das Ziel ${targetYear} wäre ${sign > 0 ? 'ein Anstieg' : 'ein Rückgang'} um ${amount} je Jahr nötig${passed ? ' gewesen' : ''}`,
  /** The base value met the target already; the newest no longer does. */
  baseMetTarget: (baseYear: number, target: string, targetYear: number): string =>
    `der Wert von ${baseYear} erfüllte den Zielwert von ${target} für ${targetYear} schon, der neueste nicht mehr`,
  passed: (targetYear: number): string =>
    ` Das Zieljahr ${targetYear} ist vorbei, ohne dass der Zielwert erreicht wurde.`,
  /** Trend only: `(1,2 % des Werts von 2018)`. */
  relative: (percent: string, baseYear: number): string => ` (${percent} des Werts von ${baseYear})`,
  fromZero: (baseYear: number, latest: string, latestYear: number): string =>
    `Seit ${baseYear} ist der Wert von 0 auf ${latest} im Jahr ${latestYear} gegangen`,
  trendTail: {
    'positive-trend': 'in die gewünschte Richtung; ein Zielwert ist nicht festgelegt.',
    'negative-trend': 'entgegen der gewünschten Richtung; ein Zielwert ist nicht festgelegt.',
    'no-change': 'das ist keine wesentliche Veränderung; ein Zielwert ist nicht festgelegt.',
  },
} as const;

/** Texts of the charts (their `<title>` and `<desc>`) and the legend. */
export const CHART_TEXT = {
  title: (indicator: string, from: number, to: number): string =>
    from === to ? `${indicator}, ${from}` : `${indicator}, ${from} bis ${to}`,
  /** The trend in words, for `<desc>`. */
  course: (first: string, firstYear: number, latest: string, latestYear: number): string =>
    firstYear === latestYear
      ? `Liniendiagramm mit einem Wert: ${latest} im Jahr ${latestYear}.`
      : `Liniendiagramm: Der Wert ging von ${first} im Jahr ${firstYear} zu ${latest} im Jahr ${latestYear}.`,
  none: 'Es gibt noch keine Werte.',
  target: (target: string, targetYear: number): string =>
    ` Zielwert ${target} bis ${targetYear} (gestrichelte Linie, Raute).`,
  base: (baseYear: number): string => ` Basisjahr ${baseYear} (Quadrat).`,
  gaps: ' Nicht jedes Jahr hat einen Wert; die Linie verbindet die Jahre mit Wert, nur sie haben eine Markierung.',
  assessment: (label: string): string => ` Bewertung: ${label}.`,
  yAxis: (unit: string | null): string => (unit ? `Wert in ${unit}` : 'Wert'),
  legendLabel: 'Legende',
  legend: {
    value: 'Wert',
    base: 'Basisjahr',
    target: 'Zielwert',
    targetYear: 'Zieljahr',
  },
  targetMark: (year: number): string => `Ziel ${year}`,
  sparkline: (first: string, firstYear: number, latest: string, latestYear: number): string =>
    firstYear === latestYear
      ? `Ein Wert: ${latest} (${latestYear})`
      : `Verlauf: ${first} (${firstYear}) bis ${latest} (${latestYear})`,
} as const;

/** Texts of `/kennzahlen/` and its later pages. */
export const INDICATORS_PAGE_TEXT = {
  title: 'Kennzahlen',
  description: (site: string): string =>
    `Die Kennzahlen des ${site}: ob die Ziele erreicht werden, mit Zielwerten, Bewertung und Verlauf.`,
  intro: (count: string): string =>
    `${count} Kennzahlen zeigen, ob die Stadt ihre Ziele erreicht. Jede ist nach einer festen Methode bewertet.`,
  methodLink: 'So bewerten wir',
  summaryCaption: 'Kennzahlen nach Bewertung',
  assessment: 'Bewertung',
  count: 'Anzahl',
  byArea: (area: string): string => `Produktbereich ${area}`,
  withoutGoal: 'Ohne zugeordnetes Ziel',
  tableCaption: (group: string, count: string): string => `Kennzahlen zu ${group} (${count})`,
  goalCaption: (nr: string): string => `Ziel ${nr}`,
  nr: 'Nr.',
  indicator: 'Kennzahl',
  assessmentAndLatest: 'Bewertung, neuester Wert und Verlauf',
  noValue: 'kein Wert',
  none: 'Es sind noch keine Kennzahlen erfasst.',
  list: 'Kennzahlen',
  fictitious:
    'Hinweis: Die Kennzahlen dieser Beispieldaten sind erfunden. Sie zeigen, wie die Seite mit echten Zahlen aussieht.',
  indicatorCount: (text: string, n: number): string => sitePlural(text, n, 'Kennzahl', 'Kennzahlen'),
} as const;

/** Texts of `/kennzahlen/<nr>/`. */
export const INDICATOR_TEXT = {
  caption: (nr: string): string => `Kennzahl ${nr}`,
  description: (nr: string, title: string, site: string): string =>
    `Kennzahl ${nr} „${title}“ des ${site}: Werte, Zielwert, Bewertung und Verlauf.`,
  assessmentHeading: 'Bewertung',
  howAssessed: 'So bewerten wir',
  facts: 'Angaben zur Kennzahl',
  unit: 'Einheit',
  direction: 'Zielrichtung',
  directions: { up: 'steigen (höher ist besser)', down: 'sinken (niedriger ist besser)' },
  target: 'Zielwert',
  targetValue: (value: string, year: number): string => `${value} bis ${year}`,
  noTarget: 'kein Zielwert festgelegt',
  baseYear: 'Basisjahr',
  baseYearFirst: (year: number): string => `${year} (erstes Jahr mit Wert)`,
  latest: 'Neuester Wert',
  latestValue: (value: string, year: number): string => `${value} (${year})`,
  sources: 'Quelle',
  department: 'Fachdienst',
  sdgIndicator: 'SDG-Indikator für Kommunen',
  chartHeading: 'Verlauf',
  tableHeading: 'Werte',
  tableCaption: (title: string): string => `Werte: ${title} (gesamte Stadt)`,
  year: 'Jahr',
  value: (unit: string | null): string => (unit ? `Wert (${unit})` : 'Wert'),
  note: 'Anmerkung',
  districtsHeading: 'Nach Stadtteil',
  districtsCaption: (title: string): string => `Werte nach Stadtteil: ${title}`,
  district: 'Stadtteil',
  notes: 'Anmerkungen zu einzelnen Werten',
  noteItem: (year: number, district: string | null): string => (district ? `${year}, ${district}` : String(year)),
  goalsHeading: 'Ziele, die diese Kennzahl misst',
  noGoals: 'Diese Kennzahl ist keinem Ziel zugeordnet.',
  measuresHeading: 'Maßnahmen zu diesen Zielen',
  noMeasures: 'Den Zielen dieser Kennzahl sind noch keine Maßnahmen zugeordnet.',
  moreMeasures: (count: string, goal: string): string => `Alle ${count} Maßnahmen zum Ziel ${goal}`,
  sdgsHeading: 'Nachhaltigkeitsziele (SDG)',
  sdgsInherited: 'Aus den Zielen der Kennzahl übernommen.',
  download: 'Daten herunterladen',
  downloadLink: (nr: string): string => `Werte der Kennzahl ${nr} als CSV-Datei`,
  downloadHint: 'Spalten: Kennzahl, Jahr, Stadtteil, Wert, Anmerkung (UTF-8, Komma-getrennt).',
  back: 'Zurück zur Übersicht der Kennzahlen',
} as const;

/** Texts of the parts of other pages that show indicators (goal, home, SDG pages). */
export const INDICATOR_LIST_TEXT = {
  goalHeading: 'Kennzahlen zu diesem Ziel',
  /** Below a list cut short: where the rest stands. */
  more: (shown: string, total: string): string =>
    `${shown} von ${total} Kennzahlen gezeigt; alle stehen in der Übersicht der Kennzahlen.`,
  moreGoal: (total: string, goal: string): string => `Alle ${total} Kennzahlen zum Ziel ${goal}`,
  /** Below an SDG's list cut short: the link to all of them in the search. */
  moreSdg: (shown: string, total: string, sdg: number): string =>
    `${shown} von ${total} Kennzahlen gezeigt. Alle ${total} Kennzahlen zum Nachhaltigkeitsziel ${sdg} in der Suche`,
  goalHint: 'Einschließlich der Kennzahlen der Unterziele.',
  sdgHeading: (count: string): string => `Kennzahlen (${count})`,
  sdgNone: 'Keine Kennzahl ist diesem Nachhaltigkeitsziel zugeordnet.',
  sdgCaption: (n: number, count: string): string => `Kennzahlen zum Nachhaltigkeitsziel ${n} (${count})`,
  focusLabel: (goal: string): string => `Kennzahlen von Ziel ${goal} nach Bewertung`,
  focusCaption: 'Zielerreichung nach Kennzahlen:',
  focusHint: 'Die farbigen Marken zählen die Kennzahlen jedes Ziels nach ihrer Bewertung.',
  latest: (value: string, year: number): string => `${value} (${year})`,
} as const;

/** Texts of the method page „So bewerten wir“. */
export const METHOD_TEXT = {
  title: 'So bewerten wir',
  description: (site: string): string =>
    `Wie das ${site} den Fortschritt seiner Kennzahlen bewertet, wann eine Maßnahme als verzögert gilt und wie die Summen der Kosten und Fördermittel entstehen.`,
  intro:
    'Auf dieser Seite steht, nach welchen festen Regeln die Website bewertet und rechnet. Die Regeln sind für alle Kennzahlen und Maßnahmen gleich; niemand vergibt eine Bewertung von Hand.',
  indicatorsHeading: 'Bewertung der Kennzahlen',
  indicatorsIntro:
    'Eine Kennzahl misst, ob ein Ziel erreicht wird, zum Beispiel die CO₂-Emissionen je Einwohnerin und Einwohner. Für jede Kennzahl ist festgelegt, ob ihr Wert steigen oder sinken soll, und oft auch ein Zielwert für ein Zieljahr. Bewertet werden die Werte für die gesamte Stadt, nicht die der Stadtteile.',
  baseHeading: 'Ausgangspunkt',
  base: 'Die Bewertung vergleicht den neuesten Wert mit dem Wert des Basisjahres. Das Basisjahr ist bei der Kennzahl angegeben; sonst ist es das erste Jahr mit einem Wert. Es braucht Werte aus mindestens zwei Jahren, sonst ist die Kennzahl „nicht bewertbar“.',
  targetHeading: 'Kennzahlen mit Zielwert',
  target:
    'Die Website berechnet, um wie viel sich der Wert seit dem Basisjahr durchschnittlich je Jahr verändert hat, und vergleicht das mit der Veränderung je Jahr, die vom Basisjahr bis zum Zieljahr nötig ist. Das Verhältnis der beiden entscheidet:',
  targetExample:
    'Beispiel: Seit 2018 sinkt der Wert um durchschnittlich 0,21 t je Jahr; für das Ziel 2030 wären 0,35 t je Jahr nötig. Das sind 60 % des nötigen Tempos: „zu langsam“.',
  passed:
    'Ist das Zieljahr vorbei und der Zielwert nicht erreicht, wird genauso bewertet; die Seite der Kennzahl sagt dann, dass das Zieljahr verstrichen ist.',
  trendHeading: 'Kennzahlen ohne Zielwert',
  trend:
    'Ohne Zielwert zählt nur die Richtung: die durchschnittliche Veränderung je Jahr im Verhältnis zum Wert des Basisjahres. War der Wert im Basisjahr 0, entscheidet allein, ob er gestiegen oder gesunken ist.',
  categoriesCaption: 'Die Bewertungen und ihre Bedeutung',
  category: 'Bewertung',
  meaning: 'Bedeutung',
  noAverage:
    'Verschiedene Kennzahlen werden nie zu einer Gesamtnote verrechnet: Ziele und Produktbereiche zeigen, wie viele ihrer Kennzahlen welche Bewertung haben.',
  formulaHeading: 'Die Formeln',
  formulaTarget:
    'Mit Zielwert: q = ((neuester Wert − Basiswert) / (neuestes Jahr − Basisjahr)) / ((Zielwert − Basiswert) / (Zieljahr − Basisjahr)). Ziel erreicht, wenn der neueste Wert den Zielwert in der gewünschten Richtung erreicht; sonst q ≥ 0,95 auf Kurs, 0,5 ≤ q < 0,95 zu langsam, 0 ≤ q < 0,5 kaum Fortschritt, q < 0 falsche Richtung.',
  formulaTrend:
    'Ohne Zielwert: t = Richtung × (neuester Wert − Basiswert) / |Basiswert| / (neuestes Jahr − Basisjahr), mit Richtung +1 für „steigen“ und −1 für „sinken“. t > 0,01 positive Entwicklung, t < −0,01 negative Entwicklung, sonst keine wesentliche Veränderung.',
  toIndicators: 'Zu den Kennzahlen',
} as const;

/** Texts of the report's part „Zielerreichung“. */
export const ACHIEVEMENT_REPORT_TEXT = {
  part: 'Zielerreichung',
  intro:
    'Wie die Kennzahlen der Ziele stehen, je Produktbereich und Oberziel (mit den Kennzahlen der Unterziele). Verschiedene Kennzahlen werden nicht zu einer Note verrechnet.',
  productArea: (id: number, name: string): string => `Produktbereich ${id} ${name}`,
  goal: (nr: string, title: string): string => `Oberziel ${nr} ${title}`,
  caption: (nr: string, count: string): string => `Kennzahlen zu Oberziel ${nr} (${count})`,
  countsLabel: (group: string): string => `Bewertungen: ${group}`,
  none: 'Zu diesem Bereich sind keine Kennzahlen erfasst.',
  /** Link from the overview to a product area's own page of the part. */
  byGoalLink: (area: string): string => `Kennzahlen nach Oberziel: ${area}`,
  noneAtAll: 'Es sind noch keine Kennzahlen erfasst.',
} as const;
