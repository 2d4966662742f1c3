import { defineConfig } from 'vitest/config';

/** Test files that build sites or drive a browser; everything else is a unit test. */
const INTEGRATION = ['tests/integration/**/*.test.ts'];
const BROWSER = ['tests/browser/**/*.test.ts'];
const HTML = ['tests/html/**/*.test.ts'];

/**
 * Four projects, each runnable alone (`npm run test:unit`, `test:integration`, `test:browser`,
 * `test:html`); `npm test` runs all four in one process, so they share each built site.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // One run-wide folder in which buildSite() builds each site once, shared by all test files
    // and projects.
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and browsers are slow on a 2-core machine; unit tests stay fast regardless.
    testTimeout: 120_000,
    hookTimeout: 300_000,
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
          exclude: [...INTEGRATION, ...BROWSER, ...HTML, '**/node_modules/**'],
        },
      },
      { test: { name: 'integration', include: INTEGRATION } },
      { test: { name: 'browser', include: BROWSER } },
      // The Nu HTML Checker (Java) over the built sample site, and the pages a public body must have.
      { test: { name: 'html', include: HTML } },
    ],
  },
});
