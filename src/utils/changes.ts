/**
 * The changes of this publication (collection `changes`, entry `current`), read once per build
 * and shared by every page: `/aenderungen/`, its feed, and „Zuletzt geändert“ on each measure.
 * In `astro dev` read on every call, so edited data shows (see `once-per-build.ts`).
 */
import { getEntry } from 'astro:content';
import { publicationsOf, type PublicationChanges } from '../lib/output/changes/publication-changes.ts';
import { measureHistories, type MeasureHistoryEntry } from '../lib/output/changes/measure-history.ts';
import { oncePerBuild } from './once-per-build.ts';

async function load(): Promise<PublicationChanges> {
  const entry = await getEntry('changes', 'current');
  if (!entry) throw new Error('changes entry "current" is missing');
  return entry.data;
}

/** The publication's changes (see `lib/output/changes/publication-changes.ts`). */
export const getPublicationChanges: () => Promise<PublicationChanges> = oncePerBuild(load);

/** Each measure's history across the publications (see `lib/output/changes/measure-history.ts`). */
export const getMeasureHistories: () => Promise<ReadonlyMap<string, readonly MeasureHistoryEntry[]>> = oncePerBuild(
  async () => measureHistories(publicationsOf(await getPublicationChanges())),
);
