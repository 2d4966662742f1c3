import { describe, expect, it } from 'vitest';
import { nodeArgsOf, npmScriptArgs } from './office-command.ts';
import { PROJECT_ROOT } from './floor.ts';

describe('nodeArgsOf', () => {
  it('takes the options and the script after node', () => {
    expect(nodeArgsOf('node --import ./scripts/compile-cache.ts scripts/check.ts')).toEqual([
      '--import',
      './scripts/compile-cache.ts',
      'scripts/check.ts',
    ]);
    expect(nodeArgsOf('node scripts/build.ts')).toEqual(['scripts/build.ts']);
  });
  it('refuses what it cannot start the same way', () => {
    expect(() => nodeArgsOf('tsx scripts/check.ts')).toThrow(/cannot mirror/);
    expect(() => nodeArgsOf('node a.ts && node b.ts')).toThrow(/cannot mirror/);
    expect(() => nodeArgsOf('node')).toThrow(/cannot mirror/);
  });
});

describe('npmScriptArgs', () => {
  it("reads the project's check and build scripts", async () => {
    expect((await npmScriptArgs(PROJECT_ROOT, 'check')).at(-1)).toBe('scripts/check.ts');
    expect((await npmScriptArgs(PROJECT_ROOT, 'build')).at(-1)).toBe('scripts/build.ts');
  });
});
