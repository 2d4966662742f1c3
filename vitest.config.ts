import { defineConfig, type UserProjectConfigFn, type UserWorkspaceConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/** Test files that build sites or drive a browser; everything else is a unit test. */
const INTEGRATION = ['tests/integration/**/*.test.ts'];
const BROWSER = ['tests/browser/**/*.test.ts'];
const HTML = ['tests/html/**/*.test.ts'];
/** Tests that render `.astro` components with Astro's container API (need Astro's Vite plugins). */
const COMPONENTS = ['src/components/**/*.test.ts'];

/** Options every project shares. */
const SHARED = {
  environment: 'node',
  // One run-wide folder in which buildSite() builds each site once, shared by all test files
  // and projects.
  globalSetup: ['tests/support/global-setup.ts'],
  // Builds and browsers are slow on a 2-core machine; unit tests stay fast regardless.
  testTimeout: 120_000,
  hookTimeout: 300_000,
} as const;

/** A project that can import `.astro` files: Astro's Vite configuration plus the given test options. */
function withAstro(test: { name: string; include: string[] }): UserProjectConfigFn {
  return async (env) => {
    const config = await getViteConfig({ test: { ...SHARED, globalSetup: [...SHARED.globalSetup], ...test } })(env);
    return config as UserWorkspaceConfig;
  };
}

/**
 * Five projects, each runnable alone (`npm run test:unit`, `test:components`, `test:integration`,
 * `test:browser`, `test:html`); `npm test` runs all five in one process, so they share each built
 * site. `components` and `browser` load Astro's Vite plugins, so they can render components.
 */
export default defineConfig({
  test: {
    ...SHARED,
    globalSetup: [...SHARED.globalSetup],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
            'bench/**/*.test.ts',
            'tools/**/*.test.ts',
          ],
          exclude: [...INTEGRATION, ...BROWSER, ...HTML, ...COMPONENTS, '**/node_modules/**'],
        },
      },
      withAstro({ name: 'components', include: COMPONENTS }),
      { test: { name: 'integration', include: INTEGRATION } },
      withAstro({ name: 'browser', include: BROWSER }),
      // The Nu HTML Checker (Java) over the built sample site, and the pages a public body must have.
      { test: { name: 'html', include: HTML } },
    ],
  },
});
