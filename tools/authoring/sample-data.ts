/**
 * Sample data for ISEK-Portal: realistic, deterministic workbooks of a city like Neumünster, for
 * demonstrations, tests and the benchmark (`npm run sample`).
 *
 * The data is messy but valid. Every tolerance rule of the input contract
 * (`workbook-format.md`) is exercised by the default data (`sample-data.test.ts` checks each):
 *
 * Files and sheets
 * - [x] sheet kinds spread over three files, with export-style names (indicators in their own)
 * - [x] a sheet recognised by its headers only (`Tabelle1` holds the report history)
 * - [x] sheet name spelled without umlaut in meeting 2 (`Massnahmen`)
 * Headers
 * - [x] title rows, a blank row and a merged banner above the header row
 * - [x] aliases (`Ziel-Nr.`, `Gremium`, `Ratsinfo`, `Sachstand`, …)
 * - [x] umlaut spellings (`Massnahmen-Nr.`, `Foerdermittel`)
 * - [x] a line break inside a header (`federführender⏎Fachdienst`), repeated and surrounding
 *       spaces (` Titel `, `Beteiligte  Fachdienste`), a trailing `:` (`Status:`), upper case
 * - [x] shuffled column order (and a different one in meeting 2)
 * - [x] unknown columns (`Bemerkung intern`, `Verantwortlich`)
 * Rows and text
 * - [x] fully empty rows between data rows
 * - [x] surrounding spaces and non-breaking spaces around cell text
 * Values
 * - [x] lists separated by `;`, `,` and line breaks
 * - [x] dates: real Excel date cells (serial computed from the calendar date), `TT.MM.JJJJ`,
 *       `T.M.JJ`, ISO, `MM/JJJJ`, a bare year as text and as number
 * - [x] money: numbers, `1.250.000 €` (also with a non-breaking space), `1.250.000,50 EUR`, `250 T€`
 * - [x] percent: `45`, `45 %`, a percent-formatted cell holding 0.45
 * - [x] yes/no: `ja`/`nein`, `x`/empty, `1`/`0` (text and number), `wahr`/`falsch`, TRUE/FALSE
 * - [x] departments as `61` (number and text), `FD 61`, `Fachdienst 61`,
 *       `61 Stadtplanung und -entwicklung` and the name alone; numbers in `Fachdienste` as number and text
 * - [x] product area left empty for many measures and sub-goals (inherited)
 * - [x] SDGs left empty for many measures (inherited)
 * - [x] status aliases `laufend`, `erledigt`, `eingestellt`
 * - [x] http(s) links into the council information system, some as real hyperlinks
 * - [x] Vorlage `0815/2023/DS` and product numbers with leading zeros (`011101`) as text
 * - [x] status reports in light Markdown (bold, lists, links) with Alt+Enter line breaks
 * - [x] indicator values as number cells, German text (`12,5`, `1.234`) and percent cells;
 *       Zielrichtung in its aliases (`höher ist besser`, `↓`, `+`); header aliases (`Sollwert`)
 * Indicators (fictitious figures, `sample-indicators.ts`)
 * - [x] about 25, in every product area, with every assessment category, a passed target
 *       year, Stadtteil breakdowns and notes on single values; meeting 2 adds new values
 * Deliberate warnings (never errors)
 * - a report older than twelve months (`model.staleReportMeasureId`)
 * - a goal without measures (`6.1.2`)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleDistrictGeoJson } from './sample-districts.ts';
import { DISTRICT_MAP_FILE } from '../../src/lib/input/files/district-map.ts';
import { renderSample } from './sample-render.ts';
import { sampleModel, type MeetingChanges, type SampleModel } from './sample-model.ts';
import { writeWorkbooks, type WorkbookData } from './workbook-data.ts';

export type { CellData, CellObject, SheetData, WorkbookData } from './workbook-data.ts';
export type { MeetingChanges, SampleModel } from './sample-model.ts';

/** The default number of measures. */
export const DEFAULT_MEASURES = 240;
/** The default seed. */
export const DEFAULT_SEED = 2026;

/** What the generator is asked for. */
export interface SampleOptions {
  /** Number of measures (meeting 1; meeting 2 has the same count: one removed, one added). */
  readonly measures?: number;
  readonly seed?: number;
  /** 1: the export for the meeting of 11.11.2026; 2: the next meeting's export of the same data. */
  readonly meeting?: 1 | 2;
}

/** The generated sample: clean values, what changed since meeting 1, and the messy workbooks. */
export interface SampleData {
  readonly seed: number;
  readonly model: SampleModel;
  /** For meeting 2: the measures that changed; `null` for meeting 1. */
  readonly changes: MeetingChanges | null;
  /** The workbooks as plain rows, ready to write. */
  readonly workbooks: readonly WorkbookData[];
}

/** Generates the sample data. Same options, same data, on every machine. */
export function generateSampleData(options: SampleOptions = {}): SampleData {
  const measures = options.measures ?? DEFAULT_MEASURES;
  if (!Number.isInteger(measures) || measures < 1)
    throw new RangeError(`measures must be a positive integer, got ${measures}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const meeting = options.meeting ?? 1;
  const { model, changes } = sampleModel({ measures, seed, meeting });
  return { seed, model, changes, workbooks: renderSample(model, seed) };
}

/** Writes the sample's workbooks as `.xlsx` files into `dir`; returns the paths written. */
export function writeSampleWorkbooks(dir: string, data: SampleData): string[] {
  const paths = writeWorkbooks(dir, data.workbooks);
  // The fictitious district map, so the sample site shows the map.
  const map = join(dir, DISTRICT_MAP_FILE);
  writeFileSync(map, `${JSON.stringify(sampleDistrictGeoJson(), null, 1)}\n`);
  return [...paths, map];
}
