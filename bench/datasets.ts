/**
 * The synthetic exports the benchmark builds: the sample generator's city at any number of
 * measures, as the office would have it after a council meeting. Meeting 1's export is published
 * once (the warm-up build, which records its publication); the measured runs then check and
 * build meeting 2's export, so every build also compares with the previous publication, as the
 * office's rebuild after a meeting does.
 *
 * The exports hold indicators in proportion: one per ten measures (at least the sample's 28),
 * the added ones with ten years of values each (see `sample-indicators.ts`).
 */
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { generateSampleData, writeSampleWorkbooks } from '../tools/authoring/sample-data.ts';
import { PUBLICATIONS_FOLDER } from '../src/build/publications.ts';

/** The folders of one size. */
export interface Dataset {
  /** Number of measures. */
  readonly measures: number;
  /** Meeting 1's export: published once before measuring. */
  readonly firstMeetingDir: string;
  /** Meeting 2's export: what every measured check and build reads. */
  readonly dataDir: string;
}

/** Writes both meetings' exports of `measures` measures below `root`. Deterministic. */
export async function writeDataset(root: string, measures: number): Promise<Dataset> {
  const dir = path.join(root, `m${measures}`);
  const firstMeetingDir = path.join(dir, 'sitzung-1');
  const dataDir = path.join(dir, 'sitzung-2');
  writeSampleWorkbooks(firstMeetingDir, generateSampleData({ measures, meeting: 1 }));
  writeSampleWorkbooks(dataDir, generateSampleData({ measures, meeting: 2 }));
  return { measures, firstMeetingDir, dataDir };
}

/**
 * Hands meeting 1's recorded publication to meeting 2's folder, as if the office had published
 * meeting 1 from there. Call once after the warm-up build of `firstMeetingDir`.
 */
export async function carryOverPublication(dataset: Dataset): Promise<void> {
  const target = path.join(dataset.dataDir, PUBLICATIONS_FOLDER);
  await rm(target, { recursive: true, force: true });
  await cp(path.join(dataset.firstMeetingDir, PUBLICATIONS_FOLDER), target, { recursive: true });
}

/** The publications recorded in meeting 2's folder (file names). */
export async function recordedPublications(dataset: Dataset): Promise<string[]> {
  return (await readdir(path.join(dataset.dataDir, PUBLICATIONS_FOLDER)).catch(() => [])).sort();
}

/**
 * Removes what a measured build recorded beyond `keep` (the publications present before it), so
 * the next run compares with meeting 1 again instead of with itself.
 */
export async function forgetNewPublications(dataset: Dataset, keep: readonly string[]): Promise<void> {
  const folder = path.join(dataset.dataDir, PUBLICATIONS_FOLDER);
  await mkdir(folder, { recursive: true });
  for (const name of await readdir(folder)) {
    if (!keep.includes(name)) await rm(path.join(folder, name), { recursive: true, force: true });
  }
}
