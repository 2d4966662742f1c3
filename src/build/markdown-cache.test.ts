import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { endReuse, renderedSoFar, renderMarkdown, renderWithPipeline } from '../lib/input/markdown/render.ts';
import {
  CACHE_DIR_ENV,
  markdownCacheFile,
  pipelineFingerprint,
  readMarkdownCache,
  withMarkdownCache,
  writeMarkdownCache,
} from './markdown-cache.ts';

/** A project folder with a lock file of the given content. */
async function projectWithLock(lock = '{"lockfileVersion":3}'): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'isek-cache-'));
  await writeFile(path.join(root, 'package-lock.json'), lock);
  return root;
}

afterEach(() => endReuse());

describe('markdownCacheFile', () => {
  it('lies in the project’s .isek/cache unless ISEK_CACHE_DIR names another folder', () => {
    expect(markdownCacheFile('/projekt', {})).toBe(path.join('/projekt', '.isek', 'cache', 'markdown.json'));
    expect(markdownCacheFile('/projekt', { [CACHE_DIR_ENV]: '/tmp/anders' })).toBe(
      path.join(path.resolve('/tmp/anders'), 'markdown.json'),
    );
  });
});

describe('pipelineFingerprint', () => {
  it('is stable for the same installed packages and changes with them', async () => {
    const a = path.join(
      await projectWithLock('{"packages":{"node_modules/remark-parse":{"version":"11.0.0"}}}'),
      'package-lock.json',
    );
    const b = path.join(
      await projectWithLock('{"packages":{"node_modules/remark-parse":{"version":"12.0.0"}}}'),
      'package-lock.json',
    );
    expect(await pipelineFingerprint(a)).toBe(await pipelineFingerprint(a));
    expect(await pipelineFingerprint(a)).not.toBe(await pipelineFingerprint(b));
  });

  it('is null when the installed packages are unknown: nothing is cached then', async () => {
    expect(
      await pipelineFingerprint(path.join(await mkdtemp(path.join(tmpdir(), 'isek-cache-')), 'fehlt.json')),
    ).toBeNull();
  });

  it('exists for this project, from npm’s record of its node_modules', async () => {
    expect(await pipelineFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readMarkdownCache and writeMarkdownCache', () => {
  const results = new Map([['**a**', { html: '<p><strong>a</strong></p>', text: 'a' }]]);

  it('give back what was written for the same pipeline', async () => {
    const file = path.join(await projectWithLock(), 'cache', 'markdown.json');
    await writeMarkdownCache(file, 'f1', results);
    expect(await readMarkdownCache(file, 'f1')).toEqual(results);
  });

  it('ignore a file written by another pipeline', async () => {
    const file = path.join(await projectWithLock(), 'markdown.json');
    await writeMarkdownCache(file, 'f1', results);
    expect((await readMarkdownCache(file, 'f2')).size).toBe(0);
  });

  it('treat a missing or damaged file as empty', async () => {
    const dir = await projectWithLock();
    expect((await readMarkdownCache(path.join(dir, 'fehlt.json'), 'f1')).size).toBe(0);
    await writeFile(path.join(dir, 'kaputt.json'), '{"fingerprint":"f1","entries":[["nur Quelle"]]}');
    expect((await readMarkdownCache(path.join(dir, 'kaputt.json'), 'f1')).size).toBe(0);
    await writeFile(path.join(dir, 'halb.json'), '{"fingerprint":"f1","entr');
    expect((await readMarkdownCache(path.join(dir, 'halb.json'), 'f1')).size).toBe(0);
  });

  it('keep nothing without a fingerprint', async () => {
    const file = path.join(await projectWithLock(), 'markdown.json');
    await writeMarkdownCache(file, null, results);
    await expect(readFile(file)).rejects.toThrow();
    expect((await readMarkdownCache(file, null)).size).toBe(0);
  });

  it('leave no partial file behind when the file cannot be replaced', async () => {
    const dir = await projectWithLock();
    // A folder where the file should be: writing next to it works, the rename over it fails.
    const file = path.join(dir, 'markdown.json');
    await mkdir(file);
    await expect(writeMarkdownCache(file, 'f1', results)).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual(['markdown.json', 'package-lock.json']);
  });

  it('do not fail the build when the folder cannot be written', async () => {
    // A file where the folder should be: no folder can be made there (for any user, root too).
    const blocked = path.join(await projectWithLock(), 'datei');
    await writeFile(blocked, '');
    await expect(
      writeMarkdownCache(path.join(blocked, 'cache', 'markdown.json'), 'f1', results),
    ).resolves.toBeUndefined();
  });
});

describe('withMarkdownCache', () => {
  it('reuses the last build’s results and keeps this build’s for the next', async () => {
    const root = await projectWithLock();
    const env = { [CACHE_DIR_ENV]: path.join(root, 'cache') };
    const installedTree = path.join(root, 'package-lock.json');
    const fingerprint = await pipelineFingerprint(installedTree);
    const kept = '**Bericht** aus der letzten Sitzung';
    await writeMarkdownCache(
      markdownCacheFile(root, env),
      fingerprint,
      new Map([[kept, { html: '<p>gespeichert</p>', text: 'gespeichert' }]]),
    );

    const fresh = '**Bericht** aus dieser Sitzung, *neu*';
    const html = await withMarkdownCache(root, async () => [renderMarkdown(kept).html, renderMarkdown(fresh).html], {
      env,
      installedTree,
    });

    // The kept result is used as it is: had it been rendered, it would read „Bericht …“.
    expect(html).toEqual(['<p>gespeichert</p>', renderWithPipeline(fresh).html]);
    const next = await readMarkdownCache(markdownCacheFile(root, env), fingerprint);
    expect(next.get(fresh)).toEqual({ html: renderWithPipeline(fresh).html, text: renderWithPipeline(fresh).text });
    expect(next.get(kept)).toEqual({ html: '<p>gespeichert</p>', text: 'gespeichert' });
  });

  it('lets go of the session also when the work fails, and keeps nothing of it', async () => {
    const root = await projectWithLock();
    const env = { [CACHE_DIR_ENV]: path.join(root, 'cache') };
    const failing = withMarkdownCache(
      root,
      async () => {
        renderMarkdown('**halb** fertig').html;
        throw new Error('Abbruch');
      },
      { env, installedTree: path.join(root, 'package-lock.json') },
    );
    await expect(failing).rejects.toThrow('Abbruch');
    expect(renderedSoFar().size).toBe(0);
    await expect(readFile(markdownCacheFile(root, env))).rejects.toThrow();
  });
});
