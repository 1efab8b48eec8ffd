import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preactCompatAlias } from '../../tooling/vite/preact-compat.js';
import { localeParts } from '../../tooling/vite/locale-parts.js';
import { FIRST_TEXTS } from './src/first-texts.js';

/** The server serves this app at /coordinator/ and the api at /trpc. */
export default defineConfig({
  base: '/coordinator/',
  plugins: [react(), localeParts({ first: FIRST_TEXTS })],
  // React's API on Preact, as in the portal and the recruitment site: the login page's first load
  // carries Preact's few kB instead of React DOM's 60 (scripts/size-budget.mjs)
  resolve: { alias: preactCompatAlias(import.meta.url) },
  server: {
    port: 5174,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
  build: {
    sourcemap: true,
    // scripts/size-budget.mjs reads which chunks a page needs from it (the server never serves dotfiles)
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
            { name: 'data', test: /node_modules[\\/](@tanstack|@trpc)[\\/]/ },
            { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
