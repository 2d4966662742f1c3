/**
 * The office's guide stays complete: a troubleshooting entry for every diagnostic code, with the
 * code's real severity, no entry for a code that no longer exists, working in-page links, and a
 * link from the README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/lib/diagnostics.ts';
import { SEVERITY_LABELS } from '../../src/lib/i18n/de.ts';
import { ROOT } from '../support/site.ts';

const guide = readFileSync(path.join(ROOT, 'docs', 'anleitung.md'), 'utf8');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The guide's entries: `#### \`code\`` headings with the text up to the next heading. */
function entries(): Map<string, string> {
  const found = new Map<string, string>();
  const parts = guide.split(/^(?=#{1,4} )/m);
  for (const part of parts) {
    const m = /^#### `([^`]+)`\s*\n([\s\S]*)$/.exec(part);
    if (m) found.set(m[1]!, m[2]!);
  }
  return found;
}

/** GitHub's anchor for a heading. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('docs/anleitung.md', () => {
  const byCode = entries();

  it.each(Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[])('explains %s', (code) => {
    const entry = byCode.get(code);
    expect(entry, `no entry „#### \`${code}\`“ in docs/anleitung.md`).toBeDefined();
    // Each entry starts with the severity the code really has, and says what to do.
    expect(
      entry!.trimStart().startsWith(`**${SEVERITY_LABELS[DIAGNOSTIC_CODES[code]]}.**`),
      `${code}: wrong or missing severity`,
    ).toBe(true);
    expect(entry).toContain('**Tun:**');
  });

  it('has no entry for a code that does not exist', () => {
    const unknown = [...byCode.keys()].filter((code) => !(code in DIAGNOSTIC_CODES));
    expect(unknown).toEqual([]);
  });

  it('has the five steps of the round trip in order', () => {
    const steps = [...guide.matchAll(/^### (\d)\. /gm)].map((m) => Number(m[1]));
    expect(steps).toEqual([1, 2, 3, 4, 5]);
    for (const command of ['npm run check', 'npm run build', 'npm run preview']) expect(guide).toContain(command);
  });

  it('links only to headings that exist', () => {
    const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!.replace(/`/g, ''))));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });

  it('names only npm commands that exist', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
        .scripts,
    );
    const named = [...new Set([...guide.matchAll(/npm(?:\.cmd)? run ([\w:-]+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(5);
    expect(named).toContain('bericht:pdf');
    expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
  });

  it('writes environment variables in PowerShell syntax in its Windows section', () => {
    const windows = guide.slice(guide.indexOf('## Häufige Fragen unter Windows'));
    expect(windows).toContain('$env:CHROME_PATH = "');
    expect(windows).toContain('$env:ISEK_DATA_DIR = "');
    // No Unix form `export X=…` or `X=… npm run` given as a command to type.
    expect(windows).not.toMatch(/(?:^|`)export [A-Z_]+=|(?:^|`)[A-Z_]+=\S+ npm run/m);
  });

  it('is linked from the README', () => {
    expect(readme).toContain('](docs/anleitung.md)');
  });
});
