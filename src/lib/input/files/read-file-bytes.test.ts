import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileBytes } from './read-file-bytes.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isek-bytes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFileBytes', () => {
  it('returns the bytes of a file', async () => {
    await writeFile(join(dir, 'a.xlsx'), Buffer.from([0x50, 0x4b, 3, 4]));
    const { bytes, diagnostics } = await readFileBytes('a.xlsx', join(dir, 'a.xlsx'));
    expect(Array.from(bytes!)).toEqual([0x50, 0x4b, 3, 4]);
    expect(diagnostics).toEqual([]);
  });

  it('turns a file that cannot be read into file.unreadable, located at the file name', async () => {
    const { bytes, diagnostics } = await readFileBytes('weg.xlsx', join(dir, 'weg.xlsx'));
    expect(bytes).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['file.unreadable', 'weg.xlsx']]);
    expect(diagnostics[0]!.message).toContain('nicht mehr vorhanden');
  });
});
