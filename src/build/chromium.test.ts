import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, SYSTEM_CHROMIUM_ENV } from './chromium.ts';

describe('findChromium', () => {
  it('takes CHROME_PATH first', () => {
    expect(findChromium({ CHROME_PATH: '/opt/chrome/chrome' })).toEqual({
      kind: 'path',
      executablePath: '/opt/chrome/chrome',
    });
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
