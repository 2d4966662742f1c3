/**
 * The changes of this publication (collection `changes`, entry `current`), read once per build
 * and shared by every page: `/aenderungen/`, its feed, and „Zuletzt geändert“ on each measure.
 */
import { getEntry } from 'astro:content';
import type { PublicationChanges } from '../lib/changes/publication-changes.ts';

let pending: Promise<PublicationChanges> | undefined;

async function load(): Promise<PublicationChanges> {
  const entry = await getEntry('changes', 'current');
  if (!entry) throw new Error('changes entry "current" is missing');
  return entry.data;
}

/** The publication's changes (see `lib/changes/publication-changes.ts`). */
export function getPublicationChanges(): Promise<PublicationChanges> {
  pending ??= load();
  return pending;
}
