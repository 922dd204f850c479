/**
 * The tab's home page beside a bare React + Fluent v9 page, both built by the same Vite in the
 * same run: the JS and CSS the home page loads until its data is on screen (gzip), its time to
 * first render and to its data on screen in headless Chromium (medians of cold loads), and when
 * the start-up requests went out. A second baseline, the bare page plus the Fluent components
 * the home page shows, tells the app's own weight from Fluent's. Figures only.
 */
import react from '@vitejs/plugin-react';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { botOptionsFromEnv } from '../../src/bot';
import { loadConfig } from '../../src/app/config/config';
import { silentLogger } from '../../src/app/logger';
import { startServer } from '../../src/start/start-server';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 7;
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

/** The bare page plus the Fluent components (and icons) the home page and shell show. */
const BARE_WITH_HOME_COMPONENTS = `
import { Badge, Button, FluentProvider, Link, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { ArrowClockwiseRegular, CheckmarkCircleRegular, ErrorCircleRegular, SignOutRegular } from '@fluentui/react-icons';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={teamsLightTheme}><h1>Bare page</h1><Button icon={<SignOutRegular />}>Hello</Button>
  <Spinner label="Loading" /><Link href="#/">A link</Link><Badge>A badge</Badge>
  <CheckmarkCircleRegular /><ErrorCircleRegular /><ArrowClockwiseRegular /></FluentProvider>,
);
`;

async function buildBare(outDir: string, main: string): Promise<void> {
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
        load: (id) => (id === entry ? main : null),
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

/** What one cold load waits for: `firstRender`, then (the tab) `data`. */
interface Marks {
  readonly firstRender: string;
  readonly data?: string;
}

interface Load {
  /** ms after navigation start. */
  readonly firstRender: number;
  readonly data: number;
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly files: number;
  /** When each start-up API request went out and was answered, ms after navigation start. */
  readonly api: Readonly<
    Partial<Record<string, { readonly sent: number; readonly answered: number }>>
  >;
}

/** ms after navigation start at which `selector` first matches, checked every frame. */
const shownAt = async (page: Page, selector: string): Promise<number> =>
  (await (
    await page.waitForFunction(
      (wanted) => (document.querySelector(wanted) === null ? false : performance.now()),
      selector,
      { polling: 'raf', timeout: 30_000 },
    )
  ).jsonValue()) as number;

/**
 * One cold load (a new browser context: empty cache and storage): the JS and CSS fetched until
 * the last mark holds, gzipped from disk, and when each mark first held.
 */
async function load(
  browser: Browser,
  url: string,
  dir: string,
  marks: Marks,
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
  let counting = true;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (counting && /\.(js|css)$/.test(path)) assets.add(path);
  });
  await page.goto(url);
  const firstRender = await shownAt(page, marks.firstRender);
  const data = marks.data === undefined ? firstRender : await shownAt(page, marks.data);
  counting = false;
  const api = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
        .map((entry) => {
          const timing = entry as PerformanceResourceTiming;
          return [
            new URL(entry.name).pathname,
            { sent: timing.startTime, answered: timing.responseEnd },
          ];
        }),
    ),
  );
  await context.close();
  const gzipOf = (paths: string[]) =>
    paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(dir, path))).length, 0);
  const files = [...assets];
  return {
    firstRender,
    data,
    jsGzip: gzipOf(files.filter((f) => f.endsWith('.js'))),
    cssGzip: gzipOf(files.filter((f) => f.endsWith('.css'))),
    files: files.length,
    api,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

/** The home page's heading (shell and page rendered) and its tiles (they need /api/home). */
const TAB_MARKS: Marks = { firstRender: 'main h1', data: 'main ul[aria-label="At a glance"] li' };
const BARE_MARKS: Marks = { firstRender: 'h1 + button, button' };
const START_UP_APIS = ['/api/health', '/api/me', '/api/home'];

export async function benchTab(): Promise<string[]> {
  const tabDir = mkdtempSync(join(tmpdir(), 'tab-bench-'));
  const bareDir = mkdtempSync(join(tmpdir(), 'bare-bench-'));
  const fluentDir = mkdtempSync(join(tmpdir(), 'bare-fluent-bench-'));
  await build({
    configFile: join(ROOT, 'vite.tab.config.ts'),
    logLevel: 'silent',
    build: { outDir: tabDir, emptyOutDir: true, sourcemap: false },
  });
  await buildBare(bareDir, BARE_MAIN);
  await buildBare(fluentDir, BARE_WITH_HOME_COMPONENTS);
  const server = await startServer({
    config: loadConfig({ PORT: '0', NODE_ENV: 'test', AUDITLOOP_SCHEDULER: 'off' }),
    bot: botOptionsFromEnv({}),
    logger: silentLogger,
    inMemory: true,
    demo: 'small',
    staticDir: tabDir,
  });
  const bare = await serveStatic(bareDir);
  const fluent = await serveStatic(fluentDir);
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
    const withFluent: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      tab.push(await load(browser, `${server.url}/#/`, tabDir, TAB_MARKS, token));
      base.push(await load(browser, bare.url, bareDir, BARE_MARKS, null));
      withFluent.push(await load(browser, fluent.url, fluentDir, BARE_MARKS, null));
    }
    const of = (loads: Load[], pick: (l: Load) => number) => median(loads.map(pick));
    const tabGzip = of(tab, (l) => l.jsGzip + l.cssGzip);
    const baseGzip = of(base, (l) => l.jsGzip + l.cssGzip);
    const fluentGzip = of(withFluent, (l) => l.jsGzip + l.cssGzip);
    const baseMs = of(base, (l) => l.firstRender);
    const tabFirst = of(tab, (l) => l.firstRender);
    const tabData = of(tab, (l) => l.data);
    const api = START_UP_APIS.map((path) => {
      const sent = of(tab, (l) => l.api[path]?.sent ?? Number.NaN);
      const answered = of(tab, (l) => l.api[path]?.answered ?? Number.NaN);
      return `${path} ${ms(sent)}–${ms(answered)}`;
    });
    return [
      `home page initial JS+CSS (gzip, all fetched until its data is on screen): ${kb(tabGzip)} in ${String(of(tab, (l) => l.files))} files (CSS ${kb(of(tab, (l) => l.cssGzip))}); bare React + Fluent v9 page: ${kb(baseGzip)}; ratio ${ratio(tabGzip, baseGzip)}`,
      `  (bare page + the Fluent components and icons the home page shows: ${kb(fluentGzip)}, ${ratio(fluentGzip, baseGzip)}; the rest is the app's own code)`,
      `home page time to first render (its heading; median of ${String(RUNS)} cold loads, signed in): ${ms(tabFirst)}; bare page first render: ${ms(baseMs)}; ratio ${ratio(tabFirst, baseMs)}`,
      `home page data on screen (its tiles, from /api/home; same loads): ${ms(tabData)}; ratio to the bare page's first render ${ratio(tabData, baseMs)}`,
      `start-up requests, sent–answered (ms after navigation start, medians): ${api.join(', ')}`,
    ];
  } finally {
    await browser.close();
    await bare.close();
    await fluent.close();
    await server.close();
    rmSync(tabDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
    rmSync(fluentDir, { recursive: true, force: true });
  }
}
