// Named flat configs. Every package uses `base`; packages/domain adds `pureDomain`; the browser
// apps (coordinator, portal, recruit) add `clientApp`. `boundaries.test.js` proves each rule bites.
import tseslint from 'typescript-eslint';

const ignores = { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'src/migrations/**'] };

export const base = [
  ignores,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
];

/**
 * The domain is pure (ARCHITECTURE.md): it imports only its own files. No npm package, no
 * node: built-in, no other workspace package; tests may use vitest.
 */
export const pureDomain = [
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^[^.]', message: 'packages/domain imports only its own modules: no npm, node: or workspace packages.' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The domain does no I/O.' }, { name: 'process', message: 'The domain reads no environment.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain has no clock: take `today` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain has no clock: take `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain has no randomness: take a seed as a parameter.' },
      ],
    },
  },
];

const apiTypesOnly =
  'An app imports `@driehoek/api` only as a type (`import type { AppRouter, RouterOutputs } from \'@driehoek/api\'`): the api runs on the server, the app gets its types.';
const noInternals = 'An app never imports api or db internals: its types come from `@driehoek/api` (`RouterInputs`, `RouterOutputs`), its shapes from `@driehoek/contracts`.';

/**
 * A browser app is a client of the api: `@driehoek/api` only as a type (`import type`; the router's
 * `AppRouter`, `RouterInputs`, `RouterOutputs`), never a value, never a file inside the api
 * (`@driehoek/api/…`), never the database package. Shapes and rules it shares with the server come
 * from `@driehoek/contracts` and `@driehoek/domain`.
 */
export const clientApp = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@driehoek/api', message: apiTypesOnly, allowTypeImports: true }],
          patterns: [{ group: ['@driehoek/api/*', '@driehoek/db', '@driehoek/db/*'], message: noInternals }],
        },
      ],
    },
  },
];
