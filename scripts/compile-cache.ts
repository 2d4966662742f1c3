/**
 * Preloaded by `npm run check` and `npm run build` (`node --import ./scripts/compile-cache.ts …`):
 * turns on Node's on-disk compile cache before the script's modules load, so the second and
 * every later run skips compiling (and type-stripping) the same code again.
 *
 * Only this process uses it, never the build's Astro process: that one loads freshly bundled
 * chunks from a new folder on every build, so the cache would grow by every build's chunks on disk and hold them in memory, raising the
 * Astro process's peak (docs/benchmarks.md, notes).
 *
 * The cache lives in the system's temporary folder (`node-compile-cache`) unless
 * `NODE_COMPILE_CACHE` names another; `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Failing to
 * enable it is harmless and silent.
 */
import module from 'node:module';

module.enableCompileCache?.();
