/**
 * Where the data lies and under which path the site is served: command-line flag first, then the
 * environment variable, then the settings file, then the default.
 */

/** The data folder: `--daten`/`--data`, else `ISEK_DATA_DIR`, else `data`. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag || env.ISEK_DATA_DIR || 'data';
}

/**
 * The base path, normalised to start and end with `/` (`isek` → `/isek/`): `--base`, else
 * `ISEK_BASE`, else the settings' `basePath`, else `/`.
 */
export function resolveBasePath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  fromSettings: string | undefined,
): string {
  return normaliseBasePath(flag || env.ISEK_BASE || fromSettings || '/');
}

/** `isek` → `/isek/`, `/isek` → `/isek/`, `` → `/`; backslashes (Windows habits) become slashes. */
export function normaliseBasePath(base: string): string {
  const parts = base.replace(/\\/g, '/').split('/').filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}
