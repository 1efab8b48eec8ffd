import { base } from '@driehoek/eslint-config';

/**
 * Feature boundaries: a file in `src/features/<name>/` imports another feature only through its
 * `index.ts` (`../<other>/index.js`), never its internals; the plumbing folders (`auth/`, `trpc/`,
 * `errors/`, `clock/`, `audit/`, `mail/`, `geocoding/`, `testing/`) and the root likewise reach a
 * feature only through its index. `src/lint.test.ts` checks that these rules bite.
 */
const message = "Import another feature through its index (`../<feature>/index.js`), not its internals.";
const internals = (prefix) => ({ regex: `^${prefix}[^./][^/]*/(?!index\\.js$)`, message });

export const featureBoundaries = [
  // src/features/<name>/<file>.ts: `../<other>/…` is another feature.
  { files: ['src/features/*/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [internals('\\.\\./')] }] } },
  // src/features/<name>/<dir>/<file>.ts: `../../<other>/…` is another feature.
  { files: ['src/features/*/*/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [internals('\\.\\./\\.\\./')] }] } },
  // Outside the features (root, plumbing): `features/<name>/…` only through the index.
  {
    files: ['src/*.ts', 'src/*/*.ts'],
    ignores: ['src/features/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)features/[^/]+/(?!index\\.js$)', message }] }] },
  },
];

export default [...base, ...featureBoundaries];
