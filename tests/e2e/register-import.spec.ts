/**
 * The QA lead imports the open-case register (issue 13) in real Chromium: chooses a synthetic
 * export, sees the dropped columns named and the bad row with its line, column and reason,
 * is warned that most of the register would close and confirms it, imports the valid rows and
 * skips the bad one, and follows the progress until done. axe-clean
 * in every theme, and usable at 375 px.
 */
import { describe, expect, it } from 'vitest';
import type { OrganisationResponse } from '../../src/contract/organisation';
import type { StaffEntry } from './harness';
import {
  axeViolations,
  openPage,
  screenshot,
  settle,
  signInAs,
  startedApp,
  visit,
} from './harness';

const e2e = startedApp();

/** Three good rows and one for a team that does not exist; placeholders where a child would be. */
async function syntheticExport(qa: StaffEntry): Promise<string> {
  const { teams } = await e2e.app.api<OrganisationResponse>(qa.id, 'GET', '/api/organisation');
  const team = teams.at(0);
  const worker = e2e.staff.find((s) => s.role === 'Practitioner');
  if (team === undefined || worker === undefined) throw new Error('no team or practitioner');
  return [
    'Case Reference,Forename,Surname,Date of Birth,Team,Allocated Worker ID,Legal Status,Start Date',
    `CF-E2E-101,Name-0001,Surname-0001,1900-01-01,${team.name},${worker.id},CIN,01/04/2024`,
    `CF-E2E-102,Name-0002,Surname-0002,1900-01-02,${team.name},${worker.id},CP Plan,02/04/2024`,
    `CF-E2E-103,Name-0003,Surname-0003,1900-01-03,${team.name},${worker.id},CLA,03/04/2024`,
    `CF-E2E-104,Name-0004,Surname-0004,1900-01-04,No such team,${worker.id},CIN,04/04/2024`,
  ].join('\r\n');
}

describe('the case register import', () => {
  it('previews, names the dropped columns and the bad row, imports the valid rows and says done', async () => {
    const qa = e2e.staff.find((s) => s.role === 'QALead');
    if (qa === undefined) throw new Error('no QA lead');
    const csv = await syntheticExport(qa);
    const found: string[] = [];
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const { context, page } = await openPage(e2e.app, `?theme=${theme}`);
      await signInAs(page, qa.displayName);
      await page
        .getByRole('navigation', { name: 'Workspaces' })
        .getByRole('link', { name: 'Case register' })
        .click();
      await page.getByRole('heading', { name: 'Case register', level: 1 }).waitFor();
      await settle(page);
      await page.getByLabel('Export file (.csv or .xlsx)').setInputFiles({
        name: 'open-cases.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByRole('button', { name: 'Preview the import' }).click();
      await page.getByRole('heading', { name: 'Preview' }).waitFor();
      await settle(page);
      await page.getByText('Forename, Surname, Date of Birth').waitFor();
      const errors = page
        .getByRole('grid', { name: 'Rows with errors' })
        .or(page.getByRole('table', { name: 'Rows with errors' }));
      await errors
        .getByText('No team on the Teams list is called "No such team" or has that code.')
        .waitFor();
      expect(await errors.getByText('5', { exact: true }).count()).toBeGreaterThan(0);
      for (const v of await axeViolations(page)) found.push(`${theme} preview: ${v}`);
      if (theme === 'light') await screenshot(page, 'qalead-register-preview');
      expect(await page.getByText('Name-0001').count()).toBe(0);
      await context.close();
    }

    const { context, page } = await openPage(e2e.app);
    await signInAs(page, qa.displayName);
    await visit(page, '#/register');
    await page.getByLabel('Export file (.csv or .xlsx)').setInputFiles({
      name: 'open-cases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    const accept = page.getByRole('button', {
      name: 'Import the 3 valid rows and skip the 1 with errors',
    });
    // Four rows against the demo's whole register: most of it would close, so it is warned of
    // and goes ahead only once those closures are confirmed.
    await page.getByText(/^This file would close [\d,]+ of the [\d,]+ open cases/).waitFor();
    expect(await accept.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /^I have checked the export: close these/ }).check();
    await accept.click();
    await page
      .getByText(/Import done: 3 cases added, 0 updated, \d+ closed, 1 rows skipped\./)
      .waitFor({ timeout: 60_000 });
    await settle(page);
    expect(await page.getByRole('progressbar', { name: 'Cases written' }).count()).toBe(0);
    for (const v of await axeViolations(page)) found.push(`light done: ${v}`);
    await screenshot(page, 'qalead-register-done');
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);

  it('works by keyboard at 375 px', async () => {
    const qa = e2e.staff.find((s) => s.role === 'QALead');
    if (qa === undefined) throw new Error('no QA lead');
    const context = await e2e.app.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(e2e.app.url);
    await signInAs(page, qa.displayName);
    await visit(page, '#/register');
    const input = page.getByLabel('Export file (.csv or .xlsx)');
    await input.setInputFiles({
      name: 'open-cases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Case Reference,Team\r\n', 'utf8'),
    });
    await input.focus();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Preview the import',
    );
    // Nothing on the page runs off a phone's screen (the shell's header is the shell's own).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName} ${el.textContent.slice(0, 40)}`),
    );
    expect(wide).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'qalead-register-375');
    await context.close();
  }, 120_000);
});
