import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules: core ← storage ← features ← app; worker ← core only; features never import each other. */
const featureNames = [
  'import',
  'splits-review',
  'article-editor',
  'section-review',
  'export',
  'library',
];

export default tseslint.config(
  {
    ignores: [
      '.scratch',
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'dev-dist',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: [
                './src/app',
                './src/features',
                './src/storage',
                './src/worker',
                './src/cli',
                './src/lib',
                './src/components',
              ],
              message: 'src/core is pure: it imports nothing from the app layers.',
            },
            {
              target: './src/storage',
              from: [
                './src/app',
                './src/features',
                './src/worker',
                './src/cli',
                './src/components',
              ],
              message: 'src/storage depends on src/core only.',
            },
            {
              target: './src/worker',
              from: [
                './src/app',
                './src/features',
                './src/storage',
                './src/cli',
                './src/components',
                './src/lib',
              ],
              message: 'The worker depends on src/core only.',
            },
            {
              target: './src/cli',
              from: [
                './src/app',
                './src/features',
                './src/storage',
                './src/worker',
                './src/components',
                './src/lib',
              ],
              message: 'The CLI runs in Node: it uses src/core only.',
            },
            {
              target: ['./src/lib', './src/components'],
              from: ['./src/app', './src/features'],
              message: 'Shared pieces do not depend on features or the shell.',
            },
            ...featureNames.map((name) => ({
              target: `./src/features/${name}`,
              from: [
                './src/app',
                ...featureNames
                  .filter((other) => other !== name)
                  .map((other) => `./src/features/${other}`),
              ],
              message: 'A feature never imports another feature or the app shell.',
            })),
            {
              target: './e2e',
              from: ['./src'],
              message:
                'End-to-end tests drive the built app; they import only test builders and fixtures.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    // Tests run in Node and may read their fixture files.
    ignores: ['src/core/**/*.test.ts', 'src/core/testing/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'localStorage', message: 'src/core has no storage.' },
        { name: 'indexedDB', message: 'src/core has no storage; use src/storage.' },
        { name: 'fetch', message: 'src/core does no I/O; pass data in.' },
        { name: 'navigator', message: 'src/core has no DOM.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'slate*', 'idb', '@tanstack/*', 'node:*', 'fs', 'path'],
              message: 'src/core stays pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/app/**/*.ts'],
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
