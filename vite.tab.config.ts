import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { defineConfig } from 'vite';

/** The module the small entry imports to render the app (React, Fluent, shell, home page). */
const RENDER_MODULE = '/src/tab/render.tsx';

/**
 * `<link rel="modulepreload">` for the chunk that renders the app and every chunk it imports,
 * so the browser fetches and compiles them while the small entry sends the start-up requests.
 * (Vite preloads only what an entry imports statically.)
 */
function preloadApp(): Plugin {
  return {
    name: 'audit-loop:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (bundle === undefined) return html;
        const chunk = (fileName: string) => {
          const output = bundle[fileName] as Rollup.OutputBundle[string] | undefined;
          return output?.type === 'chunk' ? output : undefined;
        };
        const app = Object.values(bundle).find(
          (output): output is Rollup.OutputChunk =>
            output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith(RENDER_MODULE)),
        );
        if (app === undefined) throw new Error(`No chunk renders the app (${RENDER_MODULE})`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunk(fileName)?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head',
          }));
        return { html, tags };
      },
    },
  };
}

/**
 * The Teams tab: React + Fluent UI v9, built from src/tab into dist/tab, served by the server.
 * The entry (main.ts) only starts the start-up requests and imports the app's chunk (render.tsx,
 * preloaded from the HTML), which holds React, Fluent, the shell and the home page (where the
 * tab opens); every other route is a React.lazy import, so it becomes its own chunk. Charts,
 * the Adaptive Card renderer, teams-js, MSAL and the dark and high-contrast themes load when
 * first needed.
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
    preloadApp(),
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
