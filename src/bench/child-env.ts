/**
 * The environment for the measured child processes: this process's, minus what Vite and Vitest
 * export (when the benchmark runs inside a test, `BASE_URL`, `MODE` … would leak into the child
 * builds' `import.meta.env`), plus what keeps a build quiet and offline.
 */

/** A clean environment for a measured check or build. */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'NODE_ENV', 'ISEK_DATA_DIR', 'ISEK_BASE', 'ISEK_MODEL_FILE']) {
    delete env[key];
  }
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}
