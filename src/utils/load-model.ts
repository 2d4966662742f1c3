/**
 * Loads the validated model once per build (or dev-server start) for all collections.
 *
 * - `npm run build`: the build script has validated the data and written the model to the file
 *   named by `ISEK_MODEL_FILE`; it is only read here.
 * - `astro dev`: no model file, so the core runs on `ISEK_DATA_DIR` (default `data`), and data
 *   errors stop the dev server with a short German list.
 *
 * Nothing here parses or checks data: that is the core's job.
 */
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

let pending: Promise<LoadedModel> | undefined;

/** The model, loaded on the first call; later calls share the same promise. */
export function loadModelOnce(): Promise<LoadedModel> {
  pending ??= loadModel();
  return pending;
}

/** Forgets the loaded model, so the next call reads the data again (dev server, data changed). */
export function forgetModel(): void {
  pending = undefined;
}

/** The data folder `astro dev` reads. */
export function dataDir(): string {
  return process.env.ISEK_DATA_DIR ?? 'data';
}

async function loadModel(): Promise<LoadedModel> {
  const file = process.env.ISEK_MODEL_FILE;
  if (file) {
    // Validated by the build script just before; read as is.
    const { readModelFile } = await import('../lib/model-file.ts');
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
