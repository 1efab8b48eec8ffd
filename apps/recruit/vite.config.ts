import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preactCompatAlias } from '../../tooling/vite/preact-compat.js';

/** The public site. The server serves it at / and the api at /trpc. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  // React's API on Preact: a small first load (scripts/size-budget.mjs)
  resolve: { alias: preactCompatAlias(import.meta.url) },
  server: {
    port: 5173,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
  preview: { port: 4173 },
  // scripts/size-budget.mjs reads which chunks a page needs from the manifest (the server never serves dotfiles)
  build: { outDir: 'dist', sourcemap: true, manifest: true },
  // The prerender build (src/prerender.tsx) bundles its libraries too, so they get the same alias.
  ssr: { noExternal: true },
});
