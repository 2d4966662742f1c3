/**
 * Vitest global setup: one temporary folder for the whole test run, handed to every test file as
 * `inject('siteCacheDir')`. `buildSite` builds each site into it once, lazily, on first request,
 * so a run of unit tests only builds nothing and all browser and integration test files share
 * one build per base. Removed when the run ends.
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

/** Creates the run's cache folder and returns the teardown that removes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-test-sites-'));
  project.provide('siteCacheDir', dir);
  process.env[CACHE_DIR_ENV] = path.join(dir, 'markdown-cache');
  return () => rm(dir, { recursive: true, force: true });
}
