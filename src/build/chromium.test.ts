import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_TEXT } from '../lib/i18n/de.ts';
import {
  ChromePathError,
  chromiumCandidates,
  findChromium,
  launchChromium,
  NoChromiumError,
  SYSTEM_CHROMIUM_ENV,
} from './chromium.ts';

describe('findChromium', () => {
  it('takes CHROME_PATH first', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-chrome-path-'));
    const chrome = path.join(dir, 'chrome');
    await writeFile(chrome, '');
    expect(findChromium({ CHROME_PATH: chrome }, 'win32')).toEqual({
      kind: 'path',
      executablePath: chrome,
      fromChromePath: true,
    });
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

  it('names a CHROME_PATH that exists but does not start (a text file), in German', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-chrome-text-'));
    const notABrowser = path.join(dir, 'chrome.txt');
    await writeFile(notABrowser, 'kein Browser\n');
    // The real launcher of playwright-core: it cannot start a text file.
    const error = await launchChromium(chromiumCandidates({ CHROME_PATH: notABrowser }, 'win32')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChromePathError);
    expect((error as Error).message).toBe(CHROMIUM_TEXT.badChromePath(notABrowser, false));
    expect((error as Error).message).toContain('lässt sich nicht starten');
  });

  it('says in German, for every platform, when no browser starts', async () => {
    const error = await launchChromium([{ kind: 'channel', channel: 'msedge' }], async () => {
      throw new Error('Chromium distribution "msedge" is not found');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoChromiumError);
    const message = (error as Error).message;
    for (const named of [
      'Windows',
      'macOS',
      'Linux',
      'Edge',
      'Chrome',
      'Chromium',
      '$env:CHROME_PATH',
      'export CHROME_PATH',
    ]) {
      expect(message).toContain(named);
    }
    expect(await launchChromium([]).catch((e: unknown) => e)).toBeInstanceOf(NoChromiumError);
  });
});
