/**
 * `docs/komponenten.md` is the index of the Astro layer's building blocks: a component that is
 * not listed there is one the next engineer does not find.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the component index', () => {
  it('lists every component and layout', async () => {
    const index = await readFile(path.join(SRC, '..', 'docs', 'komponenten.md'), 'utf8');
    const files = [
      ...(await readdir(path.join(SRC, 'components'))).map((name) => `components/${name}`),
      ...(await readdir(path.join(SRC, 'layouts'))).map((name) => `layouts/${name}`),
    ].filter((file) => file.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(30);
    const listed = (file: string) => index.includes(`\`${file}\``) || index.includes(path.basename(file, '.astro'));
    expect(files.filter((file) => !listed(file))).toEqual([]);
  });
});
