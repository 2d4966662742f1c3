import { afterEach, describe, expect, it, vi } from 'vitest';
import { oncePerBuild } from './once-per-build.ts';

const counter = () => {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
};

describe('oncePerBuild', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('computes once in a build and shares the result', async () => {
    vi.stubEnv('DEV', false);
    const c = counter();
    const get = oncePerBuild(c.compute);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it('computes on every call in the dev server', async () => {
    vi.stubEnv('DEV', true);
    const c = counter();
    const get = oncePerBuild(c.compute);
    expect([await get(), await get()]).toEqual([1, 2]);
  });

  it('keeps one cache per helper', async () => {
    vi.stubEnv('DEV', false);
    const a = oncePerBuild(async () => 'a');
    const b = oncePerBuild(async () => 'b');
    expect([await a(), await b()]).toEqual(['a', 'b']);
  });
});
