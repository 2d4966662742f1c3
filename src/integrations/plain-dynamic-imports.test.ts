import { describe, expect, it } from 'vitest';
import { plainDynamicImports, unwrapDynamicImports } from './plain-dynamic-imports.ts';

const WRAPPED = 'rows ??= __vitePreload(() => import("./overview-rows.!~{004}~.js"), __VITE_PRELOAD__);';

describe('unwrapDynamicImports', () => {
  it('turns a wrapped import into a plain one unless its target needs preloading', () => {
    expect(unwrapDynamicImports(WRAPPED, () => false)).toBe(
      'rows ??= (() => import("./overview-rows.!~{004}~.js"))();',
    );
    expect(unwrapDynamicImports(WRAPPED, () => true)).toBe(WRAPPED);
  });

  it('names the target as written and leaves other code alone', () => {
    const seen: string[] = [];
    unwrapDynamicImports(`${WRAPPED}\nimport("./other.js");`, (target) => (seen.push(target), false));
    expect(seen).toEqual(['./overview-rows.!~{004}~.js']);
  });
});

describe('plainDynamicImports', () => {
  const plugin = plainDynamicImports();
  const render = (importedCss: number | null) => {
    const hook = plugin.renderChunk as (...args: unknown[]) => { code: string } | null;
    const chunks =
      importedCss === null
        ? {}
        : {
            '_astro/overview-rows.!~{004}~.js': {
              viteMetadata: { importedCss: new Set(Array(importedCss).fill('x.css')) },
            },
          };
    return hook.call({}, WRAPPED, { fileName: '_astro/MeasureOverview.!~{000}~.js' }, {}, { chunks });
  };

  it('unwraps an import whose chunk brings no stylesheet', () => {
    expect(render(0)?.code).toContain('(() => import("./overview-rows.!~{004}~.js"))()');
  });

  it('keeps the wrapper where the chunk imports CSS or is unknown', () => {
    expect(render(1)).toBeNull();
    expect(render(null)).toBeNull();
  });

  it('runs in the client build only', () => {
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect(applies({ name: 'client' })).toBe(true);
    expect(applies({ name: 'prerender' })).toBe(false);
  });
});
