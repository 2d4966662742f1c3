import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ChromePathError, chromiumCandidates, findChromium, launchChromium, SYSTEM_CHROMIUM_ENV } from './chromium.ts';

describe('findChromium', () => {
  it('takes CHROME_PATH first', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-chrome-path-'));
    const chrome = path.join(dir, 'chrome');
    await writeFile(chrome, '');
    expect(findChromium({ CHROME_PATH: chrome }, 'win32')).toEqual({ kind: 'path', executablePath: chrome });
  });

  it('tries Edge, then Chrome, before any path on Windows and macOS', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(chromiumCandidates({ [SYSTEM_CHROMIUM_ENV]: '/sys/chrome' }, platform, () => true)).toEqual([
        { kind: 'channel', channel: 'msedge' },
        { kind: 'channel', channel: 'chrome' },
        { kind: 'path', executablePath: '/sys/chrome' },
      ]);
    }
  });

  it('keeps the system paths first on Linux', () => {
    expect(chromiumCandidates({ [SYSTEM_CHROMIUM_ENV]: '/sys/chromium' }, 'linux', () => true)[0]).toEqual({
      kind: 'path',
      executablePath: '/sys/chromium',
    });
  });

  it('names a CHROME_PATH that does not exist, with what to do in PowerShell', () => {
    const wrong = 'C:\\Programme\\chrome.exe';
    expect(() => chromiumCandidates({ CHROME_PATH: wrong }, 'win32', () => false)).toThrow(ChromePathError);
    try {
      chromiumCandidates({ CHROME_PATH: wrong }, 'win32', () => false);
    } catch (error) {
      expect((error as Error).message).toContain(`„${wrong}“`);
      expect((error as Error).message).toContain('$env:CHROME_PATH = "C:\\Program Files');
    }
  });

  it('falls back to the next source when one does not start', async () => {
    const tried: string[] = [];
    const browser = {} as Browser;
    const result = await launchChromium(
      [
        { kind: 'channel', channel: 'msedge' },
        { kind: 'channel', channel: 'chrome' },
      ],
      async (options) => {
        tried.push(options.channel ?? '');
        if (options.channel === 'msedge') throw new Error('not installed');
        return browser;
      },
    );
    expect(result).toBe(browser);
    expect(tried).toEqual(['msedge', 'chrome']);
  });

  it('takes the first system install that exists, from the overridden list', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-chromium-'));
    const binary = path.join(dir, 'chromium');
    await writeFile(binary, '');
    expect(findChromium({ [SYSTEM_CHROMIUM_ENV]: `${path.join(dir, 'missing')}:${binary}` })).toEqual({
      kind: 'path',
      executablePath: binary,
    });
  });

  it.runIf(process.platform === 'linux')('falls back to the packaged Chromium when there is no system one', () => {
    expect(findChromium({ [SYSTEM_CHROMIUM_ENV]: '' })).toEqual({ kind: 'bundled' });
    expect(findChromium({ [SYSTEM_CHROMIUM_ENV]: '/nowhere/chromium' })).toEqual({ kind: 'bundled' });
  });
});
