/**
 * Vitest global setup: one temporary folder for the whole test run, handed to every test file as
 * `inject('siteCacheDir')`. `buildSite` builds each site into it once, lazily, on first request,
 * so a run of unit tests only builds nothing and all browser and integration test files share
 * one build per base.
 *
 * Vitest may run this once per project (unit, integration, browser, html); all projects of one
 * run still share one folder, kept on `globalThis` of the main process, and the last teardown
 * removes it.
 *
 * The builds' Markdown cache (`ISEK_CACHE_DIR`) lies in it too, so tests neither use nor replace
 * the project's own `.isek/cache/` (the test workers inherit this process's environment).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CACHE_DIR_ENV } from '../../src/build/markdown-cache.ts';
import type {} from './site.ts';

interface SharedSites {
  dir: Promise<string>;
  users: number;
}

const KEY = Symbol.for('isek-portal.test-sites');
const store = globalThis as typeof globalThis & { [KEY]?: SharedSites };

/** Creates (or joins) the run's cache folder and returns the teardown that removes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (store[KEY] ??= { dir: mkdtemp(path.join(tmpdir(), 'isek-test-sites-')), users: 0 });
  shared.users += 1;
  const dir = await shared.dir;
  project.provide('siteCacheDir', dir);
  process.env[CACHE_DIR_ENV] = path.join(dir, 'markdown-cache');
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete store[KEY];
    await rm(dir, { recursive: true, force: true });
  };
}
