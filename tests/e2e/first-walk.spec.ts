/**
 * What a new auditor meets first (issue 12, items 1 and 2), in real Chromium: starting the
 * audit and saving the draft is not refused as a conflict with their own start; the actions
 * they added are still there after a reload; after a real conflict, "Apply and continue" gives
 * the page back to screen readers.
 */
import { describe, expect, it } from 'vitest';
import type { AuditDetailResponse, AuditListResponse } from '../../src/contract/audits';
import type { StaffEntry } from './harness';
import { axeViolations, openPage, screenshot, signInAs, startedApp, visit } from './harness';

const e2e = startedApp();

/** A team manager with an audit still to start. */
async function anAuditToStart(): Promise<{ tm: StaffEntry; auditId: string }> {
  for (const tm of e2e.staff.filter((s) => s.role === 'TeamManager')) {
    const list = await e2e.app.api<AuditListResponse>(
      tm.id,
      'GET',
      '/api/audits?scope=allocatedToMe',
    );
    const audit = list.items.find((a) => a.allowed.includes('startAudit'));
    if (audit !== undefined) return { tm, auditId: audit.record.id };
  }
  throw new Error('The demo data has no audit a team manager can start');
}

describe('a first audit', () => {
  it('starts, keeps its actions in the draft, and merges a real conflict', async () => {
    const { tm, auditId } = await anAuditToStart();
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, tm.displayName);
    await visit(page, `#/audits/${auditId}`);
    await page.getByRole('button', { name: 'Start the audit' }).click();
    const form = page.getByRole('form', { name: 'Audit form' });
    await form.getByRole('button', { name: 'Add an action' }).click();
    await form.getByRole('textbox', { name: /^Action 1/ }).fill('Update the chronology.');
    await form.getByRole('button', { name: 'Add an action' }).click();
    await form.getByRole('textbox', { name: /^Action 2/ }).fill('Record the child’s views.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await form.getByText(/Draft saved at/).waitFor();
    expect(await page.getByText('This audit changed since you opened it').count()).toBe(0);

    await page.reload();
    await form.getByRole('textbox', { name: /^Action 2/ }).waitFor();
    expect(await form.getByRole('textbox', { name: /^Action 1/ }).inputValue()).toBe(
      'Update the chronology.',
    );
    expect(await form.getByRole('textbox', { name: /^Action 2/ }).inputValue()).toBe(
      'Record the child’s views.',
    );

    // Someone saves first (the same audit, through the API): a real conflict.
    const { audit } = await e2e.app.api<AuditDetailResponse>(
      tm.id,
      'GET',
      `/api/audits/${auditId}`,
    );
    await e2e.app.api(tm.id, 'PUT', `/api/audits/${auditId}/draft`, {
      version: audit.version,
      draft: { rationale: 'Saved elsewhere first.' },
    });
    await form.getByRole('textbox', { name: /^Action 1/ }).fill('Update the chronology now.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await screenshot(page, 'first-walk-conflict');
    await dialog.getByRole('button', { name: 'Apply and continue' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[aria-hidden="true"]:has([role="form"])').count())
      .toBe(0);
    await form.getByRole('button', { name: 'Save draft' }).click();
    await form.getByText(/Draft saved at/).waitFor();
    const saved = await e2e.app.api<AuditDetailResponse>(tm.id, 'GET', `/api/audits/${auditId}`);
    expect(saved.audit.record.rationale).toBe('Saved elsewhere first.');
    expect(saved.audit.record.draftActions.map((a) => a.description)).toEqual([
      'Update the chronology now.',
      'Record the child’s views.',
    ]);
    await context.close();
  }, 180_000);

  it('adds a contributor found by typing part of their role, and says so (issue 12, items 12 and 14)', async () => {
    let found: { tm: StaffEntry; auditId: string } | undefined;
    for (const tm of e2e.staff.filter((s) => s.role === 'TeamManager')) {
      const list = await e2e.app.api<AuditListResponse>(
        tm.id,
        'GET',
        '/api/audits?scope=allocatedToMe',
      );
      const audit = list.items.find((a) => a.allowed.includes('addContributor'));
      if (audit !== undefined) {
        found = { tm, auditId: audit.record.id };
        break;
      }
    }
    if (found === undefined) throw new Error('The demo data has no audit taking a contributor');
    const { context, page } = await openPage(e2e.app);
    await signInAs(page, found.tm.displayName);
    await visit(page, `#/audits/${found.auditId}`);
    const picker = page.getByRole('combobox', { name: /Add a contributor/ });
    await picker.click();
    await picker.fill('practitioner');
    const first = page.getByRole('listbox').getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Practitioner');
    expect(await axeViolations(page)).toEqual([]);
    await first.click();
    await page.getByRole('button', { name: 'Add contributor' }).click();
    await page.getByText(/has been added as a contributor/).waitFor();
    await screenshot(page, 'first-walk-contributor-added');
    await context.close();
  }, 120_000);
});
