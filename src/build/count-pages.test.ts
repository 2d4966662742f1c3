import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPages } from './count-pages.ts';

describe('countPages', () => {
  it('counts the HTML files at any depth, nothing else', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-count-'));
    await mkdir(path.join(dir, 'massnahmen', '2024-001'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '');
    await writeFile(path.join(dir, 'massnahmen', '2024-001', 'index.html'), '');
    await writeFile(path.join(dir, 'massnahmen', 'index.json'), '{}');
    expect(await countPages(dir)).toBe(2);
  });
});
