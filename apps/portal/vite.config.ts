import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Parents and volunteers' portal. The server serves it at /portal/ and the api at /trpc. */
export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  server: {
    port: 5175,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
  preview: { port: 4175 },
  build: { outDir: 'dist', sourcemap: true },
});
