import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Teams tab: React + Fluent UI v9, built from src/tab into dist/tab, served by the server.
 * The first chunk holds the shell and the home page (where the tab opens); every other route is
 * a React.lazy import, so it becomes its own chunk. Charts, the Adaptive Card renderer,
 * teams-js, MSAL and the dark and high-contrast themes load when first needed.
 *
 * Griffel ahead of time: at build, `@griffel/vite-plugin` (wyw-in-js with Griffel's tag
 * processor) evaluates the tab's `makeStyles`/`makeResetStyles` and replaces them with
 * `__styles` calls carrying the finished class names and CSS rules, as Fluent's own packages
 * ship theirs, so Griffel's run-time style compiler (stylis, rtl-css-js) is not in the bundle.
 * The CSS stays in the chunks and is inserted by Griffel's small run-time, in its buckets' order:
 * extracting it to one CSS file (Griffel's way, to keep that order) would put every page's CSS
 * in the first load. The dev server keeps run-time styles.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/tab', import.meta.url)),
  base: './',
  plugins: [
    {
      ...griffel({ include: [/\/src\/tab\/.+\.tsx?$/], exclude: [/\.test\.tsx?$/] }),
      apply: 'build',
    },
    react(),
  ],
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
