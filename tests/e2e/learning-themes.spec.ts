/**
 * Learning themes in the tab (issue 14, section 8), in Chromium: the QA lead opens a cycle's
 * suggested themes (counts per service, example case numbers), rejects one, confirms it again,
 * merges another into a theme of the same kind, and curates the vocabulary (a theme refused
 * without a name, added, then deactivated). axe-clean in light, dark and high contrast, by
 * keyboard, nothing off the side at 375 px, no console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CycleListResponse } from '../../src/contract/cycles';
import type { CycleThemesResponse, VocabularyResponse } from '../../src/contract/themes';
import {
  axeViolations,
  openPage,
  screenshot,
  settle,
  signInAs,
  startedApp,
  THEMES,
  trackConsoleErrors,
  visit,
  type StaffEntry,
} from './harness';

const started = startedApp();
const person = (role: string): StaffEntry => {
  const found = started.staff.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} in the demo data`);
  return found;
};

/** A cycle of the demo whose audits have at least two development themes. */
async function cycleWithThemes(qaId: string): Promise<CycleThemesResponse> {
  const { items } = await started.app.api<CycleListResponse>(qaId, 'GET', '/api/cycles');
  for (const { record } of items) {
    const found = await started.app.api<CycleThemesResponse>(
      qaId,
      'GET',
      `/api/cycles/${record.id}/themes`,
    );
    if (found.themes.filter((t) => t.kind === 'Development').length >= 2) return found;
  }
  throw new Error('no cycle of the demo has two development themes');
}

const themesList = (page: Page, cycleName: string) =>
  page.getByRole('list', { name: `Themes of ${cycleName}` });

const wideElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName} ${el.textContent.slice(0, 40)}`),
  );

describe('learning themes', () => {
  it('the QA lead rejects, confirms and merges a cycle’s themes, and curates the vocabulary', async () => {
    const qa = person('QALead');
    const cycle = await cycleWithThemes(qa.id);
    const development = cycle.themes.filter((t) => t.kind === 'Development');
    const [first, second] = [development.at(0), development.at(1)];
    if (first === undefined || second === undefined) throw new Error('two themes expected');
    const errors: string[] = [];
    const found: string[] = [];
    const { context, page } = await openPage(started.app);
    trackConsoleErrors(page, 'QA lead', errors);
    await signInAs(page, qa.displayName);
    await page
      .getByRole('navigation', { name: 'Workspaces' })
      .getByRole('link', { name: 'Learning themes' })
      .click();
    await settle(page);
    await page.getByRole('combobox', { name: 'Cycle' }).selectOption(cycle.cycleId);
    await settle(page);
    const list = themesList(page, cycle.cycleName);
    const card = list.getByRole('article', { name: first.label });
    await card.getByText(`Found in ${String(first.audits)} of ${String(cycle.audits)}`).waitFor();
    await card.getByText(`Example audits: ${first.exampleCaseNumbers.join(', ')}`).waitFor();
    for (const v of await axeViolations(page)) found.push(`light themes: ${v}`);
    await screenshot(page, 'qalead-learning-themes');

    await card.getByRole('button', { name: 'Reject' }).click();
    await page.getByText(`${first.label}: rejected.`).waitFor();
    await card.getByText('Rejected', { exact: true }).first().waitFor();
    await card.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(`${first.label}: confirmed.`).waitFor();

    const other = list.getByRole('article', { name: second.label });
    await other.getByRole('button', { name: 'Merge' }).click();
    await other.getByText('Choose the theme to merge into.').waitFor();
    await other.getByRole('combobox', { name: /^Merge/ }).selectOption({ label: first.label });
    await other.getByRole('button', { name: 'Merge' }).click();
    await page.getByText(`${second.label}: merged.`).waitFor();
    await other.getByText(new RegExp(`^Merged into ${first.label}`)).waitFor();

    const after = await started.app.api<CycleThemesResponse>(
      qa.id,
      'GET',
      `/api/cycles/${cycle.cycleId}/themes`,
    );
    const decisionOf = (id: string) => after.themes.find((t) => t.themeId === id)?.decision;
    expect(decisionOf(first.themeId)).toMatchObject({ decision: 'Confirmed', decidedById: qa.id });
    expect(decisionOf(second.themeId)).toMatchObject({
      decision: 'Merged',
      mergedIntoThemeId: first.themeId,
    });

    const add = page.getByRole('form', { name: 'Add a theme' });
    await add.getByRole('button', { name: 'Add theme' }).click();
    await add.getByText('Give the theme a name.').waitFor();
    await add.getByRole('textbox', { name: /^Theme/ }).fill('Step-down planned early');
    await add.getByRole('combobox', { name: /^Strength or/ }).selectOption('Strength');
    await add.getByRole('textbox', { name: /^Phrases/ }).fill('step-down\nstep down to early help');
    await add.getByRole('button', { name: 'Add theme' }).click();
    await page.getByText('Step-down planned early: saved.').waitFor();
    const made = page.getByRole('article', { name: 'Step-down planned early' });
    await made.getByText('Phrases: step-down; step down to early help').waitFor();
    await made.getByRole('button', { name: 'Edit Step-down planned early' }).click();
    const edit = page.getByRole('form', { name: 'Edit Step-down planned early' });
    await edit.getByRole('checkbox', { name: /^Active/ }).uncheck();
    await edit.getByRole('button', { name: 'Save theme' }).click();
    await page.getByText('Step-down planned early: saved.').waitFor();
    await made.getByText('Inactive').waitFor();
    const vocabulary = await started.app.api<VocabularyResponse>(
      qa.id,
      'GET',
      '/api/themes/vocabulary',
    );
    expect(
      vocabulary.items.find((i) => i.record.label === 'Step-down planned early')?.record,
    ).toMatchObject({
      kind: 'Strength',
      active: false,
      phrases: ['step-down', 'step down to early help'],
    });
    for (const v of await axeViolations(page)) found.push(`light vocabulary: ${v}`);
    await context.close();
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it('passes axe in dark and high contrast, works by keyboard and fits 375 px', async () => {
    const qa = person('QALead');
    const cycle = await cycleWithThemes(qa.id);
    const theme = cycle.themes.at(0);
    if (theme === undefined) throw new Error('a theme expected');
    const found: string[] = [];
    const errors: string[] = [];
    const context = await started.app.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    trackConsoleErrors(page, 'QA lead (375 px)', errors);
    await page.goto(started.app.url);
    await signInAs(page, qa.displayName);
    await visit(page, `#/themes/${encodeURIComponent(cycle.cycleId)}`);
    const card = themesList(page, cycle.cycleName).getByRole('article', { name: theme.label });
    await card.getByRole('button', { name: 'Confirm' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reject');
    await page.keyboard.press('Enter');
    await page.getByText(`${theme.label}: rejected.`).waitFor();
    expect(await wideElements(page)).toEqual([]);
    for (const v of await axeViolations(page)) found.push(`375 themes: ${v}`);
    await screenshot(page, 'qalead-learning-themes-375');
    await context.close();

    for (const mode of THEMES.filter((t) => t !== 'light')) {
      const { context: c, page: p } = await openPage(started.app, `?theme=${mode}`);
      trackConsoleErrors(p, `QA lead (${mode})`, errors);
      await signInAs(p, qa.displayName);
      await visit(p, `#/themes/${encodeURIComponent(cycle.cycleId)}`);
      await themesList(p, cycle.cycleName).waitFor();
      await p.getByRole('heading', { name: 'Theme vocabulary' }).waitFor();
      for (const v of await axeViolations(p)) found.push(`${mode} themes: ${v}`);
      await c.close();
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
