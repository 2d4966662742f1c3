/**
 * Runs Astro's `build()` in its own process. The build script starts it once per build, so every
 * build starts from fresh module state (Astro keeps some between builds in one process, which
 * once leaked one build's base path into the next) and its memory is returned when it ends.
 *
 * Arguments: the project root and the output folder. The model file and base path come through
 * the environment (`ISEK_MODEL_FILE`, `ISEK_BASE`); the pages wait until the build script says the
 * model file is written (`model-handoff.ts`).
 */
import { performance } from 'node:perf_hooks';
import { reportStage } from './stage-protocol.ts';
import { listenForModelFile } from './model-handoff.ts';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  process.stderr.write('usage: astro-build-worker.ts <root> <outDir>\n');
  process.exit(2);
}
// Before Astro starts, so the build script's message cannot come before anyone listens.
listenForModelFile();
const start = performance.now();
// A cache folder per build: Astro's cache in the shared default folder would be read and written
// by parallel builds (the test suite runs several) at once.
const cacheDir = process.env.ISEK_ASTRO_CACHE_DIR;
// Loaded only now: its modules take a second to load, and the message must find a listener.
const { build } = await import('astro');
await build({ root, outDir, base: process.env.ISEK_BASE, logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) });
reportStage({ stage: 'pages', ms: Math.round(performance.now() - start), counts: {} });
