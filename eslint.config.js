import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';

// `experiments` is the shared core of the experiment entity (API, keys, status badge): every other feature
// may use it. `results` (queries, tables, charts) is used by the experiment page, the End dialog and the
// dashboard, so lifecycle does not grow a second copy. The others never import each other.
const FEATURES = ['experiments', 'results', 'dashboard', 'editor', 'lifecycle', 'connection'];
const importableFrom = (feature) => {
  if (feature === 'experiments') return [];
  if (feature === 'results') return ['experiments'];
  return ['experiments', 'results'];
};

/** Import boundaries: shared ← lib ← features ← app; only server (and tests) import server. */
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});
const noServer = {
  group: ['@/server/*', '**/server/*'],
  message: 'Only the server imports server code.',
};
const noApp = { group: ['@/app/*'], message: 'app composes features; nothing imports app.' };
const noFeatures = {
  group: ['@/features/*'],
  message: 'lib and shared must not depend on features.',
};
/**
 * Code that ships to the browser uses zod/mini: classic zod's schemas carry every method and cannot be
 * tree-shaken (about 26 kB gzip against 9 kB, in the shared chunk of every route; the dashboard has a
 * 250 kB budget). Only src/server may use classic zod.
 */
const noZodClassic = ['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
  name,
  message:
    "Browser code imports { z } from 'zod/mini': classic zod does not tree-shake (bundle budget).",
}));

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
    rules: restrict(
      [
        noServer,
        noApp,
        noFeatures,
        {
          group: ['@/lib/*', 'react', 'react-dom', '@mui/*', 'node:*'],
          message: 'shared is pure: no React, no Node.',
        },
      ],
      noZodClassic,
    ),
  },
  {
    // Tests of pure rules may read fixture files.
    files: ['src/shared/**/*.test.ts'],
    rules: restrict(
      [
        noServer,
        noApp,
        noFeatures,
        { group: ['@/lib/*', 'react', 'react-dom', '@mui/*'], message: 'shared is pure.' },
      ],
      noZodClassic,
    ),
  },
  { files: ['src/lib/**'], rules: restrict([noServer, noApp, noFeatures], noZodClassic) },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict(
      [
        noServer,
        noApp,
        {
          group: FEATURES.filter((f) => f !== feature && !importableFrom(feature).includes(f)).map(
            (f) => `@/features/${f}/*`,
          ),
          message:
            'Features do not import each other; share through src/shared, src/lib or a component in src/app.',
        },
      ],
      noZodClassic,
    ),
  })),
  { files: ['src/app/**'], rules: restrict([noServer], noZodClassic) },
  // The server-side render (run by src/server/ssr, never shipped to the browser) uses emotion's server half.
  { files: ['src/app/ssr/render-on-server.tsx'], rules: restrict([noApp], noZodClassic) },
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
