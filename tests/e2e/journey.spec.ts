/**
 * One audit from allocation to closure, every role in turn, in real Chromium (issue 12, "Done
 * means"): the QA lead plans a cycle and commits its allocation; the auditor finds the audit,
 * starts it, grades it Inadequate and sets an action; the head of service acknowledges the
 * alert; the moderator disagrees; the auditor proposes a date to talk and the moderator records
 * the learning conversation; the practitioner completes the action; their team manager reviews
 * it in supervision; the QA lead verifies it; the head of service approves its closure and the
 * audit closes; the practitioner and the director read what stands. No page logs a console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDetailResponse, AuditDto, AuditListResponse } from '../../src/contract/audits';
import type { CycleListResponse } from '../../src/contract/cycles';
import type { StaffResponse } from '../../src/contract/organisation';
import type { App, StaffEntry } from './harness';
import {
  fillAreas,
  allStaff,
  openPage,
  screenshot,
  settle,
  signInAs,
  startApp,
  trackConsoleErrors,
  visit,
} from './harness';

let app: App;
let staff: StaffEntry[];
let qaLead: StaffEntry;
const errors: string[] = [];
const person = (id: string): StaffEntry => {
  const found = staff.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no staff member ${id}`);
  return found;
};

beforeAll(async () => {
  app = await startApp();
  staff = await allStaff(app);
  const qa = staff.find((s) => s.role === 'QALead');
  if (qa === undefined) throw new Error('no QA lead');
  qaLead = qa;
}, 120_000);
afterAll(async () => {
  await app.close();
});

/** Signs in as the person in a fresh context, runs the step, and closes it. */
async function as(who: StaffEntry, step: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await openPage(app);
  trackConsoleErrors(page, `${who.role} ${who.displayName}`, errors);
  await signInAs(page, who.displayName);
  await step(page);
  await context.close();
}

const detailOf = (auditId: string) =>
  app.api<AuditDetailResponse>(qaLead.id, 'GET', `/api/audits/${auditId}`);

const journey: { cycleId?: string; audit?: AuditDto; actionId?: string } = {};
const theAudit = (): AuditDto => {
  if (journey.audit === undefined) throw new Error('no audit allocated yet');
  return journey.audit;
};

describe('one audit from allocation to closure, by every role', () => {
  it('the QA lead plans a cycle and commits its allocation', async () => {
    await as(qaLead, async (page) => {
      await visit(page, '#/cycles');
      const form = page.getByRole('region', { name: 'Plan a cycle' });
      await form.getByRole('textbox', { name: /^Name/ }).fill('Journey cycle');
      await form.getByLabel(/^Starts/).fill('2027-01-13');
      await form.getByLabel(/^Ends/).fill('2027-02-23');
      await form.getByRole('button', { name: 'Plan cycle' }).click();
      await page.getByRole('link', { name: 'Journey cycle' }).click();
      await settle(page);
      await page.getByRole('button', { name: 'Preview allocation' }).click();
      await page.getByText(/Nothing is saved until you commit/).waitFor();
      await page.getByRole('button', { name: 'Commit allocation' }).click();
      await page.getByText(/Allocation committed: \d+ audits created/).waitFor({ timeout: 60_000 });
      await screenshot(page, 'journey-1-allocation-committed');
    });
    const cycles = await app.api<CycleListResponse>(qaLead.id, 'GET', '/api/cycles');
    journey.cycleId = cycles.items.find((c) => c.record.name === 'Journey cycle')?.record.id;
    const audits = await app.api<AuditListResponse>(
      qaLead.id,
      'GET',
      `/api/audits?scope=all&cycleId=${journey.cycleId ?? ''}`,
    );
    journey.audit = audits.items.find((a) => a.record.state === 'Allocated');
    expect(journey.audit).toBeDefined();
  }, 180_000);

  it('the auditor starts the audit, grades it Inadequate and sets an action', async () => {
    const { record } = theAudit();
    await as(person(record.auditorId), async (page) => {
      await visit(page, '#/audits');
      await page.getByRole('link', { name: record.caseNumber, exact: true }).click();
      await settle(page);
      await page.getByRole('button', { name: 'Start the audit' }).click();
      const form = page.getByRole('form', { name: 'Audit form' });
      await fillAreas(form, 'Requires improvement to be good');
      const overall = form.getByRole('group', { name: 'Overall grade' });
      await overall.getByRole('radio', { name: 'Inadequate' }).check();
      await overall
        .getByRole('textbox', { name: /^Rationale/ })
        .fill('Risk is not analysed and the plan has drifted.');
      await form.getByRole('button', { name: 'Add an action' }).click();
      await form.getByRole('textbox', { name: /^Action 1/ }).fill('Update the risk analysis.');
      await form.getByRole('button', { name: 'Save draft' }).click();
      await form.getByText(/Draft saved at/).waitFor();
      await form.getByRole('button', { name: 'Submit audit' }).click();
      await page.getByRole('heading', { name: 'Actions' }).waitFor();
      await screenshot(page, 'journey-2-audit-submitted');
    });
    const after = await detailOf(record.id);
    expect(after.audit.record.overallGrade).toBe('Inadequate');
    expect(after.audit.record.moderatorId).not.toBeNull();
    expect(after.actions).toHaveLength(1);
    journey.audit = after.audit;
    journey.actionId = after.actions[0]?.record.id;
  }, 180_000);

  it('the head of service acknowledges the Inadequate alert, and it leaves their home page', async () => {
    const { record } = theAudit();
    const { items } = await app.api<StaffResponse>(qaLead.id, 'GET', '/api/staff');
    const hos = items.find(
      (s) => s.role === 'HeadOfService' && s.serviceAreaId === record.serviceAreaId,
    );
    if (hos === undefined) throw new Error('no head of service for the case');
    await as(person(hos.id), async (page) => {
      const alerts = page.getByRole('region', { name: 'Inadequate alerts needing attention' });
      await alerts.getByRole('link', { name: `Case ${record.caseNumber}` }).click();
      await settle(page);
      await page.getByRole('button', { name: 'Acknowledge the Inadequate alert' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Acknowledge the Inadequate alert' }).count())
        .toBe(0);
      await visit(page, '#/');
      expect(await alerts.getByRole('link', { name: `Case ${record.caseNumber}` }).count()).toBe(0);
      await screenshot(page, 'journey-3-alert-acknowledged');
    });
  }, 120_000);

  it('the moderator disagrees, with a moderated grade and reasons', async () => {
    const { record } = theAudit();
    await as(person(record.moderatorId ?? ''), async (page) => {
      await visit(page, '#/moderation');
      await page
        .getByRole('link', { name: `Moderate case ${record.caseNumber}`, exact: true })
        .click();
      await settle(page);
      const form = page.getByRole('form', { name: 'Moderation' });
      await form.getByRole('radio', { name: 'I disagree with the grade' }).check();
      await form.getByRole('radio', { name: 'Requires improvement to be good' }).check();
      await form
        .getByRole('textbox', { name: /^Reasons/ })
        .fill('Risk is analysed in the strategy discussion; the plan needs pace.');
      await form.getByRole('button', { name: 'Record moderation' }).click();
      await page.getByText('This audit is not awaiting your moderation.').waitFor();
      await screenshot(page, 'journey-4-moderator-disagreed');
    });
    expect((await detailOf(record.id)).moderation?.record.state).toBe('Disagreed');
  }, 120_000);

  it('the auditor proposes a date to talk and shares the grade; the moderator sees the date', async () => {
    const { record } = theAudit();
    await as(person(record.auditorId), async (page) => {
      await visit(page, `#/audits/${record.id}`);
      await page.getByLabel('Or propose a date for the learning conversation').fill('2027-01-20');
      await page.getByRole('button', { name: 'Propose this date' }).click();
      await page.getByText(/Learning conversation proposed for/).waitFor();
      await page.getByRole('button', { name: 'Share the grade with the worker' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Share the grade with the worker' }).count())
        .toBe(0);
    });
    await as(person(record.moderatorId ?? ''), async (page) => {
      await visit(page, `#/audits/${record.id}`);
      await page.getByText(/Learning conversation proposed for 20 Jan(uary)? 2027/).waitFor();
      await page
        .getByRole('textbox', { name: /^Notes of the learning conversation/ })
        .fill('Agreed Requires improvement: the plan will be reviewed weekly.');
      await page.getByRole('button', { name: 'Resolve the disagreement' }).click();
      await page.getByText(/^Learning conversation: Agreed Requires improvement/).waitFor();
      await screenshot(page, 'journey-5-disagreement-resolved');
    });
    expect((await detailOf(record.id)).moderation?.record.state).toBe('Resolved');
  }, 120_000);

  it('the practitioner completes the action with evidence', async () => {
    const actionId = journey.actionId ?? '';
    const { actions } = await detailOf(theAudit().record.id);
    const action = actions.find((a) => a.record.id === actionId);
    if (action === undefined) throw new Error('the action has gone');
    await as(person(action.record.ownerId), async (page) => {
      await visit(page, '#/actions?scope=mine');
      await page.getByRole('link', { name: 'Update the risk analysis.' }).click();
      await settle(page);
      await page.getByRole('textbox', { name: /^Progress/ }).fill('Risk analysis drafted.');
      await page.getByRole('button', { name: 'Add progress' }).click();
      await page.getByText('Progress added.').waitFor();
      await page
        .getByRole('textbox', { name: /^Evidence that the action is complete/ })
        .fill('Risk analysis on file, dated today.');
      await page.getByRole('button', { name: 'Complete with this evidence' }).click();
      await page.getByText(/Completed\. The QA lead will verify it/).waitFor();
      await screenshot(page, 'journey-6-action-completed');
    });
  }, 120_000);

  it("the case's team manager reviews it in supervision, and the QA lead verifies it", async () => {
    const { record } = theAudit();
    const actionId = journey.actionId ?? '';
    await as(person(record.teamManagerId), async (page) => {
      await visit(page, `#/actions/${actionId}`);
      await page.getByLabel(/^Date of the supervision/).fill('2026-12-01');
      await page.getByRole('textbox', { name: /^Supervision note/ }).fill('Reviewed.');
      await page.getByRole('button', { name: 'Mark reviewed in supervision' }).click();
      await page.getByText('Marked reviewed in supervision.').waitFor();
    });
    await as(qaLead, async (page) => {
      await visit(page, `#/actions/${actionId}`);
      await page.getByRole('button', { name: 'Verify the action' }).click();
      await page.getByText('Verified.').waitFor();
      await screenshot(page, 'journey-7-action-verified');
    });
  }, 120_000);

  it('the head of service approves the closure, and the audit closes', async () => {
    const { record } = theAudit();
    const { items } = await app.api<StaffResponse>(qaLead.id, 'GET', '/api/staff');
    const hos = items.find(
      (s) => s.role === 'HeadOfService' && s.serviceAreaId === record.serviceAreaId,
    );
    await as(person(hos?.id ?? ''), async (page) => {
      await visit(page, '#/service');
      await page.getByRole('button', { name: `Approve closure of ${record.caseNumber}` }).click();
      await page.getByText('Closure approved. The action is closed.').waitFor();
      await screenshot(page, 'journey-8-closure-approved');
    });
    expect((await detailOf(record.id)).audit.record.state).toBe('Closed');
  }, 120_000);

  it('the practitioner sees the grade that stands, and senior leaders read the dashboard', async () => {
    const { record } = theAudit();
    await as(person(record.workerId), async (page) => {
      await visit(page, `#/audits/${record.id}`);
      // The grade that stands is the moderated one; the auditor's is beside it.
      await page.getByText('Requires improvement to be good').first().waitFor();
      await page.getByText('Inadequate').first().waitFor();
      await screenshot(page, 'journey-9-practitioner-audit');
    });
    for (const role of ['AssistantDirector', 'Director']) {
      const leader = staff.find((s) => s.role === role);
      if (leader === undefined) throw new Error(`no ${role}`);
      await as(leader, async (page) => {
        await visit(page, '#/dashboard');
        await page.getByText('Moderation agreement').waitFor();
        await screenshot(page, `journey-10-${role.toLowerCase()}-dashboard`);
      });
    }
  }, 120_000);

  it('no page logged a console error on the way', () => {
    expect(errors).toEqual([]);
  });
});
