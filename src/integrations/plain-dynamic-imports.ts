/**
 * Vite plugin: the browser scripts' lazy parts load through a plain `import()`, without Vite's
 * module preload helper.
 *
 * Vite wraps every dynamic `import()` of a client chunk in `__vitePreload(…)`, which fetches the
 * imported chunk's dependencies and stylesheets in parallel; the helper costs the importing
 * page's first load about 750 bytes gzip, even where there is nothing to preload (vitejs/vite
 * #13952). Our lazy parts (`client/overview-rows.ts`) bring no stylesheet, and the scripts they
 * share are loaded already, so the call is unwrapped again before minification; the minifier
 * then drops the unused helper. A dynamic import whose chunk imports CSS keeps the wrapper.
 */
import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** A wrapped dynamic import as Vite leaves it for the bundle step: `__vitePreload(() => import("./x.js"), __VITE_PRELOAD__)`. */
const WRAPPED_IMPORT = /__vitePreload\((\(\) => import\(("[^"]+")\)), __VITE_PRELOAD__\)/g;

/**
 * `code` with every wrapped dynamic import whose target `needsPreload` denies unwrapped to a plain
 * `import()`. `target` is the import's specifier as written in the chunk (`./overview-rows.….js`).
 */
export function unwrapDynamicImports(code: string, needsPreload: (target: string) => boolean): string {
  return code.replace(WRAPPED_IMPORT, (call: string, factory: string, quoted: string) =>
    needsPreload(JSON.parse(quoted) as string) ? call : `(${factory})()`,
  );
}

/** The plugin, for the client build only. */
export function plainDynamicImports(): Plugin {
  return {
    name: 'isek:plain-dynamic-imports',
    applyToEnvironment: (environment) => environment.name === 'client',
    renderChunk(code, chunk, _options, meta) {
      if (!code.includes('__VITE_PRELOAD__')) return null;
      const needsPreload = (target: string): boolean => {
        // The chunk the specifier names (relative to the importing chunk); unknown: keep the wrapper.
        const imported = meta.chunks[posix.join(posix.dirname(chunk.fileName), target)];
        const css = (imported as { viteMetadata?: { importedCss?: ReadonlySet<string> } } | undefined)?.viteMetadata
          ?.importedCss;
        return imported === undefined || (css?.size ?? 0) > 0;
      };
      const next = unwrapDynamicImports(code, needsPreload);
      return next === code ? null : { code: next, map: null };
    },
  };
}
