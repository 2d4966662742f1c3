import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardStaging, moveDir, stagingDirFor, swapIntoPlace } from './publish.ts';

async function site(dir: string, content: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), content);
}

describe('swapIntoPlace', () => {
  it('replaces the published site and leaves no folder behind', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const out = path.join(root, 'dist');
    await site(out, 'alt');
    const staging = stagingDirFor(out, 'test');
    await site(staging, 'neu');
    await swapIntoPlace(staging, out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('neu');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('publishes when there was no site before', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const out = path.join(root, 'dist');
    const staging = stagingDirFor(out, 'x');
    await site(staging, 'neu');
    await swapIntoPlace(staging, out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('neu');
  });

  it('restores the old site when the new one cannot be moved in', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const out = path.join(root, 'dist');
    await site(out, 'alt');
    await expect(swapIntoPlace(path.join(root, 'fehlt'), out)).rejects.toThrow();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('alt');
    expect(await readdir(root)).toEqual(['dist']);
  });
});

describe('stagingDirFor and discardStaging', () => {
  it('stages next to the output folder and removes only the staging folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const out = path.join(root, 'dist');
    await site(out, 'alt');
    const staging = stagingDirFor(out, 'y');
    expect(path.dirname(staging)).toBe(root);
    await site(staging, 'halb');
    await discardStaging(staging);
    expect(await readdir(root)).toEqual(['dist']);
  });
});

describe('discardStaging', () => {
  it('never throws, even when the staging path cannot exist', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const file = path.join(root, 'eine-datei');
    await writeFile(file, 'x');
    await expect(discardStaging(path.join(file, 'dist.neu-1'))).resolves.toBeUndefined();
  });
});

describe('swapIntoPlace when the old site cannot be removed', () => {
  it('still publishes, and names the folder where the old site stays', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const out = path.join(root, 'dist');
    await site(out, 'alt');
    const staging = stagingDirFor(out, 'held');
    await site(staging, 'neu');
    const held = async (): Promise<void> => {
      throw Object.assign(new Error('resource busy'), { code: 'EBUSY' });
    };
    const leftover = await swapIntoPlace(staging, out, held);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('neu');
    expect(leftover).not.toBeNull();
    expect(await readFile(path.join(leftover!, 'index.html'), 'utf8')).toBe('alt');
  });

  it('returns null when it could clean up', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-publish-'));
    const out = path.join(root, 'dist');
    await site(out, 'alt');
    const staging = stagingDirFor(out, 'ok');
    await site(staging, 'neu');
    expect(await swapIntoPlace(staging, out)).toBeNull();
  });
});

describe('moveDir', () => {
  /** A rename that fails the way it does between two drives. */
  const acrossDrives = async (): Promise<void> => {
    throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
  };

  it('moves a built site within one file system', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-move-'));
    await site(path.join(root, 'build', 'massnahmen'), 'seite');
    await moveDir(path.join(root, 'build'), path.join(root, 'staging'));
    expect(await readFile(path.join(root, 'staging', 'massnahmen', 'index.html'), 'utf8')).toBe('seite');
    expect(await readdir(root)).toEqual(['staging']);
  });

  it('copies across file systems, where a rename cannot, and removes the source', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-move-'));
    await site(path.join(root, 'build'), 'start');
    await site(path.join(root, 'build', 'massnahmen', '2024-001'), 'massnahme');
    await moveDir(path.join(root, 'build'), path.join(root, 'staging'), acrossDrives);
    expect(await readFile(path.join(root, 'staging', 'index.html'), 'utf8')).toBe('start');
    expect(await readFile(path.join(root, 'staging', 'massnahmen', '2024-001', 'index.html'), 'utf8')).toBe(
      'massnahme',
    );
    expect(await readdir(root)).toEqual(['staging']);
  });

  it('passes any other failure on and leaves the source as it was', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'isek-move-'));
    await site(path.join(root, 'build'), 'start');
    const denied = async (): Promise<void> => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    await expect(moveDir(path.join(root, 'build'), path.join(root, 'staging'), denied)).rejects.toThrow(
      'permission denied',
    );
    expect(await readdir(root)).toEqual(['build']);
    expect(await readFile(path.join(root, 'build', 'index.html'), 'utf8')).toBe('start');
  });
});
