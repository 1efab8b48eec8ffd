import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The public site. The server serves it at / and the api at /trpc. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
  preview: { port: 4173 },
  build: { outDir: 'dist', sourcemap: true },
});
