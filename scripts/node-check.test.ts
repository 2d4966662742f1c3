import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('scripts/node-check.mjs', () => {
  it('runs first in every npm script that starts a TypeScript file with node', () => {
    const tsScripts = Object.entries(scripts).filter(([, command]) => /^node .*\.ts$/.test(command));
    expect(tsScripts.length).toBeGreaterThanOrEqual(7);
    for (const [name, command] of tsScripts) {
      expect(command.startsWith('node --import ./scripts/node-check.mjs '), name).toBe(true);
    }
  });

  it('stops a Node without type stripping with a German message instead of ERR_UNKNOWN_FILE_EXTENSION', () => {
    // Node 24 without its type stripping stands for the system's older Node after `npm ci --ignore-scripts`.
    const result = spawnSync(
      process.execPath,
      [
        '--no-experimental-strip-types',
        '--import',
        './scripts/node-check.mjs',
        '--import',
        './scripts/compile-cache.ts',
        'scripts/check.ts',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Dieses Projekt braucht Node.js 22.18 oder neuer');
    expect(result.stderr).toContain('npm rebuild node');
    expect(result.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });

  it('lets the script run where Node strips types', () => {
    const result = spawnSync(process.execPath, ['--import', './scripts/node-check.mjs', '-e', 'console.log("läuft")'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('läuft\n');
  });
});
