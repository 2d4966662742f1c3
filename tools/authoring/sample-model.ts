/**
 * The sample data as clean values: what the city means, before any export makes it messy.
 * `sample-render.ts` turns this into workbook cells; tests compare meetings on this level.
 */
import type { MeasureType, Status } from '../../src/lib/schemas/status.ts';
import type { PartialDate } from '../../src/lib/schemas/partial-date.ts';
import { createRandom, type Random } from './random.ts';
import { nextMeetingIndicators, sampleIndicators, type SampleIndicator } from './sample-indicators.ts';
import {
  DEPARTMENTS,
  DISTRICTS,
  GOALS,
  PRODUCT_AREAS,
  REPORT_PHRASES,
  THEMES,
  type ThemeKey,
  type ThemeSeed,
} from './neumuenster.ts';

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A department with its contact data. */
export interface SampleDepartment {
  readonly id: string;
  readonly name: string;
  readonly division: string;
  readonly email: string;
  readonly phone: string;
  readonly website: string;
}

/** A goal, with its effective product area. */
export interface SampleGoal {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly parent: string | null;
  /** Effective product area (given on top-level goals, inherited below). */
  readonly productArea: number;
  /** Whether the file states the product area in the goal's row. */
  readonly productAreaGiven: boolean;
  readonly productGroup: string | null;
  readonly sdgs: readonly number[];
  readonly sources: readonly string[];
  readonly focus: boolean;
}

/** A status report. */
export interface SampleReport {
  readonly date: Day;
  /** Light Markdown; `\n` is a line break inside the cell (Alt+Enter). */
  readonly text: string;
}

/** A measure. */
export interface SampleMeasure {
  readonly id: string;
  readonly title: string;
  readonly summary: string | null;
  readonly type: MeasureType | null;
  readonly goalIds: readonly string[];
  readonly leadDepartmentId: string;
  readonly participatingDepartmentIds: readonly string[];
  /** Effective product area (from the goals). */
  readonly productArea: number;
  /** Whether the row states it; otherwise it is inherited from the goals. */
  readonly productAreaGiven: boolean;
  readonly product: string | null;
  readonly status: Status;
  readonly progress: number | null;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  /** Euros; may carry cents. */
  readonly costs: number | null;
  readonly funding: number | null;
  readonly decisionBody: string | null;
  readonly decisionDate: Day | null;
  readonly paper: string | null;
  readonly link: string | null;
  readonly districts: readonly string[];
  /** SDGs the row states; empty means inherited from the goals. */
  readonly sdgs: readonly number[];
  /** Free note in the unknown column `Bemerkung intern`. */
  readonly note: string | null;
  /** The current report (in the measure row). */
  readonly report: SampleReport | null;
  /** Older reports (the `Statusberichte` sheet), oldest first. */
  readonly history: readonly SampleReport[];
}

/** Publication info (sheet `Info`). */
export interface SampleInfo {
  readonly stand: Day;
  readonly session: string;
  readonly budget: string;
}

/** The whole sample, as values. */
export interface SampleModel {
  readonly meeting: 1 | 2;
  readonly info: SampleInfo;
  readonly productAreas: readonly { readonly id: number; readonly name: string; readonly description: string }[];
  readonly departments: readonly SampleDepartment[];
  readonly goals: readonly SampleGoal[];
  readonly measures: readonly SampleMeasure[];
  /** The indicators (Kennzahlen) with their values; the figures are fictitious. */
  readonly indicators: readonly SampleIndicator[];
  /** The measure whose report is deliberately older than twelve months (a welcome warning). */
  readonly staleReportMeasureId: string | null;
}

/** Options of the model generator. */
export interface ModelOptions {
  readonly measures: number;
  readonly seed: number;
  readonly meeting: 1 | 2;
}

const INFO_1: SampleInfo = {
  stand: { year: 2026, month: 11, day: 20 },
  session: 'Ratsversammlung vom 11.11.2026',
  budget: '2025/2026',
};
const INFO_2: SampleInfo = {
  stand: { year: 2027, month: 2, day: 19 },
  session: 'Ratsversammlung vom 10.02.2027',
  budget: '2025/2026',
};

const dayIso = (d: Day): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** A `PartialDate` of day precision. */
export const dayDate = (d: Day): PartialDate => ({ precision: 'day', iso: dayIso(d) });

/** Compares two days. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function randomDay(rng: Random, year: number, fromMonth = 1, toMonth = 12): Day {
  return { year, month: rng.int(fromMonth, toMonth), day: rng.int(1, 28) };
}

function randomPartialDate(rng: Random, year: number): PartialDate {
  const r = rng.next();
  const month = rng.int(1, 12);
  if (r < 0.4) return { precision: 'day', iso: dayIso({ year, month, day: rng.int(1, 28) }) };
  if (r < 0.75) return { precision: 'month', iso: `${year}-${String(month).padStart(2, '0')}` };
  return { precision: 'year', iso: String(year) };
}

function departments(): SampleDepartment[] {
  return DEPARTMENTS.map((d, i) => ({
    ...d,
    email: `fd${d.id}@neumuenster.de`,
    phone: `04321 942-${String(2000 + Number(d.id) * 10 + (i % 7)).padStart(4, '0')}`,
    website: `https://www.neumuenster.de/rathaus/fachdienste/fd-${d.id}`,
  }));
}

function goals(rng: Random): SampleGoal[] {
  const byId = new Map(GOALS.map((g) => [g.id, g]));
  return GOALS.map((g) => {
    const parent = g.parent ? byId.get(g.parent) : undefined;
    return {
      id: g.id,
      title: g.title,
      description: g.description ?? (parent && rng.chance(0.5) ? `Beitrag zum Ziel **${parent.title}**.` : null),
      parent: g.parent,
      productArea: g.productArea,
      // Sub-goals usually inherit; a few repeat their (identical) product area, as real lists do.
      productAreaGiven: g.parent === null || rng.chance(0.2),
      productGroup: g.productGroup ?? null,
      sdgs: g.sdgs,
      sources: g.sources,
      focus: g.focus ?? false,
    };
  });
}

function pickWeighted(rng: Random, themes: readonly ThemeSeed[]): ThemeSeed {
  const total = themes.reduce((s, t) => s + t.weight, 0);
  let r = rng.next() * total;
  for (const t of themes) {
    r -= t.weight;
    if (r < 0) return t;
  }
  return themes[themes.length - 1] as ThemeSeed;
}

const BUILDING_STAGES = [
  ' – Planung',
  ' – Ausführung',
  ' – 1. Bauabschnitt',
  ' – 2. Bauabschnitt',
  ' – 3. Bauabschnitt',
  ', Nordteil',
  ', Südteil',
  ' – Vorplanung',
  ' – Restarbeiten',
  ' – Erweiterung',
];
const PROGRAMME_STAGES = [
  ' – Konzeptphase',
  ' – Umsetzung',
  ' – Fortschreibung',
  ' – Evaluation',
  ' – Pilotphase',
  ' – Verstetigung',
  ' – Ausweitung',
  ' – Folgeprojekt',
  ' – Phase II',
  ' – Phase III',
];

/** Makes titles unique without making them implausible: re-pick first, then name a stage. */
function titleMaker(rng: Random) {
  const used = new Set<string>();
  return (theme: ThemeSeed): string => {
    let title = '';
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const pattern = rng.pick(theme.titles);
      title = pattern.map((part) => rng.pick(part)).join(' ');
      if (!used.has(title)) break;
    }
    if (used.has(title)) {
      // Real lists split a project into stages the same way; numbering is the last resort.
      const base = title;
      for (const suffix of rng.shuffle(theme.building ? BUILDING_STAGES : PROGRAMME_STAGES)) {
        title = `${base}${suffix}`;
        if (!used.has(title)) break;
      }
      for (let n = 2; used.has(title); n += 1) {
        title = theme.building ? `${base} – ${n}. Bauabschnitt` : `${base} – Stufe ${n}`;
      }
    }
    used.add(title);
    return title;
  };
}

function districtsFor(rng: Random, theme: ThemeSeed, title: string): string[] {
  const found = DISTRICTS.filter((d) => d.split('-').some((part) => title.includes(part)));
  if (
    /Vicelin|Großflecken|Kleinflecken|Kuhberg|Holstenstraße|Christianstraße|Innenstadt|Bahnhof|Rathaus|Stadthalle|Teichufer|Gänsemarkt|Lütjenstraße/.test(
      title,
    )
  ) {
    found.push('Stadtmitte');
  }
  if (found.length) return [...new Set(found)];
  if (!theme.local || rng.chance(0.4)) return [];
  return rng.sample(DISTRICTS, rng.int(1, 2));
}

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

function money(rng: Random, theme: ThemeSeed): number {
  const raw = theme.building ? 150_000 + rng.next() ** 2 * 9_000_000 : 15_000 + rng.next() ** 2 * 600_000;
  const r = rng.next();
  if (r < 0.8) return roundTo(raw, 1000);
  if (r < 0.9) return roundTo(raw, 100);
  return roundTo(raw, 1) + 0.5;
}

function fill(text: string, rng: Random, year: number): string {
  return text
    .replaceAll('{year}', String(year))
    .replaceAll('{quarter}', String(rng.int(1, 4)))
    .replaceAll('{n}', String(rng.int(2, 12)));
}

function statusPhrases(status: Status): readonly string[] {
  switch (status) {
    case 'planned':
      return REPORT_PHRASES.planned;
    case 'preparing':
      return REPORT_PHRASES.preparing;
    case 'in-progress':
      return REPORT_PHRASES.inProgress;
    case 'ongoing':
      return REPORT_PHRASES.ongoing;
    case 'completed':
      return REPORT_PHRASES.completed;
    case 'deferred':
      return REPORT_PHRASES.deferred;
    case 'dropped':
      return REPORT_PHRASES.dropped;
  }
}

/** A status report in light Markdown: bold lead, Alt+Enter breaks, a list, a link. */
function reportText(rng: Random, status: Status, date: Day, link: string | null, paper: string | null): string {
  const lines: string[] = [];
  const first = fill(rng.pick(statusPhrases(status)), rng, date.year + 1);
  lines.push(rng.chance(0.35) ? `**Sachstand ${String(date.month).padStart(2, '0')}/${date.year}:** ${first}` : first);
  if (rng.chance(0.4)) lines.push(fill(rng.pick(statusPhrases(status)), rng, date.year + 1));
  if (rng.chance(0.3)) {
    lines.push('');
    for (const b of rng.sample(REPORT_PHRASES.bullets, rng.int(2, 3))) lines.push(`- ${b}`);
  }
  if (link && paper && rng.chance(0.25)) lines.push(`Siehe Vorlage [${paper}](${link}).`);
  // Alt+Enter gives single line breaks; some offices write everything into one line instead.
  return rng.chance(0.3) && !lines.some((l) => l.startsWith('- ') || l === '') ? lines.join(' ') : lines.join('\n');
}

function progressFor(rng: Random, status: Status): number | null {
  switch (status) {
    case 'planned':
      return rng.chance(0.5) ? null : 0;
    case 'preparing':
      return rng.chance(0.3) ? null : roundTo(rng.int(5, 20), 5);
    case 'in-progress':
      return roundTo(rng.int(20, 90), 5);
    case 'ongoing':
      return null;
    case 'completed':
      return 100;
    case 'deferred':
      return rng.chance(0.5) ? null : roundTo(rng.int(0, 40), 5);
    case 'dropped':
      return rng.chance(0.6) ? null : roundTo(rng.int(0, 30), 5);
  }
}

function statusFor(rng: Random, idYear: number, theme: ThemeSeed): Status {
  const r = rng.next();
  if (idYear <= 2024 && r < 0.17) return 'completed';
  if (r < 0.3) return 'planned';
  if (r < 0.45) return 'preparing';
  if (r < 0.8) return 'in-progress';
  if (r < 0.9) return theme.building ? 'in-progress' : 'ongoing';
  if (r < 0.96) return 'deferred';
  return 'dropped';
}

const NOTES = [
  'Rückfrage bei FD 65 offen',
  'Zahlen vorläufig',
  'mit Kämmerei abgestimmt',
  'Termin im Ausschuss klären',
  'Förderquote prüfen',
];

interface MeasureContext {
  readonly rng: Random;
  readonly themes: readonly ThemeSeed[];
  readonly goalsByTheme: ReadonlyMap<ThemeKey, readonly SampleGoal[]>;
  readonly title: (theme: ThemeSeed) => string;
  readonly stand: Day;
}

function measure(
  ctx: MeasureContext,
  id: string,
  idYear: number,
  theme: ThemeSeed,
  firstGoal: SampleGoal | null,
): SampleMeasure {
  const { rng } = ctx;
  const themeGoals = ctx.goalsByTheme.get(theme.key) ?? [];
  const goalIds = new Set<string>();
  goalIds.add((firstGoal ?? rng.pick(themeGoals)).id);
  if (rng.chance(0.25)) goalIds.add(rng.pick(themeGoals).id);
  const productArea = (themeGoals[0] as SampleGoal).productArea;
  // Another theme's goal of the same product area, so product areas stay consistent.
  if (rng.chance(0.12)) {
    const related = [...ctx.goalsByTheme.values()].flat().filter((g) => g.productArea === productArea);
    goalIds.add(rng.pick(related).id);
  }
  const title = ctx.title(theme);
  const lead = rng.pick(theme.leads);
  const partners = rng.sample(
    theme.partners.filter((p) => p !== lead),
    rng.chance(0.3) ? 0 : rng.int(1, 3),
  );
  const typeRoll = rng.next();
  const type: MeasureType | null =
    typeRoll < 0.1 ? 'key' : typeRoll < 0.45 ? 'council' : typeRoll < 0.9 ? 'administration' : null;
  const status = statusFor(rng, idYear, theme);
  // Planned work starts from now on; running or finished work started in its year of inclusion.
  const startYear =
    status === 'planned' || status === 'preparing'
      ? Math.max(idYear, ctx.stand.year) + rng.int(0, 1)
      : Math.min(idYear + (rng.chance(0.4) ? 1 : 0), ctx.stand.year);
  const hasStart = rng.chance(0.85);
  // End lies in a later year than the start, so no precision can make it look earlier.
  const endYear =
    status === 'completed' ? Math.min(ctx.stand.year, startYear + rng.int(1, 3)) : startYear + rng.int(1, 4);
  const hasEnd = rng.chance(0.9) && endYear > startYear;
  const costs = rng.chance(0.75) ? money(rng, theme) : null;
  const funding = costs !== null && rng.chance(0.4) ? roundTo(costs * (0.3 + rng.next() * 0.5), 1000) : null;
  const decided = type === 'key' || type === 'council' || rng.chance(0.3);
  const decisionDate = decided ? randomDay(rng, idYear) : null;
  const paperKind = rng.pick(['DS', 'DS', 'DS', 'An', 'Mt']);
  const paper = decided ? `${String(rng.int(1, 1200)).padStart(4, '0')}/${idYear}/${paperKind}` : null;
  const link =
    decided && rng.chance(0.8)
      ? `${rng.chance(0.9) ? 'https' : 'http'}://ratsinfo.neumuenster.de/vo0050.php?__kvonr=${rng.int(10_000, 29_999)}`
      : null;
  const decisionBody = decided
    ? type === 'key'
      ? 'Ratsversammlung'
      : rng.chance(0.7)
        ? theme.committee
        : 'Ratsversammlung'
    : null;
  const hasReport = rng.chance(0.9);
  const reportDay = randomDay(rng, ctx.stand.year, Math.max(1, ctx.stand.month - 5), ctx.stand.month - 1);
  const report = hasReport ? { date: reportDay, text: reportText(rng, status, reportDay, link, paper) } : null;
  const history: SampleReport[] = [];
  if (hasReport && rng.chance(0.6)) {
    let d = reportDay;
    for (let i = rng.int(1, 4); i > 0; i -= 1) {
      const months = rng.int(2, 6);
      const total = d.year * 12 + (d.month - 1) - months;
      d = { year: Math.floor(total / 12), month: (total % 12) + 1, day: rng.int(1, 28) };
      const older: Status = status === 'completed' ? 'in-progress' : status;
      history.unshift({ date: d, text: reportText(rng, older, d, link, paper) });
    }
  }
  const drawn: SampleMeasure = {
    id,
    title,
    summary: rng.chance(0.85) ? rng.sample(theme.purpose, rng.int(1, 2)).join(' ') : null,
    type,
    goalIds: [...goalIds],
    leadDepartmentId: lead,
    participatingDepartmentIds: partners,
    productArea,
    productAreaGiven: rng.chance(0.45),
    product: rng.chance(0.6) ? rng.pick(theme.products) : null,
    status,
    progress: progressFor(rng, status),
    start: hasStart ? randomPartialDate(rng, startYear) : null,
    end: hasEnd ? randomPartialDate(rng, endYear) : null,
    costs,
    funding,
    decisionBody,
    decisionDate,
    paper,
    link,
    districts: districtsFor(rng, theme, title),
    sdgs: rng.chance(0.4) ? rng.sample(theme.sdgs, rng.int(1, 2)).sort((a, b) => a - b) : [],
    note: rng.chance(0.08) ? rng.pick(NOTES) : null,
    report,
    history,
  };
  // After every draw, so the rest of the sample stays as it was.
  return { ...drawn, decisionDate: plausibleDecision(drawn.decisionDate, drawn.start, ctx.stand) };
}

/**
 * A decision as a council makes it: before the Stand and before the measure begins (the check
 * warns otherwise); moved to the month before when the draw put it later.
 */
function plausibleDecision(decision: Day | null, start: PartialDate | null, stand: Day): Day | null {
  if (decision === null) return null;
  const before = (d: Day): Day =>
    d.month === 1
      ? { year: d.year - 1, month: 12, day: Math.min(d.day, 28) }
      : { year: d.year, month: d.month - 1, day: Math.min(d.day, 28) };
  let result = decision;
  if (compareDays(result, stand) >= 0) result = before(stand);
  if (start !== null) {
    const [year, month = 1, day = 1] = start.iso.split('-').map(Number) as [number, number?, number?];
    const begin: Day = { year, month, day };
    if (compareDays(result, begin) > 0) result = before(begin);
  }
  return result;
}

function measureYears(rng: Random, count: number): number[] {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2024, 2025, 2025, 2026];
  return Array.from({ length: count }, () => rng.pick(years)).sort((a, b) => a - b);
}

/** The first meeting's data: the base every other meeting derives from. */
function baseModel(count: number, seed: number): SampleModel {
  const root = createRandom(seed);
  const goalList = goals(root.fork('goals'));
  const goalsByTheme = new Map<ThemeKey, SampleGoal[]>();
  for (const seedGoal of GOALS) {
    if (!seedGoal.theme) continue;
    const g = goalList.find((x) => x.id === seedGoal.id) as SampleGoal;
    goalsByTheme.set(seedGoal.theme, [...(goalsByTheme.get(seedGoal.theme) ?? []), g]);
  }
  const rng = root.fork('measures');
  const ctx: MeasureContext = {
    rng,
    themes: THEMES,
    goalsByTheme,
    title: titleMaker(rng.fork('titles')),
    stand: INFO_1.stand,
  };
  // Every goal with a theme gets at least one measure: the first measures walk through them.
  const themedGoals = GOALS.filter((g) => g.theme);
  const perYear = new Map<number, number>();
  const measures = measureYears(rng.fork('years'), count).map((year, i) => {
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const id = `${year}-${String(n).padStart(3, '0')}`;
    const seedGoal = themedGoals[i];
    const theme = seedGoal ? (THEMES.find((t) => t.key === seedGoal.theme) as ThemeSeed) : pickWeighted(rng, THEMES);
    const firstGoal = seedGoal ? (goalList.find((g) => g.id === seedGoal.id) as SampleGoal) : null;
    return measure(ctx, id, year, theme, firstGoal);
  });
  // One running measure's report is deliberately older than twelve months (a welcome warning).
  const staleIndex = measures.findIndex((m, i) => i >= 3 && m.status === 'in-progress' && m.report);
  const stale = measures[staleIndex];
  if (stale) {
    const date = { year: INFO_1.stand.year - 1, month: 8, day: 14 };
    measures[staleIndex] = {
      ...stale,
      report: { date, text: 'Keine neuen Erkenntnisse seit der letzten Sitzung.' },
      history: [],
    };
  }
  return {
    meeting: 1,
    info: INFO_1,
    productAreas: PRODUCT_AREAS,
    departments: departments(),
    goals: goalList,
    measures,
    indicators: sampleIndicators(count, seed),
    staleReportMeasureId: stale?.id ?? null,
  };
}

/** How meeting 2 differs from meeting 1, by measure id. */
export interface MeetingChanges {
  readonly completed: readonly string[];
  readonly updated: readonly string[];
  readonly removed: string;
  readonly added: string;
  /** Indicators that got a value for a new year. */
  readonly newIndicatorValues: readonly string[];
  /** A measure whose only change is one more Stadtteil (a fact named without old and new value). */
  readonly redistricted: string;
}

/** The next meeting: a few measures completed, a few with new reports, one removed, one added, one more Stadtteil. */
function nextMeeting(base: SampleModel, seed: number): { model: SampleModel; changes: MeetingChanges } {
  const rng = createRandom(seed).fork('meeting-2');
  const newReportDay = (): Day => randomDay(rng, 2027, 1, 2);
  const goalUse = new Map<string, number>();
  for (const m of base.measures) for (const g of m.goalIds) goalUse.set(g, (goalUse.get(g) ?? 0) + 1);
  const startsBefore2027 = (m: SampleMeasure) => !m.start || Number(m.start.iso.slice(0, 4)) < 2027;
  const eligible = base.measures.filter((m) => m.id !== base.staleReportMeasureId && m.report);
  const completeCount = Math.max(3, Math.round(base.measures.length * 0.03));
  const completed = rng.sample(
    eligible.filter((m) => m.status === 'in-progress' && (m.progress ?? 0) >= 60 && startsBefore2027(m)),
    completeCount,
  );
  const rest = eligible.filter((m) => !completed.includes(m) && m.status !== 'completed');
  const updated = rng.sample(
    rest.filter((m) => m.status === 'in-progress' || m.status === 'preparing'),
    Math.max(5, Math.round(base.measures.length * 0.08)),
  );
  const removable = rest.filter((m) => !updated.includes(m) && m.goalIds.every((g) => (goalUse.get(g) ?? 0) >= 2));
  const removed = rng.pick(removable.length ? removable : rest);
  const completedIds = new Set(completed.map((m) => m.id));
  const updatedIds = new Set(updated.map((m) => m.id));
  const districtNames = [...new Set(base.measures.flatMap((m) => m.districts))].sort();
  const redistricted = rest.find(
    (m) => !updatedIds.has(m.id) && m.id !== removed.id && m.districts.length > 0 && m.districts.length < 3,
  )!;
  const extraDistrict = districtNames.find((d) => !redistricted.districts.includes(d))!;
  const measures: SampleMeasure[] = [];
  for (const m of base.measures) {
    if (m.id === removed.id) continue;
    const history = m.report ? [...m.history, m.report] : [...m.history];
    if (completedIds.has(m.id)) {
      const date = newReportDay();
      measures.push({
        ...m,
        status: 'completed',
        progress: 100,
        end: { precision: 'month', iso: '2027-01' },
        report: { date, text: `**Abgeschlossen.** ${rng.pick(REPORT_PHRASES.completed)}` },
        history,
      });
    } else if (updatedIds.has(m.id)) {
      const date = newReportDay();
      const progress = m.progress === null ? null : Math.min(95, m.progress + roundTo(rng.int(5, 20), 5));
      measures.push({
        ...m,
        progress,
        report: { date, text: reportText(rng, m.status, date, m.link, m.paper) },
        history,
      });
    } else if (m.id === redistricted.id) {
      measures.push({ ...m, districts: [...m.districts, extraDistrict] });
    } else {
      measures.push(m);
    }
  }
  const addedTheme = THEMES.find((t) => t.key === 'green') as ThemeSeed;
  const goalsByTheme = new Map<ThemeKey, SampleGoal[]>([['green', base.goals.filter((g) => g.id === '5.2.1')]]);
  const usedTitles = new Set(base.measures.map((m) => m.title));
  const titles = titleMaker(rng.fork('titles'));
  const makeTitle = (t: ThemeSeed): string => {
    let title = titles(t);
    while (usedTitles.has(title)) title = titles(t);
    return title;
  };
  const ctx: MeasureContext = {
    rng: rng.fork('added'),
    themes: THEMES,
    goalsByTheme,
    title: makeTitle,
    stand: INFO_2.stand,
  };
  const fresh = measure(ctx, '2027-001', 2027, addedTheme, null);
  const date = newReportDay();
  const added: SampleMeasure = {
    ...fresh,
    status: 'planned',
    progress: null,
    start: { precision: 'year', iso: '2027' },
    end: { precision: 'year', iso: '2029' },
    report: { date, text: 'Neu aufgenommen mit **Beschluss der Ratsversammlung vom 10.02.2027**.' },
    history: [],
  };
  measures.push(added);
  const { indicators, newValues } = nextMeetingIndicators(base.indicators);
  return {
    model: { ...base, meeting: 2, info: INFO_2, measures, indicators },
    changes: {
      completed: [...completedIds],
      updated: [...updatedIds],
      removed: removed.id,
      added: added.id,
      newIndicatorValues: newValues,
      redistricted: redistricted.id,
    },
  };
}

/** Builds the sample model of a meeting, plus (for meeting 2) what changed since meeting 1. */
export function sampleModel(options: ModelOptions): { model: SampleModel; changes: MeetingChanges | null } {
  const base = baseModel(options.measures, options.seed);
  if (options.meeting === 1) return { model: base, changes: null };
  return nextMeeting(base, options.seed);
}
