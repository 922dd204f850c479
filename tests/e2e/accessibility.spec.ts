/**
 * axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every page each role can reach, in light, dark and
 * high-contrast themes (`?theme=`), with a screenshot of each workspace in the light theme.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  openPage,
  personFor,
  ROLES,
  screenshot,
  settle,
  signInAs,
  slug,
  startedApp,
  trackConsoleErrors,
  THEMES,
  visit,
} from './harness';

const e2e = startedApp();

/** Every workspace in the nav, plus the first audit, action, cycle and moderation linked. */
async function routesOf(page: Page): Promise<string[]> {
  const nav = await page
    .getByRole('navigation', { name: 'Workspaces' })
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? '#/'));
  const details: string[] = [];
  for (const route of nav) {
    if (details.length >= 4) break;
    await visit(page, route);
    const hrefs = await page
      .locator(
        'main a[href^="#/audits/"], main a[href^="#/actions/"], main a[href^="#/cycles/"], main a[href^="#/moderation/"]',
      )
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    for (const href of hrefs)
      if (!details.some((d) => d.split('/')[1] === href.split('/')[1])) details.push(href);
  }
  return [...nav, ...details];
}

describe('accessibility of every page, in every theme', () => {
  it.each(THEMES)(
    'the sign-in page has no violations (%s)',
    async (theme) => {
      const { context, page } = await openPage(e2e.app, `?theme=${theme}`);
      await page.getByRole('heading', { name: /Sign in to Audit Loop/ }).waitFor();
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
      if (theme === 'light') await screenshot(page, 'sign-in');
      await context.close();
    },
    60_000,
  );

  it.each(ROLES)(
    'every page of the %s has no violations and no console error in light, dark and high contrast',
    async (role) => {
      const person = await personFor(e2e.app, e2e.staff, role);
      const found: string[] = [];
      for (const theme of THEMES) {
        const { context, page } = await openPage(e2e.app, `?theme=${theme}`);
        trackConsoleErrors(page, `${role} (${theme})`, found);
        await signInAs(page, person.displayName);
        for (const route of await routesOf(page)) {
          await visit(page, route);
          for (const v of await axeViolations(page)) found.push(`${theme} ${route}: ${v}`);
          if (theme === 'light') await screenshot(page, `${role.toLowerCase()}-${slug(route)}`);
          else if (route === '#/') await screenshot(page, `${role.toLowerCase()}-home-${theme}`);
        }
        await context.close();
      }
      expect(found).toEqual([]);
    },
    // The QA lead has the most pages (a dozen workspaces and their details, in three themes).
    600_000,
  );
});
