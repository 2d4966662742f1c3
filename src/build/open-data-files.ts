/**
 * The files of `/daten/`, made by the build script in its own process while the Astro process
 * renders the pages (the routes `src/pages/daten/[name].<extension>.ts` then generate none): the
 * workbooks and the JSON of every measure are the heaviest single outputs of a build, and the
 * build script would otherwise wait idle for Astro on a core of its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { changesOf, type ModelFile } from '../lib/model-file.ts';
import { OPEN_DATA_FILE_KEYS, renderOpenDataFile } from '../lib/output/open-data/files.ts';
import { openDataPath, openDataSource } from '../utils/open-data-source.ts';

/** One rendered file: its path below the site's root and its content. */
export interface RenderedFile {
  readonly path: string;
  readonly body: string | Uint8Array;
}

/**
 * Renders every file of `/daten/` from what the model file hands to Astro, for a site under
 * `base`. Yields between files, so the Astro process's progress lines are read meanwhile.
 */
export async function renderOpenDataFiles(content: ModelFile, base: string): Promise<RenderedFile[]> {
  const { model, settings } = content;
  const source = openDataSource({ ...model, settings, changedAt: changesOf(content).changedAt }, base);
  const files: RenderedFile[] = [];
  for (const key of OPEN_DATA_FILE_KEYS) {
    await nextTurn();
    files.push({ path: openDataPath(key), body: renderOpenDataFile(key, source).body });
  }
  return files;
}

/** Writes rendered files below the site folder `siteDir`. */
export async function writeRenderedFiles(siteDir: string, files: readonly RenderedFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(siteDir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.body);
  }
}
