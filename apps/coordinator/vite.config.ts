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
  build: { sourcemap: true },
});
