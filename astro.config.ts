/**
 * Astro configuration: a static site only, under any base path, that works under a strict
 * Content-Security-Policy (no inline styles or scripts) and loads nothing from other hosts.
 *
 * The build script (`scripts/build.ts`) calls Astro's `build()` with its own `outDir` and `base`;
 * those inline values win over the ones here. Environment: `ISEK_BASE` (base path, default `/`).
 * Nothing here reads the data: the build script starts Astro while it still checks the data.
 */
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/utils/base-path.ts';
import pagefind from './src/integrations/pagefind.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';

export default defineConfig({
  output: 'static',
  base: normaliseBase(process.env.ISEK_BASE),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet is a file: a strict CSP (`style-src 'self'`) forbids inline <style>.
    inlineStylesheets: 'never',
    // With one page at a time, Astro's page loop mostly waits on file writes; eight in flight keep
    // it busy, with the same output and peak memory (docs/benchmarks.md, notes).
    concurrency: 8,
  },
  // Scoped styles as classes, not data attributes: leaner markup on pages with long lists.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  // The search index (Pagefind) is built after the pages, into `<outDir>/pagefind/`.
  integrations: [pagefind()],
  vite: {
    // Never inline a bundled script into the page: a strict CSP (`script-src 'self'`) forbids it.
    build: { assetsInlineLimit: 0 },
    // The lazy parts of the browser scripts without Vite's preload helper (first-load budget).
    plugins: [plainDynamicImports()],
  },
});
