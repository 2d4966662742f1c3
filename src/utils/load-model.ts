/**
 * The one data path of the Astro layer: every page reads the validated model through here (the
 * lookup maps in `model-index.ts`, `indicators.ts`, `districts.ts`, `changes.ts` and the
 * editable pages build on it).
 *
 * - `npm run build`: the build script validates the data and writes the model to the file named
 *   by `ISEK_MODEL_FILE`; it is read once, as is, when the build script says it is complete
 *   (`build/model-handoff.ts`).
 * - `astro dev`: no model file, so the core runs on `ISEK_DATA_DIR` (default `data`), again
 *   whenever a file in that folder changed; data errors stop the page with a short German list.
 *
 * Nothing here parses or checks data: that is the core's job. The model is not copied into
 * Astro's content store: at 10,000 measures the store, bundled as one JavaScript module and
 * parsed back in the page stage, held more memory than the whole page stage (docs/benchmarks.md).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { MODEL_FILE_ENV, readModelFile } from '../lib/model-file.ts';
import { modelFileReady } from '../build/model-handoff.ts';
import type { IsekModel } from '../lib/schemas/model.ts';
import type { Settings } from '../lib/schemas/settings.ts';
import type { ReadPagesResult } from '../lib/input/files/read-pages.ts';
import type { PublicationChanges } from '../lib/output/changes/publication-changes.ts';
import { SITE_TEXT } from '../lib/i18n/de.ts';
/** The model plus the settings it was built with. */
export interface LoadedModel {
  readonly model: IsekModel;
  readonly settings: Settings;
  /** What changed since the previous publication (only in a build's model file). */
  readonly changes?: PublicationChanges;
  /** The editable pages' sources (only in a build's model file; `astro dev` reads `seiten/`). */
  readonly pages?: ReadPagesResult['sources'];
}

let loaded: { readonly key: string; readonly model: Promise<LoadedModel> } | undefined;

/**
 * The model: read on the first call, later calls share it. In `astro dev` it is read again when
 * the data folder changed since (see {@link dataFolderState}).
 */
export function loadModelOnce(): Promise<LoadedModel> {
  const file = process.env[MODEL_FILE_ENV];
  const key = file ? `file:${file}` : dataFolderState(dataDir());
  if (loaded?.key !== key) loaded = { key, model: loadModel() };
  return loaded.model;
}

/**
 * Name, size and modification time of every file in the data folder and its subfolders, as one
 * string: it changes when the office saves a workbook, a page or the settings.
 */
export function dataFolderState(folder: string): string {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return 'missing';
  }
  return names
    .map((name) => {
      try {
        const stat = statSync(path.join(folder, name));
        return stat.isFile() ? `${name}\u0000${stat.size}\u0000${stat.mtimeMs}` : '';
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** The data folder `astro dev` reads. */
export function dataDir(): string {
  return process.env.ISEK_DATA_DIR ?? 'data';
}

async function loadModel(): Promise<LoadedModel> {
  const file = process.env[MODEL_FILE_ENV];
  if (file) {
    // Validated by the build script, which may still be writing it when Astro gets here.
    await modelFileReady();
    return readModelFile(file);
  }
  const { loadProject } = await import('../lib/load.ts');
  const { TEMPLATES } = await import('./page-templates.ts');
  const result = await loadProject({ dataDir: dataDir(), pageTemplates: TEMPLATES });
  if (!result.ok) {
    const lines = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) =>
        [d.file, d.sheet, d.row === null ? null : SITE_TEXT.devRow(d.row), d.column, d.message]
          .filter((part) => part !== null && part !== '')
          .join(', '),
      );
    throw new Error(`${SITE_TEXT.devLoadFailed(dataDir())}\n${lines.map((l) => `- ${l}`).join('\n')}`);
  }
  return { model: result.model, settings: result.settings };
}
