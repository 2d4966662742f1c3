/**
 * The Chromium that the report PDF (`npm run bericht:pdf`), the benchmark's filtering measurement
 * and the browser tests drive with playwright-core, found the same way and started with the same
 * flags. Browsers that tools download at run time do not work on the city's machines, so it is an
 * installed one: `CHROME_PATH`, else a system install, else (Linux only) the binary that the
 * `@sparticuz/chromium` package ships inside `node_modules`, so a fresh machine with `npm ci` runs
 * the browser tests instead of skipping them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian and most Linux distributions install Chromium. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Overrides the system paths looked at, separated by `:` (empty: none). Lets a test, or a machine
 * whose system browser misbehaves, take the packaged fallback.
 */
export const SYSTEM_CHROMIUM_ENV = 'ISEK_SYSTEM_CHROMIUM';

/** The package that ships a Chromium binary (a devDependency, so it may be absent). */
const BUNDLED_PACKAGE = '@sparticuz/chromium';

/** A Chromium to start: a binary on disk, or the packaged one (unpacked on first launch). */
export type ChromiumSource = { readonly kind: 'path'; readonly executablePath: string } | { readonly kind: 'bundled' };

/** Whether the packaged Chromium can run here: it is a Linux build, installed with the devDependencies. */
function bundledAvailable(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    createRequire(import.meta.url).resolve(BUNDLED_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to use: `CHROME_PATH` when set, else the first system install
 * ({@link SYSTEM_CHROMIUM}, or the paths in {@link SYSTEM_CHROMIUM_ENV}), else the packaged one on
 * Linux, else `null`.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSource | null {
  if (env.CHROME_PATH) return { kind: 'path', executablePath: env.CHROME_PATH };
  const override = env[SYSTEM_CHROMIUM_ENV];
  const candidates = override === undefined ? SYSTEM_CHROMIUM : override.split(':').filter(Boolean);
  const system = candidates.find((p) => existsSync(p));
  if (system) return { kind: 'path', executablePath: system };
  return bundledAvailable() ? { kind: 'bundled' } : null;
}

/**
 * Flags: no sandbox (CI and build machines may run as root), no GPU, and no background traffic
 * of the browser's own, so every request comes from the page.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
];

/** The packaged browser is a headless shell built for containers: it also needs no zygote. */
const BUNDLED_FLAGS = ['--no-zygote'];

/** The packaged binary's path, unpacked into the temporary folder on first use. */
async function bundledExecutable(): Promise<string> {
  const { default: bundled } = (await import(BUNDLED_PACKAGE)) as { default: { executablePath(): Promise<string> } };
  return bundled.executablePath();
}

/**
 * Starts Chromium headless with {@link CHROMIUM_FLAGS}. Throws when there is none; callers check
 * {@link findChromium} first to say so in words.
 */
export async function launchChromium(source: ChromiumSource | null = findChromium()): Promise<Browser> {
  if (!source) throw new Error('no Chromium found (CHROME_PATH, /usr/bin/chromium or @sparticuz/chromium)');
  const executablePath = source.kind === 'path' ? source.executablePath : await bundledExecutable();
  const args = source.kind === 'path' ? CHROMIUM_FLAGS : [...CHROMIUM_FLAGS, ...BUNDLED_FLAGS];
  return chromium.launch({ executablePath, headless: true, args });
}
