/**
 * The environment for the measured child processes: this process's, minus what Vite and Vitest
 * export (when the benchmark runs inside a test, `BASE_URL`, `MODE` … would leak into the child
 * builds' `import.meta.env`), plus what keeps a build quiet and offline.
 */
import { withoutViteEnv } from '../src/build/worker-process.ts';

/** A clean environment for a measured check or build. */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env = withoutViteEnv(process.env);
  // Nor the settings a developer's shell may carry for the office's own builds.
  for (const key of ['NODE_ENV', 'ISEK_DATA_DIR', 'ISEK_BASE', 'ISEK_MODEL_FILE']) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}
