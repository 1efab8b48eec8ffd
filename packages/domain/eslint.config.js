import { base, pureDomain } from '@driehoek/eslint-config';

// examples/ and scripts/ are consumers and tooling, not the library: they may import node: built-ins
// and the package itself, and matching.cjs shows CommonJS on purpose.
export default [
  ...base,
  ...pureDomain,
  { files: ['examples/**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
