import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import coreLayers from './tools/eslint/core-layers.js';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '**/.turbo/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'apps/dashboard/static/**',
      'data/**',
      'docs/api/**',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    // Dependencies point one way: the model stays free of UI, database and DOM code so that it runs
    // unchanged in the browser, Node and Deno.
    files: ['packages/core/src/**/*.ts', 'packages/import/src/**/*.ts'],
    ignores: ['packages/core/src/node/**', 'packages/import/src/node/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '@sveltejs/*'], message: 'Core and import never import Svelte.' },
            { group: ['@duckdb/*'], message: 'Core never imports DuckDB.' },
            { group: ['node:*', 'fs', 'path', 'os', 'url'], message: 'Node-only code lives in src/node/.' },
            {
              group: ['@opgave/dashboard', '@opgave/dashboard/*'],
              message: 'Core never imports the dashboard.',
            },
          ],
        },
      ],
    },
  },
  {
    // The charts are pure: data and options in, a Plot figure out, so that the dashboard and the CLI report
    // (in Node, on a linkedom document) draw the same ones.
    files: ['packages/charts/src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '@sveltejs/*'], message: 'Charts never import Svelte.' },
            { group: ['@duckdb/*'], message: 'Charts never import DuckDB.' },
            { group: ['node:*', 'fs', 'path', 'os', 'url'], message: 'Charts run in the browser too.' },
            { group: ['$lib', '$lib/*', '$app/*'], message: 'Charts never import the dashboard.' },
            {
              group: ['@opgave/dashboard', '@opgave/dashboard/*', '@opgave/cli', '@opgave/cli/*'],
              message: 'Charts sit below the dashboard and the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Core is layered data → calibrate → levers → model → project → simulate → analyse → out (docs/architecture.md).
    files: ['packages/core/src/**/*.ts'],
    plugins: { opgave: coreLayers },
    rules: { 'opgave/layers': 'error', 'opgave/no-cycle': 'error' },
  },
);
