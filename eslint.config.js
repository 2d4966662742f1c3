// Lint rules that find defects, not style (Prettier owns the layout). No type-aware rules: the
// whole tree must lint in seconds on a 2-core machine (the before-stop hook allows 60 s).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NOT_FROM_TESTS = 'src/ must not depend on tests, bench or tools.';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist.*/', '.astro/', '.isek/', 'coverage/', 'vorlage/', 'bench/floor/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-implicit-coercion': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-await-in-loop': 'off',
      // The cell readers list invisible and combining characters in classes on purpose (to find
      // or strip them); the rule takes every such class for a mistake.
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Tests read lazy getters for their effect, build odd values on purpose and poke at JSON.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-loss-of-precision': 'off',
    },
  },
  {
    // The browser's scripts run in the page.
    files: ['src/client/**/*.ts', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Site and build code never depend on tests, benchmark or authoring tools.
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/**/*.test.ts', 'src/lib/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tests/**', '**/bench/**', '**/tools/**'], message: NOT_FROM_TESTS }] },
      ],
    },
  },
  {
    // The core is pure: no Astro, no rendering layer, no build machinery (later entries win, so
    // this one repeats the rule above).
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts', 'src/lib/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**', '**/bench/**', '**/tools/**'], message: NOT_FROM_TESTS },
            { group: ['astro', 'astro/*', 'astro:*'], message: 'src/lib never imports Astro.' },
            {
              group: [
                '**/components/**',
                '**/layouts/**',
                '**/utils/**',
                '**/build/**',
                '**/client/**',
                '**/src/pages/**',
              ],
              message: 'src/lib is the pure core: the Astro layer and the build import it, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's scripts take their words from the owning module: the index re-exports every
    // module, and what the bundler cannot prove free of effects (a property read of another
    // module's object) would ship the command line's texts to every page.
    files: ['src/client/**/*.ts'],
    ignores: ['src/client/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**', '**/bench/**', '**/tools/**'], message: NOT_FROM_TESTS },
            {
              group: ['**/lib/i18n/de.ts'],
              message: 'Browser code imports its texts from lib/i18n/de/<owner>.ts, not from the index.',
            },
          ],
        },
      ],
    },
  },
);
