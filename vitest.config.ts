import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts', 'tools/**/*.test.ts'],
    // One run-wide folder in which buildSite() builds each site once, shared by all test files.
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and browsers are slow on a 2-core machine; unit tests stay fast regardless.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
