/**
 * The QA lead's year, in real Chromium: generate the year of six-weekly cycles, preview the
 * first cycle's allocation with its figures explained, commit, re-run the kept draw and see it
 * match, and close the cycle early with a reason; a later planned cycle's dates and timescales
 * are edited, with the tab's own checks first. Every page is axe clean.
 */
import { describe, expect, it } from 'vitest';
import type { CycleListResponse } from '../../src/contract/cycles';
import { axeViolations, openPage, screenshot, signInAs, startedApp, visit } from './harness';

const e2e = startedApp();

describe('the QA lead plans and runs a year of cycles', () => {
  it('generates the year, allocates with the figures explained, replays the draw and closes a cycle', async () => {
    const qa = e2e.staff.find((s) => s.role === 'QALead');
    if (qa === undefined) throw new Error('no QA lead');
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, qa.displayName);
    await visit(page, '#/cycles');

    const year = page.getByRole('region', { name: 'Generate the year' });
    await year.getByLabel(/^First cycle starts/).fill('2031-01-06');
    await year.getByRole('button', { name: 'Generate the year' }).click();
    await page.getByText('9 six-weekly cycles planned, from 2031-01-06 to 2032-01-18.').waitFor();
    const first = 'Case file audit, 6 Jan 2031 to 16 Feb 2031';
    await page.getByRole('link', { name: first }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'qa-lead-year-generated');
    const cycles = await e2e.app.api<CycleListResponse>(qa.id, 'GET', '/api/cycles');
    expect(cycles.items.filter((c) => c.record.id.startsWith('CYC-2031-'))).toHaveLength(9);

    // A planned cycle's dates and timescales are the QA lead's to change until allocation.
    await visit(page, '#/cycles/CYC-2031-02-17');
    const edit = page.getByRole('form', { name: 'Dates and timescales' });
    await edit.getByLabel(/^Last day/).fill('2031-02-01');
    await edit.getByLabel(/^Days to complete the audit/).fill('0');
    await edit.getByRole('button', { name: 'Save dates and timescales' }).click();
    await edit.getByText('The last day cannot be before the first').waitFor();
    await edit.getByText('Enter a whole number of days, from 1 to 365').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByLabel(/^Last day/).fill('2031-03-30');
    await edit.getByLabel(/^Days to complete the audit/).fill('15');
    await edit.getByRole('button', { name: 'Save dates and timescales' }).click();
    await page
      .getByText(/^Saved: the cycle runs from 17 Feb(ruary)? 2031 to 30 Mar(ch)? 2031\./)
      .waitFor();
    const moved = await e2e.app.api<CycleListResponse>(qa.id, 'GET', '/api/cycles');
    expect(moved.items.find((c) => c.record.id === 'CYC-2031-02-17')?.record).toMatchObject({
      endDate: '2031-03-30',
      timescales: { auditDays: 15 },
    });

    await visit(page, '#/cycles/CYC-2031-01-06');
    await page.getByRole('button', { name: 'Preview allocation' }).click();
    await page.getByText(/^You asked for 100% moderated; every one of the \d+ audits/).waitFor();
    await page
      .getByRole('gridcell', { name: /Every audit is moderated\./ })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'qa-lead-preview-explained');
    await page.getByRole('button', { name: 'Commit allocation' }).click();
    await page.getByText(/Allocation committed: \d+ audits created/).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Re-run this draw' }).click();
    await page.getByText(/^The draw replays to the same \d+ allocations/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'qa-lead-draw-replayed');

    const close = page.getByRole('region', { name: 'Close this cycle' });
    await close.getByRole('button', { name: 'Close this cycle' }).click();
    await close.getByText(/Say why the cycle closes with \d+ audits still open/).waitFor();
    await close
      .getByRole('textbox', { name: /Why close with audits open/ })
      .fill('Moved to the next cycle: the service restructure paused audits.');
    await close.getByRole('button', { name: 'Close this cycle' }).click();
    await page.getByText(/^Cycle closed\. Grades at the end of the cycle/).waitFor();
    await page
      .getByText(/Still open: /)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'qa-lead-cycle-closed');
    const after = await e2e.app.api<CycleListResponse>(qa.id, 'GET', '/api/cycles');
    expect(after.items.find((c) => c.record.id === 'CYC-2031-01-06')?.record).toMatchObject({
      state: 'Closed',
      closure: { reason: 'Moved to the next cycle: the service restructure paused audits.' },
    });
    await context.close();
  }, 180_000);
});
