/**
 * Layout at a desktop width (1280 px) and at Teams mobile's (375 px): no sideways scroll, no
 * text spilling out of a stat tile or badge, chart legends that show every grade, chart titles
 * clear of their charts. Home and dashboard in light, dark and high contrast; every other
 * workspace (and the first audit, action, cycle and moderation it links to) at 375 px in light.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  openPage,
  personFor,
  ROLES,
  screenshot,
  signInAs,
  slug,
  startedApp,
  THEMES,
  visit,
} from './harness';
import { layoutProblems, longFigureProblems } from './layout';

const WIDTHS = [1280, 375] as const;
const DETAILS =
  'main a[href^="#/audits/"], main a[href^="#/actions/"], main a[href^="#/cycles/"], main a[href^="#/moderation/"]';

const e2e = startedApp();

const navRoutes = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Workspaces' })
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? '#/'));

/** Visits the route, lets the charts measure themselves, screenshots it, returns its problems. */
async function check(page: Page, route: string, shot: string): Promise<string[]> {
  await visit(page, route);
  // Charts size themselves after a frame or two (a ResizeObserver, then a re-render).
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            done();
          });
        });
      }),
  );
  await screenshot(page, shot);
  const found = [...(await layoutProblems(page)), ...(await longFigureProblems(page))];
  return found.map((p) => `${route}: ${p}`);
}

it.each(ROLES.flatMap((role) => THEMES.map((theme) => [role, theme] as const)))(
  "the %s's home and dashboard fit 1280 and 375 px wide (%s)",
  async (role, theme) => {
    const person = await personFor(e2e.app, e2e.staff, role);
    const { context, page } = await openPage(e2e.app, `?theme=${theme}`);
    await signInAs(page, person.displayName);
    const routes = (await navRoutes(page)).filter((r) => r === '#/' || r === '#/dashboard');
    const found: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of routes) {
        const shot = `layout-${role.toLowerCase()}-${slug(route)}-${theme}-${width}`;
        for (const p of await check(page, route, shot)) found.push(`${width}px ${p}`);
      }
    }
    await context.close();
    expect(found).toEqual([]);
  },
  90_000,
);

it.each(ROLES)(
  'every other workspace of the %s fits a 375 px phone (light)',
  async (role) => {
    const person = await personFor(e2e.app, e2e.staff, role);
    const { context, page } = await openPage(e2e.app, '?theme=light');
    await page.setViewportSize({ width: 375, height: 900 });
    await signInAs(page, person.displayName);
    const routes = (await navRoutes(page)).filter((r) => r !== '#/' && r !== '#/dashboard');
    const found: string[] = [];
    const details: string[] = [];
    const visited = async (route: string) => {
      const shot = `layout-${role.toLowerCase()}-${slug(route)}-light-375`;
      found.push(...(await check(page, route, shot)));
      for (const href of await page
        .locator(DETAILS)
        .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? '')))
        if (!details.some((d) => d.split('/')[1] === href.split('/')[1])) details.push(href);
    };
    for (const route of routes) await visited(route);
    for (const route of details)
      found.push(
        ...(await check(
          page,
          route,
          `layout-${role.toLowerCase()}-${slug(route.split('/').slice(0, 2).join('/'))}-detail-light-375`,
        )),
      );
    await context.close();
    expect(found).toEqual([]);
  },
  120_000,
);
