/**
 * The changes of this publication, as the build script compared it with the last recorded one
 * (in the model file), shared by every page: `/aenderungen/`, its feed, and „Zuletzt geändert“ on
 * each measure. In `astro dev` the data counts as a first publication and is read on every call,
 * so edited data shows (see `once-per-build.ts`).
 */
import { publicationsOf, type PublicationChanges } from '../lib/output/changes/publication-changes.ts';
import { changesOf } from '../lib/model-file.ts';
import { measureHistories, type MeasureHistoryEntry } from '../lib/output/changes/measure-history.ts';
import { oncePerBuild } from './once-per-build.ts';
import { loadModelOnce } from './load-model.ts';

async function load(): Promise<PublicationChanges> {
  return changesOf(await loadModelOnce());
}

/** The publication's changes (see `lib/output/changes/publication-changes.ts`). */
export const getPublicationChanges: () => Promise<PublicationChanges> = oncePerBuild(load);

/** Each measure's history across the publications (see `lib/output/changes/measure-history.ts`). */
export const getMeasureHistories: () => Promise<ReadonlyMap<string, readonly MeasureHistoryEntry[]>> = oncePerBuild(
  async () => measureHistories(publicationsOf(await getPublicationChanges())),
);
