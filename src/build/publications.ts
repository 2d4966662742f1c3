/**
 * The record of what was published: one small snapshot per Stand in the data folder's
 * `veroeffentlichungen/` (`2026-11-12.json`), kept where the office backs up its data.
 *
 * The build reads the newest snapshot older than the current Stand to tell what changed, and
 * records the current one only after the new site is in place: a build that fails, or data with
 * errors, writes nothing. The file is written next to its final place first and renamed, so a
 * snapshot is never half written.
 */
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IsekModel } from '../lib/schemas/model.ts';
import { choosePrevious, publicationStand, snapshotSchema, toSnapshot, type Snapshot } from '../lib/output/changes/snapshot.ts';
import { publicationChanges, type PublicationChanges } from '../lib/output/changes/publication-changes.ts';

/** The sub-folder of the data folder that holds the snapshots (ignored by the workbook search). */
export const PUBLICATIONS_FOLDER = 'veroeffentlichungen';

const SNAPSHOT_NAME = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\.json$/;

/** A snapshot file that could not be used, and why. */
export interface IgnoredSnapshot {
  readonly file: string;
  readonly reason: 'unreadable' | 'invalid';
}

/**
 * The newest valid snapshot in `dir` older than `stand`. Files are tried newest first; one that
 * cannot be read or is not a snapshot of this version is skipped and reported.
 */
export async function readPreviousSnapshot(
  dir: string,
  stand: string,
): Promise<{ snapshot: Snapshot | null; ignored: IgnoredSnapshot[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshot: null, ignored: [] };
    throw error;
  }
  const candidates = names
    .map((file) => ({ file, stand: SNAPSHOT_NAME.exec(file)?.[1] }))
    .filter((c): c is { file: string; stand: string } => c.stand !== undefined && c.stand < stand)
    .sort((a, b) => (a.stand < b.stand ? 1 : a.stand > b.stand ? -1 : 0));
  const ignored: IgnoredSnapshot[] = [];
  for (const candidate of candidates) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, candidate.file), 'utf8'));
    } catch {
      ignored.push({ file: candidate.file, reason: 'unreadable' });
      continue;
    }
    const parsed = snapshotSchema.safeParse(json);
    // The content decides; a file renamed by hand still must lie before the current Stand.
    const snapshot = parsed.success ? choosePrevious([parsed.data], stand) : null;
    if (snapshot) return { snapshot, ignored };
    ignored.push({ file: candidate.file, reason: 'invalid' });
  }
  return { snapshot: null, ignored };
}

/** A snapshot written next to its place, waiting for the site to be published. */
export interface StagedSnapshot {
  /** Moves the snapshot into place (replacing one of the same Stand). */
  commit(): Promise<void>;
  /** Removes the waiting file (and the folder, if this build created it and it is empty). */
  discard(): Promise<void>;
}

/** Writes the snapshot as a hidden temporary file in `dir`; see {@link StagedSnapshot}. */
export async function stageSnapshot(dir: string, snapshot: Snapshot): Promise<StagedSnapshot> {
  const created = await mkdir(dir, { recursive: true });
  const final = path.join(dir, `${snapshot.stand}.json`);
  const temporary = path.join(dir, `.${snapshot.stand}.json.${process.pid}.tmp`);
  await writeFile(temporary, `${JSON.stringify(snapshot, null, 1)}\n`);
  return {
    commit: () => rename(temporary, final),
    discard: async () => {
      await rm(temporary, { force: true });
      if (created !== undefined) await rmdir(dir).catch(() => undefined);
    },
  };
}

/** This build's publication record: the changes for the site, and the snapshot to record. */
export interface PreparedPublication {
  /** For the model file (`changes`). */
  readonly changes: PublicationChanges;
  /** The snapshot of this publication. */
  readonly snapshot: Snapshot;
  /** Where it will be recorded. */
  readonly dir: string;
  /** Snapshot files that were skipped. */
  readonly ignored: readonly IgnoredSnapshot[];
}

/** Compares the model with the last recorded publication before its Stand. Writes nothing. */
export async function preparePublication(options: {
  readonly dataDir: string;
  readonly model: Pick<IsekModel, 'info' | 'measures'>;
  readonly today: string;
}): Promise<PreparedPublication> {
  const dir = path.join(options.dataDir, PUBLICATIONS_FOLDER);
  const stand = publicationStand(options.model, options.today);
  const { snapshot: previous, ignored } = await readPreviousSnapshot(dir, stand);
  const snapshot = toSnapshot(options.model, { stand, previous });
  return { changes: publicationChanges(previous, snapshot), snapshot, dir, ignored };
}
