/**
 * How the build starts Astro's process: the Node flags and environment that keep its memory
 * down. At 10,000 measures the process peaked at 1.1–1.2 GB resident while its live heap after a
 * full collection was about 0.32 GB (heap snapshot during indexing): the rest was garbage V8 had
 * not yet collected and memory the bundler had freed but not handed back. Both settings below
 * were measured on the Astro process alone (`docs/benchmarks.md`, notes).
 */

/**
 * Node flags for the Astro process.
 *
 * `--heap-growing-percent=20`: after each full collection V8 lets the heap grow by at most 20 %
 * before the next one, instead of its own factor (up to several times the live heap on a
 * machine with much memory). Peak at 10,000 measures 1.09–1.10 GB -> 0.92–0.95 GB, for about
 * 6 % more CPU time in the Astro process at 3,000 measures. Unlike `--max-old-space-size` it sets
 * no ceiling, so a larger city's build still gets all the memory it needs.
 */
export const ASTRO_WORKER_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=20'];

/**
 * The environment for the Astro process: `env` plus `MIMALLOC_PURGE_DELAY=0`, which makes the
 * bundler's allocator (mimalloc, inside Rolldown) return freed memory to the system at once
 * rather than after a delay. It bundles before the pages are rendered, so what it freed would
 * otherwise stay resident under the pages' memory: about −80 to −100 MB at 3,000 and 10,000
 * measures. A value the user set is kept.
 */
export function astroWorkerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_PURGE_DELAY: '0', ...env };
}

/**
 * The environment minus the variables Vite and Vitest export (`BASE_URL`, `MODE`, …): inherited
 * by a child Astro process, they would override its own `import.meta.env` (a test run once gave
 * every page of an `/isek/` build links to `/`).
 */
export function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete copy[key];
  for (const key of Object.keys(copy)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete copy[key];
  return copy;
}
