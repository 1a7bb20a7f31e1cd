import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: built into dist/ and served by `cupstage serve` at `/`. */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: {
      '/competitions': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
    },
  },
});
