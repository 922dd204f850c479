/**
 * The tab's home page beside a bare React + Fluent v9 page, both built by the same Vite in the
 * same run: the JS and CSS the home page loads before it first renders (gzip), and its time to
 * first render in headless Chromium (median of cold loads). Figures only.
 */
import react from '@vitejs/plugin-react';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { botOptionsFromEnv } from '../../src/bot';
import { loadConfig } from '../../src/app/config/config';
import { silentLogger } from '../../src/app/logger';
import { startServer } from '../../src/start/start-server';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 5;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The baseline: React 19 and Fluent v9's provider and a button, nothing else. */
const BARE_MAIN = `
import { Button, FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={teamsLightTheme}><h1>Bare page</h1><Button>Hello</Button></FluentProvider>,
);
`;

async function buildBare(outDir: string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bare-page-'));
  const entry = join(ROOT, 'scripts/bench/__bare-main.tsx'); // virtual: resolves from the repo
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="${entry}"></script></body></html>`,
  );
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    plugins: [
      react(),
      {
        name: 'bare-main',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) => (id === entry ? BARE_MAIN : null),
      },
    ],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  rmSync(root, { recursive: true, force: true });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const asked = (req.url ?? '/').split('?')[0] ?? '/';
    const path = asked === '/' ? '/index.html' : asked;
    try {
      const body = readFileSync(join(dir, path));
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}

interface Load {
  readonly ms: number;
  readonly gzip: number;
}

/** One cold load: the JS and CSS fetched before `ready` holds, gzipped from disk, and the time. */
async function load(
  browser: Browser,
  url: string,
  dir: string,
  ready: string,
  token: string | null,
): Promise<Load> {
  const context = await browser.newContext();
  if (token !== null) {
    await context.addInitScript((t) => {
      sessionStorage.setItem('audit-loop.local-token', t);
    }, token);
  }
  const page = await context.newPage();
  const assets = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(js|css)$/.test(path)) assets.add(path);
  });
  await page.goto(url);
  const ms = (await (
    await page.waitForFunction(
      (selector) => (document.querySelector(selector) === null ? false : performance.now()),
      ready,
      { polling: 'raf', timeout: 30_000 },
    )
  ).jsonValue()) as number;
  const files = [...assets];
  await context.close();
  const gzip = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(dir, path))).length, 0);
  return { ms, gzip };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export async function benchTab(): Promise<string[]> {
  const tabDir = mkdtempSync(join(tmpdir(), 'tab-bench-'));
  const bareDir = mkdtempSync(join(tmpdir(), 'bare-bench-'));
  await build({
    configFile: join(ROOT, 'vite.tab.config.ts'),
    logLevel: 'silent',
    build: { outDir: tabDir, emptyOutDir: true, sourcemap: false },
  });
  await buildBare(bareDir);
  const server = await startServer({
    config: loadConfig({ PORT: '0', NODE_ENV: 'test', AUDITLOOP_SCHEDULER: 'off' }),
    bot: botOptionsFromEnv({}),
    logger: silentLogger,
    inMemory: true,
    demo: 'small',
    staticDir: tabDir,
  });
  const bare = await serveStatic(bareDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const staff = (await (await fetch(`${server.url}/api/local/staff`)).json()) as {
      roles: { staff: { id: string }[] }[];
    };
    const staffId = staff.roles[0]?.staff[0]?.id ?? '';
    const signIn = await fetch(`${server.url}/api/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const tab: Load[] = [];
    const base: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      tab.push(await load(browser, `${server.url}/#/`, tabDir, 'main h1', token));
      base.push(await load(browser, bare.url, bareDir, 'h1 + button, button', null));
    }
    const tabGzip = median(tab.map((l) => l.gzip));
    const baseGzip = median(base.map((l) => l.gzip));
    const tabMs = median(tab.map((l) => l.ms));
    const baseMs = median(base.map((l) => l.ms));
    return [
      `home page initial JS+CSS (gzip): ${kb(tabGzip)}; bare React + Fluent v9 page: ${kb(baseGzip)}; ratio ${(tabGzip / baseGzip).toFixed(2)}`,
      `home page time to first render (median of ${String(RUNS)} cold loads, signed in, incl. /api/me and /api/home): ${tabMs.toFixed(0)} ms; bare page: ${baseMs.toFixed(0)} ms; ratio ${(tabMs / baseMs).toFixed(2)}`,
      '(Fluent UI v9 injects its styles at run time (Griffel): neither build emits a CSS file.)',
    ];
  } finally {
    await browser.close();
    await bare.close();
    await server.close();
    rmSync(tabDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
