/**
 * The findings report in the tab (issue 14), in Chromium: the QA lead opens it on the newest
 * cycle and reads the same figures the API gives (the tables the documents print), filters by
 * service and team; a head of service sees their own service only. axe-clean in light, dark and
 * high contrast, nothing off the side at 375 px, no console error.
 */
import { describe, expect, it } from 'vitest';
import type { FindingsReportResponse } from '../../src/contract/dashboard';
import type { CycleListResponse } from '../../src/contract/cycles';
import type { MeResponse } from '../../src/contract/identity';
import { shareText } from '../../src/domain/reports/share';
import {
  axeViolations,
  openPage,
  personFor,
  screenshot,
  settle,
  signInAs,
  startedApp,
  THEMES,
  trackConsoleErrors,
  visit,
} from './harness';
import { layoutProblems } from './layout';

const started = startedApp();

const newestCycle = async (staffId: string) => {
  const cycles = await started.app.api<CycleListResponse>(staffId, 'GET', '/api/cycles');
  const cycle = cycles.items.find((c) => c.record.state !== 'Planned');
  if (cycle === undefined) throw new Error('no allocated cycle in the demo data');
  return cycle.record;
};

describe('the findings report page', () => {
  it('shows the API’s figures, filters by service and team, and passes axe in every theme', async () => {
    const { app, staff } = started;
    const qa = await personFor(app, staff, 'QALead');
    const cycle = await newestCycle(qa.id);
    const all = await app.api<FindingsReportResponse>(
      qa.id,
      'GET',
      `/api/reports/findings/${cycle.id}`,
    );
    const found: string[] = [];
    const errors: string[] = [];
    for (const theme of THEMES) {
      const { context, page } = await openPage(app, `?theme=${theme}`);
      trackConsoleErrors(page, `QA lead (${theme})`, errors);
      await signInAs(page, qa.displayName);
      await page
        .getByRole('navigation', { name: 'Workspaces' })
        .getByRole('link', { name: 'Findings reports' })
        .click();
      await settle(page);
      await page.getByRole('heading', { name: cycle.name, level: 2 }).waitFor();
      const tile = page.getByRole('definition').filter({
        hasText: shareText(all.figures.grades.goodOrBetter),
      });
      expect(await tile.count()).toBeGreaterThan(0);
      await page.getByRole('table', { name: 'The six areas, strongest first' }).waitFor();
      for (const v of await axeViolations(page)) found.push(`${theme}: ${v}`);
      if (theme === 'light') {
        await screenshot(page, 'qalead-findings');
        const service = all.figures.byService[0]?.key ?? '';
        const one = await app.api<FindingsReportResponse>(
          qa.id,
          'GET',
          `/api/reports/findings/${cycle.id}?serviceAreaId=${service}`,
        );
        await page.getByRole('combobox', { name: 'Service' }).selectOption(service);
        await settle(page);
        const allocated = page
          .getByRole('definition')
          .filter({ hasText: String(one.figures.completion.allocated) });
        expect(await allocated.count()).toBeGreaterThan(0);
        const team = await page
          .getByRole('combobox', { name: 'Team' })
          .locator('option')
          .nth(1)
          .getAttribute('value');
        await page.getByRole('combobox', { name: 'Team' }).selectOption(team ?? '');
        await settle(page);
        await page.getByRole('table', { name: 'Grades by team' }).waitFor();
        for (const v of await axeViolations(page)) found.push(`${theme} filtered: ${v}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it('fits 375 px, and gives a head of service their own service only', async () => {
    const { app, staff } = started;
    const hos = await personFor(app, staff, 'HeadOfService');
    const me = await app.api<MeResponse>(hos.id, 'GET', '/api/me');
    const errors: string[] = [];
    const context = await app.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    trackConsoleErrors(page, 'head of service (375 px)', errors);
    await page.goto(app.url);
    await signInAs(page, hos.displayName);
    await visit(page, '#/reports');
    await page.getByRole('table', { name: 'Grades by service' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Service' }).count()).toBe(0);
    const services = await page
      .getByRole('table', { name: 'Grades by service' })
      .locator('tbody th')
      .allTextContents();
    expect(services.every((s) => s === me.serviceAreaName || s === 'None in this period.')).toBe(
      true,
    );
    expect(await layoutProblems(page)).toEqual([]);
    for (const v of await axeViolations(page)) errors.push(`375: ${v}`);
    await screenshot(page, 'hos-findings-375');
    await page.getByRole('link', { name: /^The year's figures/ }).click();
    await settle(page);
    await page.getByRole('heading', { name: /^April \d{4} to March \d{4}$/, level: 2 }).waitFor();
    await page.getByRole('table', { name: 'Trend over cycles' }).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    for (const v of await axeViolations(page)) errors.push(`375 annual: ${v}`);
    await screenshot(page, 'hos-annual-375');
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets the QA lead make the findings report, the trackers and the briefing, and download them', async () => {
    const { app, staff } = started;
    const qa = await personFor(app, staff, 'QALead');
    const cycle = await newestCycle(qa.id);
    const found: string[] = [];
    const errors: string[] = [];
    const { context, page } = await openPage(app);
    trackConsoleErrors(page, 'QA lead', errors);
    await signInAs(page, qa.displayName);
    await visit(page, `#/reports/${cycle.id}`);
    const form = page.getByRole('form', { name: 'Make the documents' });
    await form.getByRole('textbox', { name: /^Your narrative/ }).fill('Plans were clearer.');
    await form.getByRole('button', { name: 'Make the findings report' }).click();
    await page
      .getByText(/The findings report saved in the document library as version 1\.0\./)
      .waitFor();
    await form.getByRole('button', { name: 'Make each service’s trackers' }).click();
    await page.getByText(/Trackers saved for \d+ services\./).waitFor();
    await settle(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Findings report.docx' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Findings report.docx');
    for (const v of await axeViolations(page)) found.push(`documents: ${v}`);
    await screenshot(page, 'qalead-findings-documents');

    await form.getByRole('link', { name: 'Edit the seven-minute briefing' }).click();
    await settle(page);
    const briefing = page.getByRole('form', { name: "The briefing's key messages" });
    await briefing.getByRole('textbox', { name: /^Background/ }).fill('Our own opening line.');
    await briefing.getByRole('button', { name: 'Save and make the briefing' }).click();
    await page
      .getByText(/The briefing is saved in the document library as version 1\.0\./)
      .waitFor();
    await settle(page);
    expect(await briefing.getByRole('textbox', { name: /^Background/ }).inputValue()).toBe(
      'Our own opening line.',
    );
    for (const v of await axeViolations(page)) found.push(`briefing: ${v}`);
    await screenshot(page, 'qalead-briefing');
    await context.close();
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
