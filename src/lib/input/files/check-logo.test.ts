import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogo, logoAssetName, resolveLogo } from './check-logo.ts';

describe('checkLogo', () => {
  it('accepts no logo and an existing image in the data folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-logo-'));
    await writeFile(path.join(dir, 'Wappen.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(await checkLogo(dir, null)).toEqual([]);
    expect(await checkLogo(dir, 'Wappen.svg')).toEqual([]);
  });

  it('names the setting when the file is missing, of the wrong type or outside the data folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'isek-logo-'));
    for (const [logo, words] of [
      ['fehlt.png', 'liegt nicht im Datenordner'],
      ['logo.gif', 'kein unterstütztes Bildformat'],
      ['..\\logo.svg', 'muss im Datenordner liegen'],
      ['/etc/logo.svg', 'muss im Datenordner liegen'],
    ] as const) {
      const [d] = await checkLogo(dir, logo);
      expect(d).toMatchObject({
        code: 'settings.invalid',
        severity: 'error',
        file: 'einstellungen.json',
        column: 'logo',
      });
      expect(d!.message).toContain(words);
    }
  });
});

describe('resolveLogo', () => {
  it('accepts Windows separators inside the data folder', () => {
    expect(resolveLogo('data', 'bilder\\Logo.PNG')).toEqual({
      path: path.join('data', 'bilder', 'Logo.PNG'),
      extension: '.png',
    });
  });
});

describe('logoAssetName', () => {
  it('names the logo in the site after its type only', () => {
    expect(logoAssetName('Wappen Neumünster.SVG')).toBe('logo.svg');
    expect(logoAssetName('bilder\\logo.jpeg')).toBe('logo.jpeg');
    expect(logoAssetName('logo.gif')).toBeNull();
    expect(logoAssetName(null)).toBeNull();
  });
});
