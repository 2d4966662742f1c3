/**
 * The core's entry point: from a data folder to one immutable model plus its diagnostics.
 * This module does the file I/O; everything it calls is a pure function of what was read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, sortDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { SETTINGS_MESSAGES } from './i18n/de.ts';
import { todayIso } from './common/today.ts';
import type { IsekModel } from './schemas/model.ts';
import type { Settings } from './schemas/settings.ts';
import { discoverDataFiles } from './input/files/discover.ts';
import { readFileBytes, unreadableFile } from './input/files/read-file-bytes.ts';
import { readWorkbook } from './input/workbook/read-workbook.ts';
import { locateTables } from './input/workbook/locate-tables.ts';
import { SHEET_SPECS, withExtraAliases } from './input/workbook/sheet-kinds.ts';
import type { RawWorkbook } from './input/workbook/raw.ts';
import { buildModel } from './model/build-model.ts';
import { parseSettings, SETTINGS_FILE } from './input/settings/parse-settings.ts';
import { checkAccessibilityStatement } from './input/settings/check-accessibility.ts';
import { readEditablePages, type ReadPagesResult } from './input/files/read-pages.ts';
import type { PageTemplates } from './input/files/page-templates.ts';
import { checkLogo } from './input/files/check-logo.ts';
import { readDistrictMap } from './input/files/district-map.ts';
import { checkEditablePages } from './input/pages/check-pages.ts';

/** What `loadModel` needs. */
export interface LoadOptions {
  /** The data folder. */
  readonly dataDir: string;
  /** Validated settings (see `settings/parse-settings.ts`). */
  readonly settings: Settings;
  /** Today as ISO day, for staleness when no Stand is given; injectable for tests. */
  readonly today?: string;
  /** Called once every file is read, before the checks (the build's progress display). */
  readonly onRead?: (counts: ReadCounts) => void;
}

/** What was read from the data folder, for the progress display. */
export interface ReadCounts {
  /** Workbooks that could be opened. */
  readonly files: number;
  /** Sheets in them. */
  readonly sheets: number;
}

/** The model and every problem found on the way. */
export interface LoadResult {
  /** False when any diagnostic is an error: then nothing may be published. */
  readonly ok: boolean;
  /** The model; with errors it holds what could be read, for reports only. */
  readonly model: IsekModel;
  /** Sorted: errors first. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The model plus the settings it was built with. */
export interface ProjectResult extends LoadResult {
  readonly settings: Settings;
  /** The office's editable pages that have a usable file (read once, handed to the site). */
  readonly pages: ReadPagesResult['sources'];
}

/**
 * Appends one list to another. `push(...list)` passes every item as an argument, and a sheet
 * with a million problem rows would overflow the call stack.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Reads, locates, validates and links every workbook in the data folder. */
export async function loadModel(options: LoadOptions): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const found = await discoverDataFiles(options.dataDir);
  append(diagnostics, found.diagnostics);
  const workbooks: RawWorkbook[] = [];
  // Files are read one after another: parsing is CPU-bound, and one workbook at a time keeps
  // peak memory at the largest file rather than the sum.
  for (const file of found.workbooks) {
    const bytes = await readFileBytes(file.name, file.path);
    append(diagnostics, bytes.diagnostics);
    if (bytes.bytes === null) continue;
    const read = readWorkbook(file.name, bytes.bytes);
    append(diagnostics, read.diagnostics);
    if (read.workbook) workbooks.push(read.workbook);
  }
  options.onRead?.({ files: workbooks.length, sheets: workbooks.reduce((n, w) => n + w.sheets.length, 0) });
  const specs = withExtraAliases(SHEET_SPECS, options.settings.headerAliases);
  // Without a single readable workbook, "sheet missing" errors would only repeat the real problem.
  const located =
    found.workbooks.length === 0
      ? { tables: [], diagnostics: [] }
      : locateTables(workbooks, specs, { dataDir: path.basename(path.resolve(options.dataDir)) });
  append(diagnostics, located.diagnostics);
  const districtMap = await readDistrictMap(options.dataDir);
  append(diagnostics, districtMap.diagnostics);
  const built = buildModel(located.tables, {
    districtMap: districtMap.map,
    staleReportMonths: options.settings.staleReportMonths,
    today: options.today ?? todayIso(),
    dataDirName: path.basename(path.resolve(options.dataDir)),
    earlier: diagnostics,
    statusLabels: Object.fromEntries(
      Object.entries(options.settings.statuses).flatMap(([status, own]) => (own?.label ? [[status, own.label]] : [])),
    ),
  });
  append(diagnostics, built.diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  return { ok: !hasErrors(sorted), model: built.model, diagnostics: sorted };
}

/**
 * Reads the settings file of a data folder: absent → defaults, with a notice naming the ones
 * that show on the site (another city must not publish under Neumünster's name unawares);
 * present but unreadable (no access, a folder of that name) → defaults and a `file.unreadable`
 * error, so the build stops with a German message instead of a stack trace.
 */
export async function loadSettings(dataDir: string): Promise<{ settings: Settings; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, SETTINGS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { settings: parseSettings(null).settings, diagnostics: [unreadableFile(SETTINGS_FILE, error)] };
    }
    const { settings } = parseSettings(null);
    const defaults = {
      city: settings.city,
      primary: settings.colours.primary,
      accent: settings.colours.accent,
      licence: settings.licence.name,
    };
    return {
      settings,
      diagnostics: [diagnostic('settings.missing', { file: SETTINGS_FILE }, SETTINGS_MESSAGES.missing(defaults))],
    };
  }
  return parseSettings(text);
}

/** Settings and model of a data folder, with all diagnostics of both. */
export async function loadProject(options: {
  dataDir: string;
  today?: string;
  onRead?: LoadOptions['onRead'];
  /**
   * Called with the settings as soon as they are read, before any workbook: what the build needs
   * to start Astro (the base path) while the data is still being read and checked.
   */
  onSettings?: (settings: Settings) => void;
  /** The editable pages' default texts, when the caller cannot read them from beside the code (a bundle). */
  pageTemplates?: PageTemplates;
}): Promise<ProjectResult> {
  const { settings, diagnostics: settingsDiagnostics } = await loadSettings(options.dataDir);
  options.onSettings?.(settings);
  const loaded = await loadModel({ dataDir: options.dataDir, settings, today: options.today, onRead: options.onRead });
  // Without the data folder, notices about its missing pages would only repeat that one error.
  const folderMissing = loaded.diagnostics.some((d) => d.code === 'data-dir.missing');
  // The office's own pages and logo: checked here so `npm run check` reports them too.
  const pages = folderMissing
    ? { diagnostics: [], sources: {} }
    : await readEditablePages(options.dataDir, options.pageTemplates);
  const diagnostics = sortDiagnostics([
    ...(folderMissing ? settingsDiagnostics.filter((d) => d.code !== 'settings.missing') : settingsDiagnostics),
    ...(folderMissing ? [] : await checkLogo(options.dataDir, settings.logo)),
    ...loaded.diagnostics,
    ...pages.diagnostics,
    ...checkEditablePages(Object.values(pages.sources)),
    ...(folderMissing
      ? []
      : checkAccessibilityStatement(
          settings.accessibility,
          options.today ?? todayIso(),
          pages.sources.barrierefreiheit !== undefined,
        )),
  ]);
  return { ok: !hasErrors(diagnostics), model: loaded.model, settings, pages: pages.sources, diagnostics };
}
