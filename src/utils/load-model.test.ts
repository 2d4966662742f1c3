import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolderState } from './load-model.ts';

describe('dataFolderState', () => {
  it('changes when the office saves, adds or removes a file, also in seiten/', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'isek-state-'));
    await writeFile(path.join(folder, 'Massnahmen.xlsx'), 'a');
    await mkdir(path.join(folder, 'seiten'));
    await writeFile(path.join(folder, 'seiten', 'ueber.md'), '# Über');
    const first = dataFolderState(folder);
    expect(dataFolderState(folder)).toBe(first);

    // Saved again with the same size: only the modification time differs.
    await writeFile(path.join(folder, 'Massnahmen.xlsx'), 'b');
    await utimes(path.join(folder, 'Massnahmen.xlsx'), new Date(), new Date(Date.now() + 5000));
    const saved = dataFolderState(folder);
    expect(saved).not.toBe(first);

    await writeFile(path.join(folder, 'seiten', 'ueber.md'), '# Über uns');
    const edited = dataFolderState(folder);
    expect(edited).not.toBe(saved);

    await writeFile(path.join(folder, 'einstellungen.json'), '{}');
    const added = dataFolderState(folder);
    expect(added).not.toBe(edited);

    await rm(path.join(folder, 'einstellungen.json'));
    expect(dataFolderState(folder)).toBe(edited);
  });

  it('names a missing folder as such', () => {
    expect(dataFolderState(path.join(tmpdir(), 'isek-no-such-folder'))).toBe('missing');
  });
});
