import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preactCompatAlias } from '../../tooling/vite/preact-compat.js';
import { localeParts } from '../../tooling/vite/locale-parts.js';
import { FIRST_TEXTS } from './src/first-texts.js';

/**
 * The libraries every page needs, in one long-cached chunk apart from the portal's own code.
 * Anything else (zod, loaded only by the sign-in checks) stays in the lazy chunk that uses it.
 */
const FIRST_LOAD_LIBRARIES = ['preact', 'i18next', 'react-i18next', '@tanstack', '@trpc', 'wouter', 'regexparam', 'use-sync-external-store'];
const isFirstLoadLibrary = (id: string) => FIRST_LOAD_LIBRARIES.some((name) => id.includes(`/node_modules/${name}/`));

/** Parents and volunteers' portal. The server serves it at /portal/ and the api at /trpc. */
export default defineConfig({
  base: '/portal/',
  plugins: [react(), localeParts({ first: FIRST_TEXTS })],
  // React's API on Preact: the first load fits a parent's phone (scripts/size-budget.mjs)
  resolve: { alias: preactCompatAlias(import.meta.url) },
  server: {
    port: 5175,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
  preview: { port: 4175 },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // scripts/size-budget.mjs reads which chunks a page needs from it (the server never serves dotfiles)
    manifest: true,
    rolldownOptions: { output: { advancedChunks: { groups: [{ name: 'vendor', test: isFirstLoadLibrary }] } } },
  },
  // The prerender build (src/prerender.tsx) bundles its libraries too, so they get the same alias.
  ssr: { noExternal: true },
});
