import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePageText, readEditablePages } from './read-pages.ts';

async function dataDirWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-pages-'));
  if (Object.keys(files).length > 0) await mkdir(path.join(dir, 'seiten'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, 'seiten', name), content);
  return dir;
}

describe('readEditablePages', () => {
  it('without a seiten folder: every page is missing, as a notice', async () => {
    const result = await readEditablePages(await dataDirWith({}));
    expect(result.sources).toEqual({});
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['page.missing', 'notice', 'seiten/ueber.md'],
      ['page.missing', 'notice', 'seiten/impressum.md'],
      ['page.missing', 'notice', 'seiten/datenschutz.md'],
      ['page.missing', 'notice', 'seiten/barrierefreiheit.md'],
      ['page.missing', 'notice', 'seiten/leichte-sprache.md'],
    ]);
    expect(result.diagnostics[1]!.message).toContain('bitte ergänzen');
    expect(result.diagnostics[0]!.message).not.toContain('bitte ergänzen');
  });

  it('reads the pages it finds, whatever the case of the file name, and strips the byte-order mark', async () => {
    const dir = await dataDirWith({ 'ueber.md': '\uFEFF# Über\n\nText', 'Impressum.MD': '# Impressum' });
    const result = await readEditablePages(dir);
    expect(result.sources.ueber).toEqual({ key: 'ueber', file: 'seiten/ueber.md', text: '# Über\n\nText' });
    expect(result.sources.impressum?.file).toBe('seiten/Impressum.MD');
    expect(result.diagnostics.filter((d) => d.code === 'page.missing')).toHaveLength(3);
  });

  it('reports an empty page and a file that belongs to no page, with a suggestion', async () => {
    const dir = await dataDirWith({
      'datenschutz.md': ' \n\n',
      'impresum.md': '# Impressum',
      'notizen.txt': 'x',
      '.DS_Store': 'x',
    });
    const result = await readEditablePages(dir);
    expect(result.sources.datenschutz).toBeUndefined();
    const byCode = (code: string) => result.diagnostics.filter((d) => d.code === code);
    expect(byCode('page.empty').map((d) => d.file)).toEqual(['seiten/datenschutz.md']);
    const unknown = byCode('page.unknown-file');
    expect(unknown.map((d) => d.file)).toEqual(['seiten/impresum.md', 'seiten/notizen.txt']);
    expect(unknown[0]!.message).toContain('Meinten Sie „impressum.md“?');
    expect(unknown.every((d) => d.severity === 'notice')).toBe(true);
  });

  it('reads a file saved as Windows-1252 ("ANSI") and warns about it', async () => {
    const ansi = Uint8Array.from([0x23, 0x20, 0xdc, 0x62, 0x65, 0x72]); // "# Über" in Windows-1252
    const result = await readEditablePages(await dataDirWith({ 'ueber.md': ansi }));
    expect(result.sources.ueber?.text).toBe('# Über');
    expect(result.diagnostics.find((d) => d.code === 'page.encoding')).toMatchObject({
      severity: 'warning',
      file: 'seiten/ueber.md',
    });
  });
});

describe('decodePageText', () => {
  it('prefers UTF-8', () => {
    expect(decodePageText(new TextEncoder().encode('Größe'))).toEqual({ text: 'Größe', utf8: true });
  });
});
