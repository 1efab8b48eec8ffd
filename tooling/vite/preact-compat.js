// React's API on Preact (about 4 kB gzipped instead of React's 60): a Vite `resolve.alias` that
// sends `react`, `react-dom` and their subpaths to `preact/compat`, for the app's own code and
// for the libraries it bundles (react-i18next, TanStack Query, tRPC, react-hook-form, wouter, the
// shared components in packages/ui). The targets are absolute files resolved from the app, so a
// library in pnpm's strict layout (which cannot see `preact`) gets it too. Types stay React's.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @param {string} configUrl the app's `import.meta.url` (the app has `preact` as a dependency) */
export function preactCompatAlias(configUrl) {
  const require = createRequire(configUrl);
  const preact = dirname(require.resolve('preact/package.json'));
  const file = (path) => join(preact, path);
  return [
    { find: /^react-dom\/client$/, replacement: file('compat/client.mjs') },
    { find: /^react-dom\/test-utils$/, replacement: file('test-utils/dist/testUtils.mjs') },
    { find: /^react\/jsx-runtime$/, replacement: file('jsx-runtime/dist/jsxRuntime.mjs') },
    { find: /^react\/jsx-dev-runtime$/, replacement: file('jsx-runtime/dist/jsxRuntime.mjs') },
    { find: /^react-dom$/, replacement: file('compat/dist/compat.mjs') },
    { find: /^react$/, replacement: file('compat/dist/compat.mjs') },
  ];
}
