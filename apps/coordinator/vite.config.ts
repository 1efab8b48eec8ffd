import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The server serves this app at /coordinator/ and the api at /trpc. */
export default defineConfig({
  base: '/coordinator/',
  plugins: [react()],
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
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'data', test: /node_modules[\\/](@tanstack|@trpc)[\\/]/ },
            { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
