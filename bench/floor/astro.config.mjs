// @ts-check
/**
 * The benchmark's "floor": the cheapest site Astro and Pagefind can build with the same number of
 * pages as the ISEK site. `npm run bench` builds it with the same Node, the same Astro build call
 * (`src/build/astro-build-worker.ts`) and the same Pagefind package, and prints the ISEK build
 * time as a ratio to this one.
 *
 * Environment: `FLOOR_PAGES` (how many trivial pages; default 100).
 * Kept outside `src/` on purpose: nothing of the real site may leak into the floor, and neither
 * the project's TypeScript nor Vitest configuration picks it up.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/** Indexes the built pages the way the real site does: Node API, German, after the build. */
function floorSearchIndex() {
  return {
    name: 'floor-pagefind',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0 || added.page_count === 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [floorSearchIndex()],
});
