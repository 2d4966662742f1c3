/**
 * The record of what was published: one small snapshot per publication in the data folder's
 * `veroeffentlichungen/` (`2026-11-12.json`; a further publication of the same Stand with other
 * data `2026-11-12_2.json`), kept where the office backs up its data.
 *
 * The build reads every record, plans against them (see `lib/output/changes/plan.ts`) and writes
 * a new record only after the new site is in place: a build that fails, or data with errors,
 * writes nothing. The file is written next to its final place first and then linked under its
 * name, which fails rather than replace an existing file: a record is never half written and
 * never overwritten.
 */
import { link, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IsekModel } from '../lib/schemas/model.ts';
import {
  choosePrevious,
  compareRecords,
  publicationStand,
  recordKey,
  snapshotSchema,
  type Snapshot,
  type SnapshotSection,
} from '../lib/output/changes/snapshot.ts';
import { planPublication } from '../lib/output/changes/plan.ts';
import { publicationChanges, type PublicationChanges } from '../lib/output/changes/publication-changes.ts';

/** The sub-folder of the data folder that holds the snapshots (ignored by the workbook search). */
export const PUBLICATIONS_FOLDER = 'veroeffentlichungen';

const SNAPSHOT_NAME = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:_(\d+))?\.json$/;

/** A snapshot file that could not be used, and why. */
export interface IgnoredSnapshot {
  readonly file: string;
  readonly reason: 'unreadable' | 'invalid';
}

/**
 * Every valid record in `dir`, in publication order (Stand, then sequence). A file that cannot be
 * read, is not a record of this version, or whose content does not match its name is skipped and
 * reported (and left as it is).
 */
export async function readSnapshots(dir: string): Promise<{ snapshots: Snapshot[]; ignored: IgnoredSnapshot[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshots: [], ignored: [] };
    throw error;
  }
  const snapshots: Snapshot[] = [];
  const ignored: IgnoredSnapshot[] = [];
  for (const file of names.filter((n) => SNAPSHOT_NAME.test(n)).sort()) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    } catch {
      ignored.push({ file, reason: 'unreadable' });
      continue;
    }
    const parsed = snapshotSchema.safeParse(json);
    // The content decides, and must agree with the name: a copy renamed by hand is not a record.
    if (parsed.success && `${recordKey(parsed.data)}.json` === file) snapshots.push(parsed.data);
    else ignored.push({ file, reason: 'invalid' });
  }
  return { snapshots: snapshots.sort(compareRecords), ignored };
}

/**
 * The newest valid snapshot in `dir` older than `stand`. A file that cannot be read or is not a
 * snapshot of this version is skipped and reported.
 */
export async function readPreviousSnapshot(
  dir: string,
  stand: string,
): Promise<{ snapshot: Snapshot | null; ignored: IgnoredSnapshot[] }> {
  const { snapshots, ignored } = await readSnapshots(dir);
  return { snapshot: choosePrevious(snapshots, stand), ignored };
}

/** A snapshot written next to its place, waiting for the site to be published. */
export interface StagedSnapshot {
  /** Puts the snapshot in place; fails when a file of that name exists (nothing is replaced). */
  commit(): Promise<void>;
  /** Removes the waiting file (and the folder, if this build created it and it is empty). */
  discard(): Promise<void>;
}

/** Where a record is kept. */
export function recordFile(dir: string, snapshot: Pick<Snapshot, 'stand' | 'sequence'>): string {
  return path.join(dir, `${recordKey(snapshot)}.json`);
}

/** Writes the snapshot as a hidden temporary file in `dir`; see {@link StagedSnapshot}. */
export async function stageSnapshot(dir: string, snapshot: Snapshot): Promise<StagedSnapshot> {
  // A record the next build could not read would silently restart the history: never write one.
  snapshotSchema.parse(snapshot);
  const created = await mkdir(dir, { recursive: true });
  const final = recordFile(dir, snapshot);
  const temporary = path.join(dir, `.${recordKey(snapshot)}.json.${process.pid}.tmp`);
  await writeFile(temporary, `${JSON.stringify(snapshot, null, 1)}\n`);
  return {
    commit: async () => {
      try {
        // A hard link fails with EEXIST instead of replacing: an existing record stays.
        await link(temporary, final);
        await rm(temporary, { force: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw error;
        // A file system without hard links (some network shares): rename, after checking.
        if (
          await stat(final).then(
            () => true,
            () => false,
          )
        )
          throw error;
        await rename(temporary, final);
      }
    },
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
  /** Whether the snapshot is new (else the data repeats the record of its Stand). */
  readonly isNew: boolean;
  /** Set when this is a further publication of the previous record's Stand: the Stand was not updated. */
  readonly sameStand: boolean;
  /** Where it will be recorded. */
  readonly dir: string;
  /** Snapshot files that were skipped. */
  readonly ignored: readonly IgnoredSnapshot[];
  /** The record compared with, when it predates the further facts (see `PublicationPlan`). */
  readonly comparedWithoutDetails: Snapshot | null;
}

/** Compares the model with the kept publication records (see `plan.ts`). Writes nothing. */
export async function preparePublication(options: {
  readonly dataDir: string;
  readonly model: Pick<IsekModel, 'info' | 'measures'>;
  readonly today: string;
  /** Further parts of the record (see `snapshotSectionSchema`). */
  readonly sections?: Readonly<Record<string, SnapshotSection>>;
}): Promise<PreparedPublication> {
  const dir = path.join(options.dataDir, PUBLICATIONS_FOLDER);
  const stand = publicationStand(options.model, options.today);
  const { snapshots, ignored } = await readSnapshots(dir);
  const plan = planPublication(snapshots, options.model, { stand, today: options.today, sections: options.sections });
  return {
    changes: publicationChanges(plan.previous, plan.snapshot, plan.history),
    snapshot: plan.snapshot,
    isNew: plan.isNew,
    sameStand: plan.sameStand,
    dir,
    ignored,
    comparedWithoutDetails: plan.comparedWithoutDetails,
  };
}
