/**
 * The floor: `bench/floor/`, a bare Astro site of N trivial pages plus a Pagefind index, built by
 * the very worker the real build uses (`src/build/astro-build-worker.ts`), on the same Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from './child-env.ts';
import { runTimed, type TimedRun } from './run-timed.ts';

/** The project root. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The floor site's root. */
export const FLOOR_ROOT = path.join(PROJECT_ROOT, 'bench', 'floor');
const WORKER = path.join(PROJECT_ROOT, 'src', 'build', 'astro-build-worker.ts');

/** Builds the floor with `pages` pages into `outDir` and measures it. Throws if the build fails. */
export async function buildFloor(pages: number, outDir: string): Promise<TimedRun> {
  const run = await runTimed({
    args: [WORKER, FLOOR_ROOT, outDir],
    cwd: FLOOR_ROOT,
    env: childEnv({ FLOOR_PAGES: String(pages), NODE_ENV: 'production' }),
  });
  if (run.code !== 0) throw new Error(`floor build failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}
