/**
 * Each role signs in through the local sign-in page and does their main task in the tab, in
 * real Chromium, against the whole service with small demo data. The tasks chain: the audit
 * the team manager submits gives the practitioner an action, which the QA lead verifies and
 * the head of service approves.
 */
import { describe, expect, it } from 'vitest';
import type { AuditDetailResponse, AuditListResponse } from '../../src/contract/audits';
import type { ActionDetailResponse } from '../../src/contract/actions';
import type { CycleListResponse } from '../../src/contract/cycles';
import type { MeResponse } from '../../src/contract/identity';
import type { StaffResponse } from '../../src/contract/organisation';
import type { ObservationListResponse } from '../../src/contract/registers';
import type { StaffEntry } from './harness';
import { fillAreas, openPage, screenshot, settle, signInAs, startedApp, visit } from './harness';

const e2e = startedApp();
const byRole = (role: string) => e2e.staff.filter((s) => s.role === role);
const nameOf = (id: string) => e2e.staff.find((s) => s.id === id)?.displayName ?? id;
const shared: { auditId?: string; actionId?: string } = {};

/** The first team manager with an audit they may fill in. */
async function anAuditToComplete(): Promise<{
  tm: StaffEntry;
  audit: AuditListResponse['items'][number];
}> {
  for (const tm of byRole('TeamManager')) {
    const list = await e2e.app.api<AuditListResponse>(
      tm.id,
      'GET',
      '/api/audits?scope=allocatedToMe',
    );
    const audit = list.items.find(
      (a) => a.allowed.includes('submitAudit') || a.allowed.includes('saveDraft'),
    );
    if (audit !== undefined) return { tm, audit };
  }
  throw new Error('The small demo data has no audit a team manager can complete');
}

describe('each role completes their main task', () => {
  it('a team manager completes and submits the audit form', async () => {
    const { tm, audit } = await anAuditToComplete();
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, tm.displayName);
    await visit(page, `#/audits/${audit.record.id}`);
    const form = page.getByRole('form', { name: 'Audit form' });
    await fillAreas(form, 'Good');
    const overall = form.getByRole('group', { name: 'Overall grade' });
    await overall.getByRole('radio', { name: 'Inadequate' }).check();
    await expect
      .poll(() => form.getByText('An Inadequate grade raises an immediate alert').isVisible())
      .toBe(true);
    expect(await form.getByText(/will be alerted straight away/).textContent()).toContain(
      nameOf(audit.record.teamManagerId),
    );
    await overall.getByRole('radio', { name: 'Requires improvement to be good' }).check();
    await overall
      .getByRole('textbox', { name: /^Rationale/ })
      .fill('Impact for the child is not yet evident.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await form.getByText(/Draft saved at/).waitFor();
    await form.getByRole('button', { name: 'Add an action' }).click();
    await form
      .getByRole('textbox', { name: /^Action 1/ })
      .fill('Update the chronology with the last three months.');
    await form.getByRole('button', { name: 'Submit audit' }).click();
    await page.getByRole('heading', { name: 'Actions' }).waitFor();
    await screenshot(page, 'team-manager-audit-submitted');
    const detail = await e2e.app.api<AuditDetailResponse>(
      tm.id,
      'GET',
      `/api/audits/${audit.record.id}`,
    );
    expect(['Submitted', 'ActionsOpen']).toContain(detail.audit.record.state);
    expect(detail.actions).toHaveLength(1);
    shared.auditId = audit.record.id;
    shared.actionId = detail.actions[0]?.record.id;
    await context.close();
  }, 120_000);

  it('the practitioner adds progress and evidence to their action', async () => {
    const actionId = shared.actionId ?? '';
    const qa = byRole('QALead').at(0);
    if (qa === undefined) throw new Error('no QA lead');
    const { action } = await e2e.app.api<ActionDetailResponse>(
      qa.id,
      'GET',
      `/api/actions/${actionId}`,
    );
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, nameOf(action.record.ownerId));
    await visit(page, '#/actions?scope=mine');
    await page.getByRole('link', { name: action.record.description }).click();
    await settle(page);
    await page
      .getByRole('textbox', { name: /^Progress/ })
      .fill('Chronology updated to the end of last month.');
    await page.getByRole('button', { name: 'Add progress' }).click();
    await page.getByText('Progress added.').waitFor();
    await page
      .getByRole('textbox', { name: /^Evidence that the action is complete/ })
      .fill('Chronology complete: see case note of today.');
    await page.getByRole('button', { name: 'Complete with this evidence' }).click();
    await page.getByText(/Completed\. The QA lead will verify it/).waitFor();
    await screenshot(page, 'practitioner-action');
    const after = await e2e.app.api<ActionDetailResponse>(qa.id, 'GET', `/api/actions/${actionId}`);
    expect(after.action.record.state).toBe('Completed');
    expect(after.action.record.progress).toHaveLength(1);
    await context.close();
  }, 90_000);

  it('a moderator disagrees with the grade, giving a moderated grade and reasons', async () => {
    const moderators = [
      ...byRole('PrincipalSocialWorker'),
      ...byRole('HeadOfService'),
      ...byRole('QALead'),
    ];
    let found:
      { who: StaffEntry; auditId: string; caseNumber: string; grade: string | null } | undefined;
    for (const who of moderators) {
      const queue = await e2e.app.api<AuditListResponse>(who.id, 'GET', '/api/moderation/queue');
      const audit = queue.items.find((a) => a.allowed.includes('moderate'));
      if (audit !== undefined) {
        const { id: auditId, caseNumber, overallGrade: grade } = audit.record;
        found = { who, auditId, caseNumber, grade };
        break;
      }
    }
    if (found === undefined) throw new Error('nothing awaits moderation in the small demo data');
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, found.who.displayName);
    await visit(page, '#/moderation');
    // The queue also lists disagreements awaiting their learning conversation: open this one.
    await page
      .getByRole('link', { name: `Moderate case ${found.caseNumber}`, exact: true })
      .click();
    await settle(page);
    const form = page.getByRole('form', { name: 'Moderation' });
    await form.getByRole('radio', { name: 'I disagree with the grade' }).check();
    const other =
      ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'].find(
        (g) => g !== found.grade,
      ) ?? 'Good';
    await form.getByRole('radio', { name: other, exact: true }).check();
    await form
      .getByRole('textbox', { name: /^Reasons/ })
      .fill('The plan does not show impact for the child yet.');
    await form.getByRole('button', { name: 'Record moderation' }).click();
    await page.getByText('This audit is not awaiting your moderation.').waitFor();
    await screenshot(page, 'moderator-disagreed');
    const detail = await e2e.app.api<AuditDetailResponse>(
      found.who.id,
      'GET',
      `/api/audits/${found.auditId}`,
    );
    expect(detail.moderation?.record.state).toBe('Disagreed');
    expect(detail.moderation?.record.moderatedGrade).toBe(other);
    await context.close();
  }, 90_000);

  it('the head of service approves a closure', async () => {
    const actionId = shared.actionId ?? '';
    const qa = byRole('QALead').at(0);
    const hos = byRole('HeadOfService').at(0);
    if (qa === undefined || hos === undefined) throw new Error('no QA lead or head of service');
    const { action } = await e2e.app.api<ActionDetailResponse>(
      qa.id,
      'GET',
      `/api/actions/${actionId}`,
    );
    await e2e.app.api(qa.id, 'POST', `/api/actions/${actionId}/verify`, {
      version: action.version,
    });
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, hos.displayName);
    await visit(page, '#/service');
    await page
      .getByRole('button', { name: `Approve closure of ${action.record.caseNumber}` })
      .click();
    await page.getByText('Closure approved. The action is closed.').waitFor();
    await screenshot(page, 'head-of-service-closure-approved');
    const after = await e2e.app.api<ActionDetailResponse>(qa.id, 'GET', `/api/actions/${actionId}`);
    expect(after.action.record.state).toBe('Closed');
    await context.close();
  }, 90_000);

  it('a head of service records an observation of practice and sees it listed', async () => {
    const hos = byRole('HeadOfService').at(0);
    if (hos === undefined) throw new Error('no head of service');
    const me = await e2e.app.api<MeResponse>(hos.id, 'GET', '/api/me');
    const { items } = await e2e.app.api<StaffResponse>(hos.id, 'GET', '/api/staff');
    const practitioner = items.find(
      (s) => s.role === 'Practitioner' && s.serviceAreaId === me.serviceAreaId,
    );
    if (practitioner === undefined) throw new Error('no practitioner in the service');
    // An observation names a case only from the register, in the practitioner's own team.
    const audits = await e2e.app.api<AuditListResponse>(hos.id, 'GET', '/api/audits?scope=service');
    const caseNumber = audits.items.find((a) => a.record.teamId === practitioner.teamId)?.record
      .caseNumber;
    if (caseNumber === undefined) throw new Error("no case in the practitioner's team");
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, hos.displayName);
    await page
      .getByRole('navigation', { name: 'Workspaces' })
      .getByRole('link', { name: 'Observations of practice' })
      .click();
    await settle(page);
    const form = page.getByRole('form', { name: 'Record an observation' });
    await form.getByRole('combobox', { name: /^Setting/ }).selectOption({ label: 'Practice week' });
    await form
      .getByRole('combobox', { name: /^Practitioner/ })
      .selectOption({ label: practitioner.name });
    await form.getByRole('textbox', { name: /^Case number/ }).fill(caseNumber);
    await form
      .getByRole('radiogroup', { name: /^Grade/ })
      .getByRole('radio', { name: 'Good', exact: true })
      .check();
    await form
      .getByRole('textbox', { name: /^Strengths/ })
      .fill('Warm, purposeful direct work with the child.');
    await form
      .getByRole('textbox', { name: /^Areas for development/ })
      .fill("Record the child's own words in the case note.");
    await form.getByRole('button', { name: 'Record observation' }).click();
    await page.getByText('Observation recorded. It is in the list above.').waitFor();
    const grid = page.getByRole('grid', { name: 'Observations of practice' });
    const row = grid
      .getByRole('row', { name: new RegExp(caseNumber) })
      .filter({ hasText: practitioner.name })
      .first();
    await row.waitFor();
    await screenshot(page, 'head-of-service-observation-recorded');
    const after = await e2e.app.api<ObservationListResponse>(hos.id, 'GET', '/api/observations');
    const saved = after.items.find(
      (o) =>
        o.record.caseNumber === caseNumber &&
        o.record.strengths === 'Warm, purposeful direct work with the child.',
    );
    expect(saved?.record).toMatchObject({
      practitionerId: practitioner.id,
      observerId: hos.id,
      grade: 'Good',
      setting: 'PracticeWeek',
    });
    await context.close();
  }, 90_000);

  it('the QA lead previews an allocation, with excluded cases and reasons, and commits it', async () => {
    const qa = byRole('QALead').at(0);
    if (qa === undefined) throw new Error('no QA lead');
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, qa.displayName);
    await visit(page, '#/cycles');
    const cycles = await e2e.app.api<CycleListResponse>(qa.id, 'GET', '/api/cycles');
    let planned = cycles.items.find(
      (c) => c.record.state === 'Planned' && c.record.kind === 'CaseFileAudit',
    );
    if (planned === undefined) {
      const form = page.getByRole('region', { name: 'Plan a cycle' });
      await form.getByRole('textbox', { name: /^Name/ }).fill('E2E cycle');
      await form.getByLabel(/^Starts/).fill('2026-12-01');
      await form.getByLabel(/^Ends/).fill('2027-01-12');
      await form.getByRole('button', { name: 'Plan cycle' }).click();
      await page.getByRole('link', { name: 'E2E cycle' }).waitFor();
      planned = (await e2e.app.api<CycleListResponse>(qa.id, 'GET', '/api/cycles')).items.find(
        (c) => c.record.name === 'E2E cycle',
      );
    }
    await visit(page, `#/cycles/${planned?.record.id ?? ''}`);
    await page.getByRole('button', { name: 'Preview allocation' }).click();
    await page
      .getByRole('grid', { name: 'Excluded cases' })
      .or(page.getByText('No case was left out.'))
      .first()
      .waitFor();
    await page.getByText(/Nothing is saved until you commit/).waitFor();
    await screenshot(page, 'qa-lead-allocation-preview');
    await page.getByRole('button', { name: 'Commit allocation' }).click();
    await page.getByText(/Allocation committed: \d+ audits created/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'qa-lead-allocation-committed');
    const after = await e2e.app.api<CycleListResponse>(qa.id, 'GET', '/api/cycles');
    expect(after.items.find((c) => c.record.id === planned?.record.id)?.record.state).toBe(
      'Allocated',
    );
    await context.close();
  }, 120_000);

  it('the assistant director reads the dashboard', async () => {
    const ad = byRole('AssistantDirector').at(0);
    if (ad === undefined) throw new Error('no assistant director');
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, ad.displayName);
    await visit(page, '#/dashboard');
    await page.getByText('Moderation agreement').waitFor();
    await page.getByText('Overall grades (moderated where moderated)').waitFor();
    await settle(page);
    expect(await page.getByRole('button', { name: /Submit|Approve|Commit/ }).count()).toBe(0);
    await screenshot(page, 'assistant-director-dashboard');
    await context.close();
  }, 90_000);
});
