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
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_TEXT } from '../lib/i18n/de.ts';

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
export type ChromiumSource =
  | { readonly kind: 'path'; readonly executablePath: string; readonly fromChromePath?: true }
  | { readonly kind: 'channel'; readonly channel: 'msedge' | 'chrome' }
  | { readonly kind: 'bundled' };

/** An installed Edge or Chrome, found by playwright-core itself; first on Windows and macOS. */
const CHANNELS = ['msedge', 'chrome'] as const;

/** CHROME_PATH is missing or does not start: said in words, not as a stack trace. */
export class ChromePathError extends Error {
  readonly chromePath: string;
  constructor(chromePath: string, missing: boolean) {
    super(CHROMIUM_TEXT.badChromePath(chromePath, missing));
    this.chromePath = chromePath;
    this.name = 'ChromePathError';
  }
}

/** No browser could be started (or none was found): said in words, for every platform. */
export class NoChromiumError extends Error {
  constructor(options?: ErrorOptions) {
    super(CHROMIUM_TEXT.noChromium, options);
    this.name = 'NoChromiumError';
  }
}

/** Whether the packaged Chromium can run here: it is a Linux build, installed with the devDependencies. */
function bundledAvailable(platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return false;
  try {
    createRequire(import.meta.url).resolve(BUNDLED_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browsers to try, in order: `CHROME_PATH` alone when set (a wrong one is an error, see
 * {@link ChromePathError}); on Windows and macOS the Edge and Chrome channels, then the system
 * paths; on Linux the system paths ({@link SYSTEM_CHROMIUM} or {@link SYSTEM_CHROMIUM_ENV}), then
 * the channels; last the packaged Chromium on Linux.
 */
export function chromiumCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): ChromiumSource[] {
  if (env.CHROME_PATH) {
    if (!exists(env.CHROME_PATH)) throw new ChromePathError(env.CHROME_PATH, true);
    return [{ kind: 'path', executablePath: env.CHROME_PATH, fromChromePath: true }];
  }
  const override = env[SYSTEM_CHROMIUM_ENV];
  const paths =
    override === undefined ? (platform === 'linux' ? SYSTEM_CHROMIUM : []) : override.split(':').filter(Boolean);
  const system: ChromiumSource[] = paths.filter((p) => exists(p)).map((p) => ({ kind: 'path', executablePath: p }));
  const channels: ChromiumSource[] =
    platform === 'win32' || platform === 'darwin' ? CHANNELS.map((channel) => ({ kind: 'channel', channel })) : [];
  const bundled: ChromiumSource[] = bundledAvailable(platform) ? [{ kind: 'bundled' }] : [];
  return platform === 'linux' ? [...system, ...channels, ...bundled] : [...channels, ...system, ...bundled];
}

/** The first browser to try ({@link chromiumCandidates}), or `null` when there is none. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ChromiumSource | null {
  return chromiumCandidates(env, platform)[0] ?? null;
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

/** Starts one browser; injectable so the order and the fallback can be tested. */
export type Launcher = (options: LaunchOptions) => Promise<Browser>;

/** The launch options of one source. */
async function launchOptions(source: ChromiumSource): Promise<LaunchOptions> {
  const base = { headless: true, args: CHROMIUM_FLAGS };
  if (source.kind === 'channel') return { ...base, channel: source.channel };
  if (source.kind === 'path') return { ...base, executablePath: source.executablePath };
  return { ...base, executablePath: await bundledExecutable(), args: [...CHROMIUM_FLAGS, ...BUNDLED_FLAGS] };
}

/**
 * Starts Chromium headless with {@link CHROMIUM_FLAGS}: the given source, or else each of
 * {@link chromiumCandidates} in turn until one starts (a channel's presence is only known by
 * launching it). Throws {@link ChromePathError} when CHROME_PATH is wrong, {@link NoChromiumError}
 * when none starts.
 */
export async function launchChromium(
  source: ChromiumSource | readonly ChromiumSource[] | null = chromiumCandidates(),
  launcher: Launcher = (options) => chromium.launch(options),
): Promise<Browser> {
  const sources = source === null ? [] : Array.isArray(source) ? source : [source as ChromiumSource];
  let lastError: unknown = null;
  for (const candidate of sources) {
    try {
      return await launcher(await launchOptions(candidate));
    } catch (error) {
      lastError = error;
    }
  }
  const fromChromePath = sources.find((candidate) => candidate.kind === 'path' && candidate.fromChromePath);
  if (fromChromePath?.kind === 'path') throw new ChromePathError(fromChromePath.executablePath, false);
  throw new NoChromiumError({ cause: lastError });
}
