/**
 * The system Chromium, driven by playwright-core: browsers that tools download at run time do
 * not work on the city's machines, so the report PDF (`npm run bericht:pdf`), the benchmark's
 * filtering measurement and the browser tests all use an installed one, found the same way and
 * started with the same flags.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian and most Linux distributions install Chromium. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable: `CHROME_PATH` when set, else a system install, else `null`. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null;
}

/**
 * Starts Chromium headless. Flags: no sandbox (CI and build machines may run as root), no GPU,
 * and no background traffic of the browser's own, so every request comes from the page.
 * Throws when there is no Chromium; callers check {@link findChromium} first to say so in words.
 */
export async function launchChromium(executablePath: string | null = findChromium()): Promise<Browser> {
  if (!executablePath) throw new Error('no Chromium found (CHROME_PATH or /usr/bin/chromium)');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
}
