/**
 * The hand-over between the build script and Astro: the validated model and settings as one JSON
 * file. The script validates first and writes it; Astro's content loaders only read it, so the
 * workbooks are parsed exactly once per build.
 */
import { readFileSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { IsekModel } from './schemas/model.ts';
import type { Settings } from './schemas/settings.ts';
import { changesWithoutHistory, type PublicationChanges } from './output/changes/publication-changes.ts';
import type { ReadPagesResult } from './input/files/read-pages.ts';

/** The environment variable naming the model file for the Astro build. */
export const MODEL_FILE_ENV = 'ISEK_MODEL_FILE';

/** What the model file holds. */
export interface ModelFile {
  readonly model: IsekModel;
  readonly settings: Settings;
  /**
   * What changed since the previous publication, from the snapshots in
   * `data/veroeffentlichungen/`. Absent in hand-written model files: the site then shows the data
   * as a first publication.
   */
  readonly changes?: PublicationChanges;
  /**
   * The editable pages' sources as the check read them, so the site renders exactly what was
   * checked without reading `seiten/` again. Absent in hand-written model files.
   */
  readonly pages?: ReadPagesResult['sources'];
}

/** Writes the model file (creating its folder). */
export async function writeModelFile(file: string, content: ModelFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(content));
}

/**
 * The publication's changes a model file holds, or, in one without (`astro dev`, a hand-written
 * file), the data as a first publication: the one rule for the pages and the open-data files.
 */
export function changesOf(content: {
  readonly model: Pick<IsekModel, 'info' | 'measures'>;
  readonly changes?: PublicationChanges;
}): PublicationChanges {
  return content.changes ?? changesWithoutHistory(content.model);
}

/** Reads a model file written by {@link writeModelFile}. */
export function readModelFile(file: string): ModelFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
}
