/**
 * The QA schedule in the tab (issue 13, section 6): the QA lead opens an activity, records its
 * occurrence done with what came of it, sees it moved on and listed, and names its owner; the
 * page passes axe, with no console error.
 */
import { describe, expect, it } from 'vitest';
import type { ScheduleResponse } from '../../src/contract/registers';
import {
  axeViolations,
  openPage,
  screenshot,
  settle,
  signInAs,
  startedApp,
  trackConsoleErrors,
  visit,
} from './harness';

const e2e = startedApp();

describe('the QA schedule', () => {
  it('the QA lead records an occurrence and names an owner', async () => {
    const qa = e2e.staff.find((s) => s.role === 'QALead');
    const hos = e2e.staff.find((s) => s.role === 'HeadOfService');
    if (qa === undefined || hos === undefined) throw new Error('no QA lead or head of service');
    const errors: string[] = [];
    const { context, page } = await openPage(e2e.app);
    trackConsoleErrors(page, 'QA lead', errors);
    await signInAs(page, qa.displayName);
    await visit(page, '#/schedule');
    await page
      .getByRole('grid', { name: 'QA schedule' })
      .getByRole('link', { name: 'Findings report' })
      .click();
    await settle(page);
    const record = page.getByRole('form', { name: 'Record this occurrence' });
    await record.getByRole('button', { name: 'Record' }).click();
    await record.getByText('Say what came of it.').waitFor();
    await record
      .getByRole('textbox', { name: /^What came of it/ })
      .fill('Eight audits sampled; findings shared with the service.');
    await record.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Recorded. The activity has moved on to its next due date.').waitFor();
    await page
      .getByRole('grid', { name: 'Occurrences recorded' })
      .getByText('Eight audits sampled; findings shared with the service.')
      .waitFor();

    const edit = page.getByRole('form', { name: 'Edit this activity' });
    await edit
      .getByRole('combobox', { name: /^Who does it/ })
      .selectOption({ label: 'Head of service' });
    await edit
      .getByRole('combobox', { name: /^Named owner/ })
      .selectOption({ label: hos.displayName });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'qa-lead-schedule-activity');

    const { items } = await e2e.app.api<ScheduleResponse>(qa.id, 'GET', '/api/schedule');
    const report = items.find((a) => a.record.activity === 'FindingsReport');
    expect(report?.record).toMatchObject({ ownerRole: 'HeadOfService', ownerId: hos.id });
    expect(report?.record.history.at(-1)).toMatchObject({ outcome: 'Done', byId: qa.id });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
