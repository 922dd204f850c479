/**
 * The audit of audits in the tab (issue 14), in Chromium: a moderator scores the quality of a
 * submitted audit on the rubric — one radio group per criterion, apart from the agree/disagree
 * decision — by mouse and by keyboard, then re-scores it; the auditor opens "My audit quality"
 * and reads their scores and agreement cycle by cycle, small groups as counts. axe-clean in
 * light, dark and high contrast, nothing off the side at 375 px, no console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDetailResponse, AuditQualityResponse } from '../../src/contract';
import type { ModerationQueueResponse } from '../../src/contract/audits';
import type { App, StaffEntry } from './harness';
import {
  allStaff,
  axeViolations,
  openPage,
  screenshot,
  settle,
  signInAs,
  startApp,
  THEMES,
  trackConsoleErrors,
  visit,
} from './harness';
import { layoutProblems } from './layout';

let app: App;
let staff: StaffEntry[];
beforeAll(async () => {
  app = await startApp();
  staff = await allStaff(app);
}, 120_000);
afterAll(async () => {
  await app.close();
});

const CRITERIA = [
  'Evidence cited',
  "Child's voice considered",
  'Rationale weighed the impact on the child',
  'Actions specific, with timescales',
];

/** A moderator with a submitted audit awaiting them, which they may score. */
async function awaitingModeration(): Promise<{ moderator: StaffEntry; auditId: string }> {
  for (const person of staff.filter((s) =>
    ['HeadOfService', 'PrincipalSocialWorker'].includes(s.role),
  )) {
    const queue = await app.api<ModerationQueueResponse>(person.id, 'GET', '/api/moderation/queue');
    const audit = queue.items.find(
      (a) => a.record.state === 'Submitted' && a.allowed.includes('scoreAuditQuality'),
    );
    if (audit !== undefined) return { moderator: person, auditId: audit.record.id };
  }
  throw new Error('no submitted audit awaiting moderation in the demo data');
}

const rubric = (page: Page) => page.getByRole('form', { name: 'Quality of the audit' });
const group = (page: Page, criterion: string) =>
  rubric(page).getByRole('radiogroup', { name: new RegExp(`^${criterion.replace(/[,']/g, '.')}`) });

describe('the audit of audits', () => {
  let auditId = '';
  let auditorId = '';

  it('a moderator scores the quality of the audit, apart from the decision, and re-scores it', async () => {
    const found: string[] = [];
    const errors: string[] = [];
    const picked = await awaitingModeration();
    auditId = picked.auditId;
    const { context, page } = await openPage(app);
    trackConsoleErrors(page, 'moderator', errors);
    await signInAs(page, picked.moderator.displayName);
    await visit(page, `#/moderation/${encodeURIComponent(auditId)}`);
    // The decision is its own form; the rubric is another.
    await page.getByRole('form', { name: 'Moderation' }).waitFor();
    await rubric(page).waitFor();
    await rubric(page).getByRole('button', { name: 'Record the quality scores' }).click();
    expect(await rubric(page).getByText('Choose Met, Partly met or Not met').count()).toBe(4);
    for (const v of await axeViolations(page)) found.push(`light rubric issues: ${v}`);

    await group(page, CRITERIA[0] ?? '')
      .getByRole('radio', { name: 'Met', exact: true })
      .check();
    await group(page, CRITERIA[1] ?? '')
      .getByRole('radio', { name: 'Partly met' })
      .check();
    await group(page, CRITERIA[2] ?? '')
      .getByRole('radio', { name: 'Not met' })
      .check();
    // By keyboard: focus the group's first radio, arrow to the next.
    await group(page, CRITERIA[3] ?? '')
      .getByRole('radio', { name: 'Met', exact: true })
      .focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(
      await group(page, CRITERIA[3] ?? '')
        .getByRole('radio', { name: 'Partly met' })
        .isChecked(),
    ).toBe(true);
    await rubric(page).getByRole('button', { name: 'Record the quality scores' }).click();
    await rubric(page)
      .getByText(/^Last scored on/)
      .waitFor();
    await settle(page);
    for (const v of await axeViolations(page)) found.push(`light rubric scored: ${v}`);
    await screenshot(page, 'moderator-audit-quality');

    const detail = await app.api<AuditDetailResponse>(
      picked.moderator.id,
      'GET',
      `/api/audits/${encodeURIComponent(auditId)}`,
    );
    auditorId = detail.audit.record.auditorId;
    expect(detail.audit.record.state).toBe('Submitted');
    expect(detail.moderation?.record.auditQuality?.scores).toEqual({
      evidenceCited: 'Met',
      childsVoiceConsidered: 'PartlyMet',
      rationaleWeighedImpact: 'NotMet',
      actionsSpecific: 'PartlyMet',
    });

    await group(page, CRITERIA[2] ?? '')
      .getByRole('radio', { name: 'Partly met' })
      .check();
    await rubric(page).getByRole('button', { name: 'Update the quality scores' }).click();
    await page.waitForResponse((r) => r.url().includes('/moderation/quality') && r.ok());
    await settle(page);
    const rescored = await app.api<AuditDetailResponse>(
      picked.moderator.id,
      'GET',
      `/api/audits/${encodeURIComponent(auditId)}`,
    );
    expect(rescored.moderation?.record.auditQuality?.scores.rationaleWeighedImpact).toBe(
      'PartlyMet',
    );
    await context.close();

    const route = `#/moderation/${encodeURIComponent(auditId)}`;
    for (const theme of ['dark', 'contrast'] as const) {
      const { context: c, page: p } = await openPage(app, `?theme=${theme}`);
      trackConsoleErrors(p, `moderator (${theme})`, errors);
      await signInAs(p, picked.moderator.displayName);
      await visit(p, route);
      await rubric(p)
        .getByText(/^Last scored on/)
        .waitFor();
      for (const v of await axeViolations(p)) found.push(`${theme} rubric: ${v}`);
      await c.close();
    }
    const narrow = await app.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 375, height: 800 },
    });
    const small = await narrow.newPage();
    trackConsoleErrors(small, 'moderator (375 px)', errors);
    await small.goto(app.url);
    await signInAs(small, picked.moderator.displayName);
    await visit(small, route);
    await rubric(small).waitFor();
    for (const p of await layoutProblems(small)) found.push(`375 rubric: ${p}`);
    for (const v of await axeViolations(small)) found.push(`375 rubric: ${v}`);
    await narrow.close();
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it('the auditor reads their own audit quality, cycle by cycle, in every theme and at 375 px', async () => {
    const auditor = staff.find((s) => s.id === auditorId);
    if (auditor === undefined) throw new Error(`no auditor ${auditorId}`);
    const found: string[] = [];
    const errors: string[] = [];
    const mine = await app.api<AuditQualityResponse>(auditor.id, 'GET', '/api/me/audit-quality');
    expect(mine.audits.map((a) => a.auditId)).toContain(auditId);
    for (const theme of THEMES) {
      const { context, page } = await openPage(app, `?theme=${theme}`);
      trackConsoleErrors(page, `auditor (${theme})`, errors);
      await signInAs(page, auditor.displayName);
      await page
        .getByRole('navigation', { name: 'Workspaces' })
        .getByRole('link', { name: 'My audit quality' })
        .click();
      await settle(page);
      await page.getByRole('heading', { name: 'My audit quality', level: 1 }).waitFor();
      const byCycle = page.getByRole('grid', {
        name: 'Audit quality and agreement, cycle by cycle',
      });
      await byCycle.waitFor();
      for (const criterion of CRITERIA) {
        await byCycle.getByRole('columnheader', { name: criterion }).first().waitFor();
      }
      const scored = page.getByRole('grid', { name: 'Scored audits' });
      const caseNumber = mine.audits.find((a) => a.auditId === auditId)?.caseNumber ?? '';
      await scored.getByRole('link', { name: caseNumber }).waitFor();
      for (const v of await axeViolations(page)) found.push(`${theme} my audit quality: ${v}`);
      if (theme === 'light') await screenshot(page, 'auditor-my-audit-quality');
      await context.close();
    }

    const context = await app.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    trackConsoleErrors(page, 'auditor (375 px)', errors);
    await page.goto(app.url);
    await signInAs(page, auditor.displayName);
    await visit(page, '#/my-audit-quality');
    await page.getByRole('grid', { name: 'Scored audits' }).waitFor();
    for (const p of await layoutProblems(page)) found.push(`375 my audit quality: ${p}`);
    for (const v of await axeViolations(page)) found.push(`375 my audit quality: ${v}`);
    // By keyboard: the case link is reached with Tab and opens the audit.
    const link = page.getByRole('grid', { name: 'Scored audits' }).getByRole('link').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/audits\//);
    await settle(page);
    await context.close();
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
