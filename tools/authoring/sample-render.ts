/**
 * Turns the clean sample model into messy but valid workbook cells, the way real exports look.
 * Each value is written in one of the forms the contract tolerates; forms are drawn from a
 * shuffled bag, so every form appears once the data is large enough.
 */
import { sampleLocation } from './sample-districts.ts';
import type { PartialDate } from '../../src/lib/schemas/partial-date.ts';
import { STATUS_LABELS, MEASURE_TYPE_LABELS } from '../../src/lib/i18n/de.ts';
import { MEASURES_SHEET } from '../../src/lib/input/workbook/sheet-kinds.ts';
import { createRandom, type Random } from './random.ts';
import { SAMPLE_KEYWORDS } from './neumuenster.ts';
import type { Day, SampleDepartment, SampleGoal, SampleMeasure, SampleModel, SampleReport } from './sample-model.ts';
import type { SampleIndicator } from './sample-indicators.ts';
import { dateCell, type CellData, type SheetData, type WorkbookData } from './workbook-data.ts';

const NBSP = '\u00a0';

/** Draws items in shuffled rounds, so each appears once per round. */
function bag<T>(rng: Random, items: readonly T[]): () => T {
  let queue: T[] = [];
  return () => {
    if (queue.length === 0) queue = rng.shuffle(items);
    return queue.pop() as T;
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** German thousands grouping: `1250000` → `1.250.000`. */
export function groupThousands(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

type DayForm = 'excel' | 'dmy' | 'short' | 'iso';

function dayCell(d: Day, form: DayForm): CellData {
  switch (form) {
    case 'excel':
      return dateCell(d.year, d.month, d.day);
    case 'dmy':
      return `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;
    case 'short':
      return `${d.day}.${d.month}.${String(d.year).slice(2)}`;
    case 'iso':
      return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
  }
}

/** The forms of every kind of value, each drawn from its own bag. */
class Forms {
  readonly rng: Random;
  readonly dayForm: () => DayForm;
  readonly yearForm: () => 'text' | 'number';
  readonly moneyForm: () => 'number' | 'euro' | 'euroNbsp' | 'eur' | 'teur';
  readonly percentForm: () => 'number' | 'text' | 'cell';
  readonly separator: () => string;
  readonly lead: () => 'number' | 'text' | 'fd' | 'fachdienst' | 'numberName' | 'name';
  readonly partner: () => 'text' | 'fd' | 'numberName' | 'name';
  readonly status: () => 'label' | 'alias';
  readonly padding: () => 'none' | 'spaces' | 'nbsp';
  readonly yes: () => CellData;
  readonly no: () => CellData;
  constructor(rng: Random, leadForms: readonly ('number' | 'text' | 'fd' | 'fachdienst' | 'numberName' | 'name')[]) {
    this.rng = rng;
    this.dayForm = bag(rng, ['excel', 'excel', 'dmy', 'dmy', 'short', 'iso'] as const);
    this.yearForm = bag(rng, ['text', 'number'] as const);
    this.moneyForm = bag(rng, ['number', 'number', 'euro', 'euroNbsp', 'eur', 'teur'] as const);
    this.percentForm = bag(rng, ['number', 'text', 'cell'] as const);
    this.separator = bag(rng, ['; ', ';', ', ', '\n']);
    this.lead = bag(rng, leadForms);
    this.partner = bag(rng, ['text', 'fd', 'numberName', 'name'] as const);
    this.status = bag(rng, ['label', 'label', 'alias'] as const);
    this.padding = bag(rng, ['none', 'none', 'none', 'none', 'none', 'none', 'spaces', 'nbsp'] as const);
    this.yes = bag(rng, ['ja', 'x', '1', 1, 'wahr', true] as CellData[]);
    this.no = bag(rng, ['nein', null, '0', 0, 'falsch', false] as CellData[]);
  }

  /** Surrounding spaces or non-breaking spaces around some texts. */
  pad(text: string): string {
    switch (this.padding()) {
      case 'none':
        return text;
      case 'spaces':
        return `  ${text} `;
      case 'nbsp':
        return `${NBSP}${text}${NBSP}`;
    }
  }

  partialDate(date: PartialDate | null): CellData {
    if (!date) return null;
    const [y, m, d] = date.iso.split('-').map(Number) as [number, number?, number?];
    if (date.precision === 'year') return this.yearForm() === 'number' ? y : String(y);
    if (date.precision === 'month') return `${pad2(m as number)}/${y}`;
    return dayCell({ year: y, month: m as number, day: d as number }, this.dayForm());
  }

  date(day: Day | null): CellData {
    return day ? dayCell(day, this.dayForm()) : null;
  }

  money(value: number | null): CellData {
    if (value === null) return null;
    const cents = Math.round((value % 1) * 100);
    if (cents !== 0) {
      return this.rng.chance(0.5) ? value : `${groupThousands(value)},${pad2(cents)} EUR`;
    }
    const form = this.moneyForm();
    switch (form) {
      case 'number':
        return value;
      case 'euro':
        return `${groupThousands(value)} €`;
      case 'euroNbsp':
        return `${groupThousands(value)}${NBSP}€`;
      case 'eur':
        return `${groupThousands(value)},00 EUR`;
      case 'teur':
        // `T€` only for whole thousands below a million, where it cannot be misread.
        return value % 1000 === 0 && value < 1_000_000
          ? `${groupThousands(value / 1000)} T€`
          : `${groupThousands(value)} €`;
    }
  }

  percent(value: number | null): CellData {
    if (value === null) return null;
    switch (this.percentForm()) {
      case 'number':
        return value;
      case 'text':
        return `${value} %`;
      case 'cell':
        return { t: 'n', v: value / 100, z: '0%' };
    }
  }

  list(items: readonly (string | number)[]): CellData {
    if (items.length === 0) return null;
    if (items.length === 1) return items[0] as string | number;
    return items.map(String).join(this.separator());
  }
}

/** How a department is referred to in a measure row. */
function departmentRef(dep: SampleDepartment, form: string, inList: boolean): string | number {
  const leadingZero = dep.id.startsWith('0');
  // Names with a comma would split in a list; numbers with a leading zero stay text as written.
  const safeName = !inList || !/[;,]/.test(dep.name);
  switch (leadingZero && (form === 'number' || form === 'fd' || form === 'fachdienst') ? 'text' : form) {
    case 'number':
      return Number(dep.id);
    case 'text':
      return dep.id;
    case 'fd':
      return `FD ${dep.id}`;
    case 'fachdienst':
      return `Fachdienst ${dep.id}`;
    case 'numberName':
      return safeName ? `${dep.id} ${dep.name}` : `FD ${dep.id}`;
    default:
      return safeName ? dep.name : dep.id;
  }
}

/** Headers (aliases, spellings, line breaks) and column order of one export layout. */
interface MeasureLayout {
  readonly sheetName: string;
  readonly file: string;
  readonly banner: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly order: readonly string[];
  readonly leadForms: readonly ('number' | 'text' | 'fd' | 'fachdienst' | 'numberName' | 'name')[];
}

/** Key of the unknown column both exports carry. */
const NOTE_KEY = 'note';

const LAYOUT_1: Omit<MeasureLayout, 'order'> = {
  sheetName: 'Maßnahmen',
  file: 'Massnahmenliste_2026-11-20.xlsx',
  banner: [
    'Maßnahmenliste ISEK Neumünster – Stand 20.11.2026',
    'Export aus dem Maßnahmencontrolling der Geschäftsstelle ISEK',
  ],
  headers: {
    id: 'Massnahmen-Nr.',
    title: ' Titel ',
    summary: 'Kurzbeschreibung',
    type: 'Art',
    goals: 'Ziel-Nr.',
    leadDepartment: 'federführender\nFachdienst',
    participatingDepartments: 'Beteiligte  Fachdienste',
    productArea: 'PB',
    product: 'Produkt-Nr.',
    status: 'Status:',
    progress: 'Fortschritt in %',
    start: 'Beginn',
    end: 'geplantes Ende',
    costs: 'Gesamtkosten',
    funding: 'Foerdermittel',
    decisionBody: 'Gremium',
    decisionDate: 'Beschluss vom',
    paper: 'Vorlage',
    link: 'Ratsinfo',
    districts: 'Stadtteil',
    location: 'Koordinaten',
    sdgs: 'SDGs',
    keywords: 'Schlagworte',
    report: 'Sachstand',
    reportDate: 'Stand',
    [NOTE_KEY]: 'Bemerkung intern',
  },
  leadForms: ['number', 'number', 'text', 'fd', 'fachdienst', 'numberName', 'name'],
};

const LAYOUT_2: Omit<MeasureLayout, 'order'> = {
  sheetName: 'Massnahmen',
  file: 'Massnahmenliste_2027-02-19.xlsx',
  banner: ['ISEK Neumünster – Maßnahmen zur Ratsversammlung vom 10.02.2027'],
  headers: {
    id: 'Nr.',
    title: 'Maßnahme',
    summary: 'Beschreibung',
    type: 'Typ',
    goals: 'Ziele',
    leadDepartment: 'FD',
    participatingDepartments: 'beteiligt',
    productArea: 'Produktbereich',
    product: 'Produkt',
    status: 'UMSETZUNGSSTAND',
    progress: 'Umsetzungsgrad',
    start: 'Start',
    end: 'Fertigstellung',
    costs: 'Kosten',
    funding: 'Förderung',
    decisionBody: 'Beschlussgremium',
    decisionDate: 'Beschlussdatum',
    paper: 'Drucksache',
    link: 'Link',
    districts: 'Ortsteil',
    location: 'Lage',
    sdgs: 'SDG',
    keywords: 'Stichworte',
    report: 'Statusbericht',
    reportDate: 'Stand des Berichts:',
    [NOTE_KEY]: 'Bemerkung intern',
  },
  leadForms: ['fd', 'fd', 'fd', 'text', 'number', 'numberName', 'fachdienst', 'name'],
};

const STATUS_ALIASES: Partial<Record<string, string>> = {
  'in-progress': 'laufend',
  completed: 'erledigt',
  dropped: 'eingestellt',
};

/** Inserts blank rows between data rows now and then (they must be skipped and counted). */
function withBlankRows(rng: Random, rows: CellData[][]): CellData[][] {
  const out: CellData[][] = [];
  let next = rng.int(8, 30);
  rows.forEach((row, i) => {
    if (i === next) {
      out.push([]);
      if (rng.chance(0.3)) out.push([]);
      next += rng.int(20, 60);
    }
    out.push(row);
  });
  return out;
}

function measureCells(
  m: SampleMeasure,
  forms: Forms,
  deps: ReadonlyMap<string, SampleDepartment>,
): Record<string, CellData> {
  const dep = (id: string) => deps.get(id) as SampleDepartment;
  const statusLabel = STATUS_LABELS[m.status];
  const alias = STATUS_ALIASES[m.status];
  return {
    id: forms.pad(m.id),
    title: forms.pad(m.title),
    summary: m.summary,
    type: m.type ? MEASURE_TYPE_LABELS[m.type] : null,
    goals: forms.list(m.goalIds.length === 1 ? [m.goalIds[0] as string] : m.goalIds),
    leadDepartment: departmentRef(dep(m.leadDepartmentId), forms.lead(), false),
    participatingDepartments: forms.list(
      m.participatingDepartmentIds.map((id) => departmentRef(dep(id), forms.partner(), true)),
    ),
    productArea: m.productAreaGiven ? (forms.rng.chance(0.7) ? m.productArea : String(m.productArea)) : null,
    product: m.product,
    status: forms.pad(alias && forms.status() === 'alias' ? alias : statusLabel),
    progress: forms.percent(m.progress),
    start: forms.partialDate(m.start),
    end: forms.partialDate(m.end),
    costs: forms.money(m.costs),
    funding: forms.money(m.funding),
    decisionBody: m.decisionBody,
    decisionDate: forms.date(m.decisionDate),
    paper: m.paper,
    link: m.link ? (forms.rng.chance(0.3) ? { t: 's', v: m.link, link: m.link } : m.link) : null,
    districts: forms.list(m.districts),
    location: sampleLocation(m.id, m.districts),
    sdgs: forms.list(m.sdgs),
    // Without a random draw: the other cells stay as they were.
    keywords: SAMPLE_KEYWORDS.find((k) => m.title.includes(k.titleHas))?.keywords.join('; ') ?? null,
    report: m.report?.text ?? null,
    reportDate: forms.date(m.report?.date ?? null),
    [NOTE_KEY]: m.note,
  };
}

function measuresSheet(model: SampleModel, rng: Random): { sheet: SheetData; file: string } {
  const base = model.meeting === 1 ? LAYOUT_1 : LAYOUT_2;
  // The point location comes last, one column (`Lage`); Breite/Länge stay unused.
  const located = new Set(['location', 'latitude', 'longitude']);
  const keys = [...MEASURES_SHEET.columns.map((c) => c.key).filter((k) => !located.has(k)), NOTE_KEY];
  // Nr. first, the rest in an export-specific order.
  const order = ['id', ...rng.shuffle(keys.filter((k) => k !== 'id')), 'location'];
  const forms = new Forms(rng.fork('forms'), base.leadForms);
  const deps = new Map(model.departments.map((d) => [d.id, d]));
  const data = model.measures.map((m) => {
    const cells = measureCells(m, forms, deps);
    return order.map((k) => cells[k] ?? null);
  });
  const banner: CellData[][] = base.banner.map((t) => [t]);
  if (model.meeting === 1) banner.push([]);
  const header = order.map((k) => base.headers[k] ?? k);
  const rows = [...banner, header, ...withBlankRows(rng.fork('blank'), data)];
  return {
    file: base.file,
    sheet: {
      name: base.sheetName,
      rows,
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }],
      widths: order.map((k) => (k === 'title' || k === 'report' || k === 'summary' ? 48 : 16)),
    },
  };
}

/** The report history, recognised by its headers only (sheet `Tabelle1`). */
function reportsSheet(model: SampleModel, rng: Random): SheetData {
  const forms = new Forms(rng, ['text']);
  const rows: CellData[][] = [['Maßnahmen-Nr.', 'Datum', 'Bericht']];
  for (const m of model.measures) {
    for (const r of m.history as SampleReport[]) rows.push([m.id, forms.date(r.date), r.text]);
  }
  return { name: 'Tabelle1', rows, widths: [16, 14, 80] };
}

function infoSheet(model: SampleModel): SheetData {
  const { stand } = model.info;
  return {
    name: 'Info',
    rows: [
      ['Angabe', 'Wert'],
      ['Stand', dateCell(stand.year, stand.month, stand.day)],
      ['Sitzung', model.info.session],
      ['Doppelhaushalt', model.info.budget],
    ],
    widths: [18, 36],
  };
}

function goalsSheet(goals: readonly SampleGoal[], rng: Random): SheetData {
  const forms = new Forms(rng.fork('forms'), ['text']);
  const header = [
    'Ziel-Nr.',
    'Ziel',
    'Oberziel',
    'PB',
    'Erläuterung',
    'PG',
    'SDG',
    'Quelle',
    'Im Fokus',
    'Verantwortlich',
  ];
  const data = goals.map((g) => [
    g.id,
    forms.pad(g.title),
    g.parent,
    g.productAreaGiven ? (g.parent === null ? g.productArea : String(g.productArea)) : null,
    g.description,
    g.productGroup,
    forms.list(g.sdgs),
    g.sources.join(rng.chance(0.5) ? '; ' : '\n'),
    g.focus ? forms.yes() : forms.no(),
    g.parent === null ? 'Geschäftsstelle ISEK' : null,
  ]);
  return {
    name: 'Ziele',
    rows: [
      ['ISEK Neumünster – Zielsystem (Fortschreibung 2025)'],
      [],
      header,
      ...withBlankRows(rng.fork('blank'), data),
    ],
    merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }],
    widths: [10, 44, 10, 6, 50, 30, 10, 28, 10, 20],
  };
}

function departmentsSheet(departments: readonly SampleDepartment[], rng: Random): SheetData {
  const rows: CellData[][] = [['Nr.', 'Bezeichnung', 'Fachbereich', 'Mail', 'Tel.', 'Webseite']];
  departments.forEach((d, i) => {
    // Numbers as numbers, as exports do, except where a leading zero must survive; a few as text.
    const id: CellData = d.id.startsWith('0') || i % 6 === 0 ? d.id : Number(d.id);
    rows.push([id, d.name, d.division, d.email, d.phone, rng.chance(0.85) ? d.website : null]);
  });
  return { name: 'Fachdienste', rows, widths: [6, 36, 52, 26, 18, 52] };
}

function productAreasSheet(model: SampleModel): SheetData {
  return {
    name: 'Produktbereiche',
    rows: [['Nr.', 'Bezeichnung', 'Beschreibung'], ...model.productAreas.map((p) => [p.id, p.name, p.description])],
    widths: [6, 30, 60],
  };
}

/** The file the statistics office's indicators come in: the same name in every meeting. */
export const INDICATORS_FILE = 'Kennzahlen_Statistikstelle.xlsx';

/** A figure the way exports write it: `12,5`, `1.234`, `1.234,5`. */
export function germanNumber(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${groupThousands(Number(whole))}${fraction ? `,${fraction}` : ''}`;
}

/** One value in one of the forms the contract accepts: a number cell, German text or a percent cell. */
function figureCell(value: number, unit: string, form: 'number' | 'text' | 'cell'): CellData {
  if (form === 'cell' && unit === '%') return { t: 'n', v: value / 100, z: '0.0%' };
  if (form === 'text' || (Math.abs(value) >= 1000 && form === 'cell')) return germanNumber(value);
  return value;
}

const DIRECTION_FORMS = {
  up: ['steigen', 'steigen', 'höher ist besser', 'steigend', '↑', '+'],
  down: ['sinken', 'sinken', 'niedriger ist besser', 'fallend', '↓', '-'],
} as const;

/** The sheets `Kennzahlen` and `Kennzahlwerte` (long form), with aliases and mixed number forms. */
function indicatorSheets(
  indicators: readonly SampleIndicator[],
  deps: ReadonlyMap<string, SampleDepartment>,
  rng: Random,
): SheetData[] {
  const form = bag(rng.fork('figures'), ['number', 'text', 'cell'] as const);
  const up = bag(rng.fork('up'), DIRECTION_FORMS.up);
  const down = bag(rng.fork('down'), DIRECTION_FORMS.down);
  const forms = new Forms(rng.fork('forms'), ['text']);
  const header = [
    'Kennzahl-Nr.',
    'Kennzahl',
    'Ziel-Nr.',
    'Einheit',
    'Zielrichtung',
    'Sollwert',
    'Zielwert bis',
    'Basisjahr',
    'Berechnung',
    'Datenquelle',
    'SDG',
    'SDG-Indikator',
    'FD',
  ];
  const rows = indicators.map((ind) => [
    ind.id,
    forms.pad(ind.title),
    forms.list(ind.goalIds),
    ind.unit,
    ind.direction === 'up' ? up() : down(),
    ind.targetValue === null ? null : figureCell(ind.targetValue, ind.unit, form()),
    ind.targetYear,
    ind.baseYear,
    ind.description,
    ind.source,
    forms.list(ind.sdgs),
    ind.sdgIndicator,
    departmentRef(deps.get(ind.departmentId)!, rng.pick(['number', 'fd', 'numberName']), false),
  ]);
  const values: CellData[][] = [];
  for (const ind of indicators) {
    for (const v of ind.values) {
      values.push([ind.id, v.year, figureCell(v.value, ind.unit, form()), v.district, v.note]);
    }
  }
  return [
    {
      name: 'Kennzahlen',
      rows: [['Kennzahlen zur Zielerreichung – fiktive Beispielwerte'], [], header, ...rows],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }],
      widths: [10, 48, 12, 16, 14, 10, 12, 10, 60, 30, 8, 30, 10],
    },
    {
      name: 'Kennzahlwerte',
      rows: [['Kennzahl-Nr.', 'Jahr', 'Wert', 'Stadtteil', 'Anmerkung'], ...values],
      widths: [12, 8, 12, 28, 40],
    },
  ];
}

/** Renders a model into the two workbooks a real export consists of. */
export function renderSample(model: SampleModel, seed: number): WorkbookData[] {
  const root = createRandom(seed);
  // The goal system is the same file in both meetings: its rendering does not depend on the meeting.
  const goalsRng = root.fork('render-goals');
  const rng = root.fork(`render-measures-${model.meeting}`);
  const { sheet, file } = measuresSheet(model, rng.fork('measures'));
  return [
    { file, sheets: [sheet, reportsSheet(model, rng.fork('reports')), infoSheet(model)] },
    {
      file: 'ISEK-Zielsystem 2025-2026.xlsx',
      sheets: [
        goalsSheet(model.goals, goalsRng.fork('goals')),
        departmentsSheet(model.departments, goalsRng.fork('departments')),
        productAreasSheet(model),
      ],
    },
    ...(model.indicators.length === 0
      ? []
      : [
          {
            file: INDICATORS_FILE,
            sheets: indicatorSheets(
              model.indicators,
              new Map(model.departments.map((d) => [d.id, d])),
              root.fork('render-indicators'),
            ),
          },
        ]),
  ];
}
