/**
 * The Activity panel (local mode): the head of service's closure-approval card, rendered by the
 * Adaptive Cards renderer, approved with its own button (POST /api/activity/:rowId/execute).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActionDetailResponse } from '../../src/contract/actions';
import type { ActivityResponse } from '../../src/contract/activity';
import type { AuditDetailResponse, AuditListResponse } from '../../src/contract/audits';
import { AREAS } from '../../src/domain/records/grade';
import type { App } from './harness';
import { allStaff, openPage, screenshot, signInAs, startApp, visit } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
}, 120_000);
afterAll(async () => {
  await app.close();
});

const judgement = { grade: 'Good', evidence: 'Seen on the file.', strengths: '', development: '' };

it('the head of service approves a closure from the card in the Activity panel', async () => {
  const staff = await allStaff(app);
  const qa = staff.find((s) => s.role === 'QALead');
  const hos = staff.find((s) => s.role === 'HeadOfService');
  if (qa === undefined || hos === undefined) throw new Error('no QA lead or head of service');
  let submitted: AuditDetailResponse | undefined;
  for (const tm of staff.filter((s) => s.role === 'TeamManager')) {
    const list = await app.api<AuditListResponse>(tm.id, 'GET', '/api/audits?scope=allocatedToMe');
    const audit = list.items.find((a) => a.allowed.includes('submitAudit'));
    if (audit === undefined) continue;
    submitted = await app.api<AuditDetailResponse>(
      tm.id,
      'POST',
      `/api/audits/${audit.record.id}/submit`,
      {
        version: audit.version,
        draft: {
          areas: Object.fromEntries(AREAS.map((area) => [area, judgement])),
          overallGrade: 'Requires improvement to be good',
          rationale: 'Impact not yet evident.',
        },
        actions: [
          {
            description: 'Share the plan with the family.',
            ownerId: audit.record.workerId,
            immediate: false,
          },
        ],
        noActionsNeeded: false,
      },
    );
    break;
  }
  const action = submitted?.actions[0];
  if (action === undefined) throw new Error('no audit to submit in the small demo data');
  const completed = await app.api<ActionDetailResponse>(
    action.record.ownerId,
    'POST',
    `/api/actions/${action.record.id}/complete`,
    {
      version: action.version,
      evidence: 'Plan shared at the visit on Monday.',
    },
  );
  await app.api(qa.id, 'POST', `/api/actions/${action.record.id}/verify`, {
    version: completed.action.version,
  });
  await expect
    .poll(
      async () => (await app.api<ActivityResponse>(hos.id, 'GET', '/api/activity')).items.length,
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);

  const { context, page } = await openPage(app);
  await signInAs(page, hos.displayName);
  await visit(page, '#/activity');
  const approve = page.locator('.ac-adaptiveCard').getByRole('button', { name: 'Approve' }).first();
  await approve.waitFor({ timeout: 30_000 });
  await screenshot(page, 'activity-closure-card');
  await approve.click();
  await page.getByText('Done: the card is updated.').waitFor();
  await screenshot(page, 'activity-closure-approved');
  const after = await app.api<ActionDetailResponse>(
    qa.id,
    'GET',
    `/api/actions/${action.record.id}`,
  );
  expect(after.action.record.state).toBe('Closed');
  await context.close();
}, 180_000);
