import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ASTRO_WORKER_NODE_FLAGS, astroWorkerEnv, withoutViteEnv } from './worker-process.ts';

describe('ASTRO_WORKER_NODE_FLAGS', () => {
  it('are accepted by the Node that runs the build (an unknown flag would stop every build)', () => {
    const run = spawnSync(process.execPath, [...ASTRO_WORKER_NODE_FLAGS, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('astroWorkerEnv', () => {
  it('asks the bundler’s allocator to hand freed memory back at once', () => {
    expect(astroWorkerEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0' });
  });

  it('keeps a value the user set', () => {
    expect(astroWorkerEnv({ MIMALLOC_PURGE_DELAY: '250' }).MIMALLOC_PURGE_DELAY).toBe('250');
  });

  it('does not change the environment it was given', () => {
    const env = { PATH: '/bin' };
    astroWorkerEnv(env);
    expect(env).toEqual({ PATH: '/bin' });
  });
});

describe('withoutViteEnv', () => {
  it('drops what Vite and Vitest export and keeps everything else', () => {
    const env = {
      BASE_URL: '/',
      MODE: 'test',
      VITEST: 'true',
      VITEST_POOL_ID: '1',
      VITE_X: 'y',
      PATH: '/bin',
      ISEK_BASE: '/isek/',
    };
    expect(withoutViteEnv(env)).toEqual({ PATH: '/bin', ISEK_BASE: '/isek/' });
    expect(env.BASE_URL).toBe('/');
  });
});
