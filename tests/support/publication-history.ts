/**
 * Test support: a data folder with a publication record, so the shared test site has every
 * page type of the change history (archive pages of earlier publications, each measure's
 * history), not only a first publication. The records are made from the data's own model, as
 * two earlier council meetings would have left them: some measures not yet there, others at an
 * earlier status and progress.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadProject } from '../../src/lib/load.ts';
import { PUBLICATIONS_FOLDER, recordFile } from '../../src/build/publications.ts';
import { toSnapshot, type Snapshot } from '../../src/lib/output/changes/snapshot.ts';
import type { Measure } from '../../src/lib/schemas/measure.ts';

/** The Stands of the two seeded publications (before the sample's Stand 2026-11-20). */
export const SEEDED_STANDS = ['2026-03-12', '2026-06-25'] as const;

/** A measure as an earlier meeting saw it: `age` meetings back. */
function earlier(m: Measure, i: number, age: number): Measure | null {
  // Every ninth measure came only with the latest publications.
  if (i % 9 === 0 && age >= 1) return null;
  if (i % 4 === 0) {
    const progress = m.progress === null ? null : Math.max(0, m.progress - 10 * age);
    return { ...m, status: m.status === 'completed' ? 'in-progress' : m.status, progress };
  }
  if (i % 6 === 1 && age >= 2) return { ...m, status: 'planned', progress: 0, end: null };
  return m;
}

/**
 * Copies `from` (without its publication record) to `to` and writes two earlier publications
 * into it. Returns `to`.
 */
export async function dataWithPublicationHistory(from: string, to: string, today: string): Promise<string> {
  await cp(from, to, { recursive: true, filter: (source) => path.basename(source) !== PUBLICATIONS_FOLDER });
  const { model } = await loadProject({ dataDir: to, today });
  const dir = path.join(to, PUBLICATIONS_FOLDER);
  await mkdir(dir, { recursive: true });
  let previous: Snapshot | null = null;
  for (const [n, stand] of SEEDED_STANDS.entries()) {
    const age = SEEDED_STANDS.length - n;
    const measures = model.measures.map((m, i) => earlier(m, i, age)).filter((m): m is Measure => m !== null);
    const info = {
      ...model.info,
      publicationDate: { precision: 'day' as const, iso: stand },
      session: `Ratsversammlung vom ${stand.slice(8, 10)}.${stand.slice(5, 7)}.${stand.slice(0, 4)}`,
    };
    const snapshot: Snapshot = toSnapshot({ info, measures }, { stand, previous, published: stand });
    await writeFile(recordFile(dir, snapshot), `${JSON.stringify(snapshot, null, 1)}\n`);
    previous = snapshot;
  }
  return to;
}
