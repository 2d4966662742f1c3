import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PUBLICATIONS_FOLDER,
  preparePublication,
  readPreviousSnapshot,
  readSnapshots,
  stageSnapshot,
} from './publications.ts';
import type { Snapshot } from '../lib/output/changes/snapshot.ts';
import { makeMeasure, makeModel } from '../lib/output/changes/testing.ts';

const snap = (stand: string, extra: Partial<Snapshot> = {}): Snapshot => ({
  version: 1,
  stand,
  session: null,
  firstStand: stand,
  measures: [],
  indicators: [],
  ...extra,
});

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'isek-pub-'));
}

describe('readPreviousSnapshot', () => {
  it('finds nothing when the folder does not exist', async () => {
    expect(await readPreviousSnapshot(path.join(await tempDir(), 'fehlt'), '2026-11-12')).toEqual({
      snapshot: null,
      ignored: [],
    });
  });

  it('takes the newest valid snapshot before the Stand and reports the files it skipped', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '2026-05-01.json'), JSON.stringify(snap('2026-05-01')));
    await writeFile(path.join(dir, '2026-11-12.json'), JSON.stringify(snap('2026-11-12')));
    await writeFile(path.join(dir, '2027-01-01.json'), '{ kaputt');
    await writeFile(path.join(dir, '2027-01-15.json'), JSON.stringify({ version: 99 }));
    await writeFile(path.join(dir, '2027-02-10.json'), JSON.stringify(snap('2027-02-10')));
    await writeFile(path.join(dir, 'notiz.txt'), 'x');
    const result = await readPreviousSnapshot(dir, '2027-02-10');
    expect(result.snapshot?.stand).toBe('2026-11-12');
    expect(result.ignored).toEqual([
      { file: '2027-01-01.json', reason: 'unreadable' },
      { file: '2027-01-15.json', reason: 'invalid' },
    ]);
  });

  it('skips a record whose content does not match its name', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '2026-11-12_2.json'), JSON.stringify(snap('2026-11-12')));
    expect((await readSnapshots(dir)).ignored).toEqual([{ file: '2026-11-12_2.json', reason: 'invalid' }]);
  });

  it('skips a file renamed to an older date whose content is the current Stand', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '2026-01-01.json'), JSON.stringify(snap('2027-02-10')));
    const result = await readPreviousSnapshot(dir, '2027-02-10');
    expect(result.snapshot).toBeNull();
    expect(result.ignored).toEqual([{ file: '2026-01-01.json', reason: 'invalid' }]);
  });
});

describe('stageSnapshot', () => {
  it('writes nothing visible until committed, and never replaces an existing record', async () => {
    const dir = path.join(await tempDir(), PUBLICATIONS_FOLDER);
    await mkdir(dir);
    const staged = await stageSnapshot(dir, snap('2026-11-12', { session: 'neu' }));
    expect(await readdir(dir)).not.toContain('2026-11-12.json');
    await staged.commit();
    expect(await readdir(dir)).toEqual(['2026-11-12.json']);
    expect(JSON.parse(await readFile(path.join(dir, '2026-11-12.json'), 'utf8'))).toMatchObject({ session: 'neu' });
    const again = await stageSnapshot(dir, snap('2026-11-12', { session: 'anders' }));
    await expect(again.commit()).rejects.toThrow();
    await again.discard();
    expect(await readdir(dir)).toEqual(['2026-11-12.json']);
    expect(JSON.parse(await readFile(path.join(dir, '2026-11-12.json'), 'utf8'))).toMatchObject({ session: 'neu' });
  });

  it('names a further record of the same Stand with its sequence', async () => {
    const dir = await tempDir();
    await (await stageSnapshot(dir, snap('2026-11-12', { sequence: 2 }))).commit();
    expect(await readdir(dir)).toEqual(['2026-11-12_2.json']);
  });

  it('leaves no trace when discarded, not even the folder it created', async () => {
    const parent = await tempDir();
    const staged = await stageSnapshot(path.join(parent, PUBLICATIONS_FOLDER), snap('2026-11-12'));
    await staged.discard();
    expect(await readdir(parent)).toEqual([]);
  });
});

describe('preparePublication', () => {
  it('compares with the previous Stand and carries each unchanged measure’s last change', async () => {
    const dataDir = await tempDir();
    const first = await preparePublication({
      dataDir,
      model: makeModel([makeMeasure({ id: '1' }), makeMeasure({ id: '2' })]),
      today: '2026-11-25',
    });
    expect(first.changes.changes.first).toBe(true);
    await (await stageSnapshot(first.dir, first.snapshot)).commit();

    const nextModel = makeModel([makeMeasure({ id: '1' }), makeMeasure({ id: '3' })], { stand: '2027-02-10' });
    const second = await preparePublication({ dataDir, model: nextModel, today: '2027-02-20' });
    expect(second.changes.changes).toMatchObject({ first: false, added: [{ id: '3' }], removed: [{ id: '2' }] });
    expect(second.changes.changedAt).toEqual({ '1': '2026-11-12', '3': '2027-02-10' });
    await (await stageSnapshot(second.dir, second.snapshot)).commit();

    // Rebuilding the same meeting still compares with the meeting before, and records nothing new.
    const again = await preparePublication({ dataDir, model: nextModel, today: '2027-02-21' });
    expect(again.changes).toEqual(second.changes);
    expect(again.isNew).toBe(false);
    expect((await readdir(path.join(dataDir, PUBLICATIONS_FOLDER))).sort()).toEqual([
      '2026-11-12.json',
      '2027-02-10.json',
    ]);
  });

  it('keeps both records of one Stand with different data, the second compared with the first', async () => {
    const dataDir = await tempDir();
    const first = await preparePublication({
      dataDir,
      model: makeModel([makeMeasure({ id: '1', progress: 10 })]),
      today: '2026-11-25',
    });
    await (await stageSnapshot(first.dir, first.snapshot)).commit();
    const corrected = makeModel([makeMeasure({ id: '1', progress: 30 })]);
    const second = await preparePublication({ dataDir, model: corrected, today: '2026-11-26' });
    expect(second).toMatchObject({ isNew: true, sameStand: true });
    expect(second.changes.changes).toMatchObject({ first: false, progressChanges: [{ id: '1', from: 10, to: 30 }] });
    expect(second.changes.sameStand).toBe(true);
    expect(second.changes.publications!.map((p) => p.key)).toEqual(['2026-11-12_2', '2026-11-12']);
    await (await stageSnapshot(second.dir, second.snapshot)).commit();
    expect((await readdir(second.dir)).sort()).toEqual(['2026-11-12.json', '2026-11-12_2.json']);

    // The next Stand compares with the second record; the history holds all three.
    const next = await preparePublication({
      dataDir,
      model: makeModel([makeMeasure({ id: '1', progress: 50 })], { stand: '2027-02-10' }),
      today: '2027-02-20',
    });
    expect(next.changes.changes).toMatchObject({
      previous: { stand: '2026-11-12' },
      progressChanges: [{ from: 30, to: 50 }],
    });
    expect(next.changes.publications!.map((p) => [p.key, p.changes.first])).toEqual([
      ['2027-02-10', false],
      ['2026-11-12_2', false],
      ['2026-11-12', true],
    ]);
  });
});
