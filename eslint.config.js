import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';

// `experiments` is the shared core of the experiment entity (API, keys, status badge): every other feature
// may use it; the others never import each other.
const FEATURES = ['experiments', 'dashboard', 'editor', 'lifecycle', 'connection'];
const importableFrom = (feature) => (feature === 'experiments' ? [] : ['experiments']);

/** Import boundaries: shared ← lib ← features ← app; only server (and tests) import server. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noServer = {
  group: ['@/server/*', '**/server/*'],
  message: 'Only the server imports server code.',
};
const noApp = { group: ['@/app/*'], message: 'app composes features; nothing imports app.' };
const noFeatures = {
  group: ['@/features/*'],
  message: 'lib and shared must not depend on features.',
};

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/.output', '.data'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: restrict([
      noServer,
      noApp,
      noFeatures,
      {
        group: ['@/lib/*', 'react', 'react-dom', '@mui/*', 'node:*'],
        message: 'shared is pure: no React, no Node.',
      },
    ]),
  },
  {
    // Tests of pure rules may read fixture files.
    files: ['src/shared/**/*.test.ts'],
    rules: restrict([
      noServer,
      noApp,
      noFeatures,
      { group: ['@/lib/*', 'react', 'react-dom', '@mui/*'], message: 'shared is pure.' },
    ]),
  },
  { files: ['src/lib/**'], rules: restrict([noServer, noApp, noFeatures]) },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      noServer,
      noApp,
      {
        group: FEATURES.filter((f) => f !== feature && !importableFrom(feature).includes(f)).map(
          (f) => `@/features/${f}/*`,
        ),
        message:
          'Features do not import each other; share through src/shared, src/lib or a component in src/app.',
      },
    ]),
  })),
  { files: ['src/app/**'], rules: restrict([noServer]) },
  {
    files: ['src/server/**'],
    rules: restrict([
      {
        group: ['@/app/*', '@/features/*', '@/lib/*', 'react', 'react-dom', '@mui/*'],
        message: 'The server imports only itself and shared.',
      },
    ]),
  },
  prettier,
);
