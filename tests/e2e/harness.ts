/**
 * End-to-end harness: builds the tab with the same Vite config into a temporary folder, starts
 * the whole service (`startServer`: emulator in memory, small demo data, the built tab) and
 * drives Debian's Chromium through playwright-core.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { botOptionsFromEnv } from '../../src/bot';
import { loadConfig } from '../../src/app/config/config';
import { AREA_LABELS } from '../../src/domain/records/grade';
import { silentLogger } from '../../src/app/logger';
import { startServer } from '../../src/start/start-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The tab's themes (`?theme=`) and the framework's roles. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export const ROLES = [
  'Practitioner',
  'TeamManager',
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
  'AssistantDirector',
  'Director',
] as const;

export interface App {
  readonly url: string;
  readonly browser: Browser;
  /** Calls the API as a synthetic staff member (to find data and check results). */
  api<T>(staffId: string, method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Builds the tab into a temporary folder (so parallel test files never share one). */
export async function buildTab(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'vite.tab.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

export async function startApp(): Promise<App> {
  const staticDir = mkdtempSync(join(tmpdir(), 'audit-loop-tab-'));
  await buildTab(staticDir);
  const server = await startServer({
    config: loadConfig({ PORT: '0', NODE_ENV: 'test' }),
    bot: botOptionsFromEnv({}),
    logger: silentLogger,
    inMemory: true,
    demo: 'small',
    staticDir,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const tokens = new Map<string, string>();
  const call = async <T>(token: string | null, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${String(response.status)} ${JSON.stringify(json)}`);
    return json as T;
  };
  return {
    url: server.url,
    browser,
    api: async <T>(staffId: string, method: string, path: string, body?: unknown) => {
      let token = tokens.get(staffId);
      if (token === undefined) {
        token = (await call<{ token: string }>(null, 'POST', '/api/local/sign-in', { staffId }))
          .token;
        tokens.set(staffId, token);
      }
      return call<T>(token, method, path, body);
    },
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context (AxeBuilder needs one from `browser.newContext()`). */
export async function openPage(
  app: App,
  query = '',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${app.url}/${query}`);
  return { context, page };
}

/** Signs in on the local sign-in page by clicking the person's name. */
export async function signInAs(page: Page, displayName: string): Promise<void> {
  await page.getByRole('heading', { name: /Sign in to Audit Loop/ }).waitFor();
  await page.getByRole('button', { name: displayName, exact: true }).click();
  await page.getByRole('navigation', { name: 'Workspaces' }).waitFor();
}

/** Goes to a tab route and waits until nothing is loading. */
export async function visit(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  // Park the pointer in a corner: a hover state (a row, a chart's callout) is not the page.
  await page.mouse.move(0, 0);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelector('[role="progressbar"], .fui-Spinner') === null,
    null,
    { timeout: 15_000 },
  );
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 AA tags; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    // Fluent's focus-trap sentinels (tabster dummy inputs: aria-hidden with tabindex=0) trip
    // `aria-hidden-focus` by design; they exist only to wrap focus. Exclude exactly those.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface StaffEntry {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
}

/** Every synthetic staff member, from the local sign-in list. */
/** The app a spec file runs against, and its Staff list: set before the file's first test. */
export interface StartedApp {
  readonly app: App;
  readonly staff: StaffEntry[];
}

/** Starts the app (and reads its staff) before the file's tests and closes it after them. */
export function startedApp(): StartedApp {
  let app: App | undefined;
  let staff: StaffEntry[] = [];
  beforeAll(async () => {
    app = await startApp();
    staff = await allStaff(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      if (app === undefined) throw new Error('the app is started before the first test');
      return app;
    },
    get staff() {
      return staff;
    },
  };
}

export async function allStaff(app: App): Promise<StaffEntry[]> {
  const response = await fetch(`${app.url}/api/local/staff`);
  const body = (await response.json()) as { roles: { staff: StaffEntry[] }[] };
  return body.roles.flatMap((r) => r.staff);
}

/**
 * Collects every console error and uncaught page error of the page into `into`, each with who
 * was signed in and where. A failed request the page answers itself (a 409 it explains, a 404
 * it shows) logs "Failed to load resource" in Chromium: that is the network, not the page, and
 * is left out.
 */
export function trackConsoleErrors(page: Page, who: string, into: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource')) return;
    into.push(`${who} at ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    into.push(`${who} at ${page.url()}: uncaught ${error.message}`);
  });
}

/** The person of the role with the most to show (one with something counted on their home). */
export async function personFor(app: App, staff: StaffEntry[], role: string): Promise<StaffEntry> {
  const candidates = staff.filter((s) => s.role === role);
  for (const person of candidates) {
    const home = await app
      .api<{ counts: Record<string, number> }>(person.id, 'GET', '/api/home')
      .catch(() => null);
    if (home !== null && Object.values(home.counts).some((n) => n > 0)) return person;
  }
  const first = candidates.at(0);
  if (first === undefined) throw new Error(`no ${role} in the demo data`);
  return first;
}

/** A route as a file name: '#/audits?scope=team' → 'audits-scope-team', '#/' → 'home'. */
export const slug = (route: string) =>
  route
    .replace(/^#\/?/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '') || 'home';

/** Grades each of the six areas on the audit form the same, with evidence naming the area. */
export async function fillAreas(form: Locator, grade: string): Promise<void> {
  for (const area of Object.values(AREA_LABELS)) {
    const group = form.getByRole('group', { name: area });
    await group.getByRole('radio', { name: grade, exact: true }).check();
    await group.getByRole('textbox', { name: /^Evidence/ }).fill(`Seen on the file: ${area}.`);
  }
}
