import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Teams tab: React + Fluent UI v9, built from src/tab into dist/tab, served by the server.
 * Each route is a React.lazy import, so it becomes its own chunk; the home page loads only the
 * shell, its own chunk and the Fluent pieces they use. Charts and the Adaptive Card renderer load
 * when a page first needs them.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/tab', import.meta.url)),
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/tab', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3978' },
  },
});
