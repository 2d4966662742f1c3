import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import { CACHE_DIR_ENV } from '../../src/build/markdown-cache.ts';
import setup from './global-setup.ts';

/** A stand-in for a Vitest project: records what the setup provides. */
function project(): { project: TestProject; provided: Record<string, unknown> } {
  const provided: Record<string, unknown> = {};
  return {
    project: { provide: (key: string, value: unknown) => (provided[key] = value) } as unknown as TestProject,
    provided,
  };
}

describe('global setup', () => {
  it('gives every project of a run the same folder and removes it after the last teardown', async () => {
    const cacheDir = process.env[CACHE_DIR_ENV];
    const unit = project();
    const browser = project();
    const teardownUnit = await setup(unit.project);
    const teardownBrowser = await setup(browser.project);
    const dir = unit.provided.siteCacheDir as string;
    expect(browser.provided.siteCacheDir).toBe(dir);
    expect(existsSync(dir)).toBe(true);
    await teardownUnit();
    expect(existsSync(dir)).toBe(true);
    await teardownBrowser();
    expect(existsSync(dir)).toBe(false);
    if (cacheDir === undefined) delete process.env[CACHE_DIR_ENV];
    else process.env[CACHE_DIR_ENV] = cacheDir;
  });
});
