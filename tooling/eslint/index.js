// Named flat configs. Every package uses `base`; packages/domain adds `pureDomain`.
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
