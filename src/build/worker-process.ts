/**
 * How the build starts Astro's process: the Node flags and environment that keep its memory
 * down. Most of its resident memory at its peak is not live data but garbage V8 has not yet
 * collected and memory the bundler freed without handing it back; both settings below address
 * one of these (figures: `docs/benchmarks.md`, notes).
 */

/**
 * Node flags for the Astro process.
 *
 * `--heap-growing-percent=20`: after each full collection V8 lets the heap grow by at most 20 %
 * before the next one, instead of its own factor (up to several times the live heap on a
 * machine with much memory): a lower peak for a little more CPU time. Unlike
 * `--max-old-space-size` it sets no ceiling, so a larger city's build still gets all the memory
 * it needs.
 */
export const ASTRO_WORKER_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=20'];

/**
 * The environment for the Astro process: `env` plus `MIMALLOC_PURGE_DELAY=0`, which makes the
 * bundler's allocator (mimalloc, inside Rolldown) return freed memory to the system at once
 * rather than after a delay. It bundles before the pages are rendered, so what it freed would
 * otherwise stay resident under the pages' memory. A value the user set is kept.
 */
export function astroWorkerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_PURGE_DELAY: '0', ...env };
}

/**
 * The environment minus the variables Vite and Vitest export (`BASE_URL`, `MODE`, …): inherited
 * by a child Astro process, they would override its own `import.meta.env` (an `/isek/` build
 * from a test would link every page to `/`).
 */
export function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete copy[key];
  for (const key of Object.keys(copy)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete copy[key];
  return copy;
}
