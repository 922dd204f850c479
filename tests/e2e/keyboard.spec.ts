/**
 * The audit form completed with the keyboard alone: Tab to move, Space and arrow keys to choose,
 * Enter to press buttons, typing into text boxes. Every element that takes focus on the way
 * must show a visible focus indicator.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditDetailResponse, AuditListResponse } from '../../src/contract/audits';
import { focusIndicator } from './focus';
import type { App } from './harness';
import { allStaff, openPage, screenshot, signInAs, startApp, visit } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
}, 120_000);
afterAll(async () => {
  await app.close();
});

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly field: string;
  readonly text: string;
  readonly label: string;
}

it('a team manager completes and submits the audit form by keyboard alone, focus always visible', async () => {
  const tms = (await allStaff(app)).filter((s) => s.role === 'TeamManager');
  let target: { name: string; staffId: string; auditId: string } | undefined;
  for (const tm of tms) {
    const list = await app.api<AuditListResponse>(tm.id, 'GET', '/api/audits?scope=allocatedToMe');
    const audit = list.items.find((a) => a.allowed.includes('submitAudit'));
    if (audit !== undefined) {
      target = { name: tm.displayName, staffId: tm.id, auditId: audit.record.id };
      break;
    }
  }
  if (target === undefined) throw new Error('no audit to complete in the small demo data');
  const { context, page } = await openPage(app);
  await signInAs(page, target.name);
  await visit(page, `#/audits/${target.auditId}`);
  await page.getByRole('form', { name: 'Audit form' }).waitFor();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });

  const graded = new Set<string>();
  const unfocused: string[] = [];
  let addedAction = false;
  let submitted = false;
  await page.keyboard.press('Tab');
  for (let step = 0; step < 600 && !submitted; step++) {
    const f = await page.evaluate((): Focused => {
      const a = document.activeElement as HTMLElement;
      const marked = a.closest('[data-field]');
      return {
        tag: a.tagName.toLowerCase(),
        type: a.getAttribute('type') ?? '',
        field: marked?.getAttribute('data-field') ?? '',
        text: a.textContent.trim(),
        label:
          a.getAttribute('aria-label') ?? (a as HTMLInputElement).labels?.[0]?.textContent ?? '',
      };
    });
    if ((await focusIndicator(page)) === null)
      unfocused.push(`${f.tag} ${f.field || f.text || f.label}`);
    if (
      f.tag === 'textarea' &&
      /\.evidence$|^rationale$|^actions\.\d+\.description$/.test(f.field)
    ) {
      await page.keyboard.type(`Typed by keyboard: ${f.field}.`);
    } else if (
      f.type === 'radio' &&
      /grade$|^overallGrade$/.test(f.field) &&
      !graded.has(f.field)
    ) {
      graded.add(f.field);
      await page.keyboard.press('Space'); // Outstanding
      await page.keyboard.press('ArrowRight'); // Good
      if (f.field === 'overallGrade') await page.keyboard.press('ArrowRight'); // Requires improvement
    } else if (f.tag === 'button' && f.text === 'Add an action' && !addedAction) {
      addedAction = true;
      await page.keyboard.press('Enter'); // focus moves to the new action's description
      continue;
    } else if (f.tag === 'select' && /timescaleDays$/.test(f.field)) {
      await page.keyboard.press('ArrowDown'); // 5 days
    } else if (f.type === 'checkbox' && f.label.startsWith('Immediate')) {
      await page.keyboard.press('Space');
    } else if (f.tag === 'button' && f.text === 'Submit audit' && addedAction) {
      await page.keyboard.press('Enter');
      submitted = true;
      continue;
    }
    await page.keyboard.press('Tab');
  }
  expect(submitted).toBe(true);
  expect(graded.size).toBe(7);
  expect(unfocused).toEqual([]);
  await page.getByRole('heading', { name: 'The six areas' }).waitFor({ timeout: 20_000 });
  await screenshot(page, 'team-manager-keyboard-submitted');
  const detail = await app.api<AuditDetailResponse>(
    target.staffId,
    'GET',
    `/api/audits/${target.auditId}`,
  );
  expect(['Submitted', 'ActionsOpen']).toContain(detail.audit.record.state);
  expect(detail.audit.record.overallGrade).toBe('Requires improvement to be good');
  expect(detail.actions[0]?.record.immediate).toBe(true);
  await context.close();
}, 180_000);
