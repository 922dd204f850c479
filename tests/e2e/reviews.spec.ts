/**
 * Thematic audits and dip samples in the tab (issue 13, section 6), in Chromium: the QA lead
 * sets up a thematic audit with its own questions (added, reordered, removed; answer types and
 * areas), a cohort filter and a size, draws, answers each sampled case and completes the
 * findings; a head of service starts a dip sample in their own service, runs it and shares it;
 * a team manager of that service reads the shared findings. axe-clean in light, dark and high
 * contrast, usable by keyboard, nothing off the side at 375 px, no console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../src/contract/identity';
import type { ReviewResponse } from '../../src/contract/reviews';
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

let app: App;
let staff: StaffEntry[];
beforeAll(async () => {
  app = await startApp();
  staff = await allStaff(app);
}, 120_000);
afterAll(async () => {
  await app.close();
});

const person = (role: string): StaffEntry => {
  const found = staff.find((s) => s.role === role);
  if (found === undefined) throw new Error(`no ${role} in the demo data`);
  return found;
};
const reviewIdOf = (page: Page): string =>
  decodeURIComponent(page.url().split('#/reviews/')[1] ?? '');

/** Answers every sampled case: each question by its type, then saves; the form moves on. */
async function answerAll(
  page: Page,
  answers: readonly ((page: Page) => Promise<void>)[],
  cases: number,
) {
  const form = page.getByRole('form', { name: 'Answer for a sampled case' });
  for (let i = 0; i < cases; i++) {
    const caseNumber = await form.getByRole('combobox', { name: /^Sampled case/ }).inputValue();
    for (const answer of answers) await answer(page);
    await form.getByRole('button', { name: `Save the answers for ${caseNumber}` }).click();
    await page.getByText(`Answers saved for ${caseNumber}.`).waitFor();
  }
}

async function complete(page: Page, findings: string) {
  const form = page.getByRole('form', { name: 'Findings, learning and recommendations' });
  await form.getByRole('textbox', { name: /^Findings/ }).fill(findings);
  await form.getByRole('textbox', { name: /^Learning/ }).fill('Read the chronology for patterns.');
  await form
    .getByRole('textbox', { name: /^Recommendations/ })
    .fill('Team managers ask about it at supervision.');
  await form.getByRole('button', { name: 'Complete with these findings' }).click();
  await page
    .getByText('Completed. The findings, learning and recommendations are recorded.')
    .waitFor();
}

describe('thematic audits and dip samples', () => {
  let thematicId = '';

  it('the QA lead sets up a thematic audit with its own questions, draws, answers and completes it', async () => {
    const qa = person('QALead');
    const errors: string[] = [];
    const found: string[] = [];
    const { context, page } = await openPage(app);
    trackConsoleErrors(page, 'QA lead', errors);
    await signInAs(page, qa.displayName);
    await page
      .getByRole('navigation', { name: 'Workspaces' })
      .getByRole('link', { name: 'Thematic audits and dip samples' })
      .click();
    await settle(page);
    const start = page.getByRole('form', { name: 'Set up a thematic audit' });
    await start.getByRole('button', { name: 'Set up a thematic audit' }).click();
    await start.getByText('Say what is under review.').waitFor();
    await start.getByRole('textbox', { name: /^Theme/ }).fill('Neglect: chronology and planning');
    await start.getByRole('button', { name: 'Set up a thematic audit' }).click();
    await page
      .getByRole('heading', { name: 'Neglect: chronology and planning', level: 1 })
      .waitFor();
    await settle(page);
    thematicId = reviewIdOf(page);

    const design = page.getByRole('form', { name: 'Design the questions and the sample' });
    const question = (n: number) => design.getByRole('group', { name: `Question ${String(n)}` });
    await question(1)
      .getByRole('textbox', { name: /^Question/ })
      .fill('Is there an up-to-date chronology?');
    await question(1)
      .getByRole('combobox', { name: 'Audit area' })
      .selectOption({ label: 'Use of chronology' });
    await design.getByRole('button', { name: 'Add a question' }).click();
    await question(2)
      .getByRole('textbox', { name: /^Question/ })
      .fill('A question to remove');
    await design.getByRole('button', { name: 'Add a question' }).click();
    await question(3)
      .getByRole('textbox', { name: /^Question/ })
      .fill('How well does the plan address neglect?');
    await question(3)
      .getByRole('combobox', { name: 'Answer type' })
      .selectOption({ label: 'Scale of 1 to 4' });
    await question(3)
      .getByRole('combobox', { name: 'Audit area' })
      .selectOption({ label: 'Quality of planning' });
    await design.getByRole('button', { name: 'Move question 3 up' }).click();
    await design.getByRole('button', { name: 'Remove question 3' }).click();
    await design.getByRole('button', { name: 'Add a question' }).click();
    await question(3)
      .getByRole('textbox', { name: /^Question/ })
      .fill('What would help most?');
    await question(3)
      .getByRole('combobox', { name: 'Answer type' })
      .selectOption({ label: 'Short text' });
    await design
      .getByRole('group', { name: 'Cohorts' })
      .getByRole('checkbox', { name: 'Child protection' })
      .check();
    await design
      .getByRole('group', { name: 'Cohorts' })
      .getByRole('checkbox', { name: 'Child in need' })
      .check();
    await design.getByRole('spinbutton', { name: /^Sample size/ }).fill('2');
    await design.getByRole('button', { name: 'Save the design' }).click();
    await page.getByText('Design saved.').waitFor();
    for (const v of await axeViolations(page)) found.push(`light design: ${v}`);
    await screenshot(page, 'qalead-thematic-design');

    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByText('Sample drawn.').waitFor();
    await settle(page);
    for (const v of await axeViolations(page)) found.push(`light answering: ${v}`);
    await answerAll(
      page,
      [
        (p) =>
          p
            .getByRole('radiogroup', { name: /^1\. Is there/ })
            .getByRole('radio', { name: 'Yes' })
            .check(),
        (p) =>
          p
            .getByRole('radiogroup', { name: /^2\. How well/ })
            .getByRole('radio', { name: '3' })
            .check(),
        (p) => p.getByRole('textbox', { name: /^3\. What would help/ }).fill('Supervision notes.'),
      ],
      2,
    );
    await complete(page, 'Chronologies were current, but rarely read for patterns.');
    await page.getByRole('heading', { name: 'What was found' }).waitFor();
    for (const v of await axeViolations(page)) found.push(`light completed: ${v}`);
    await screenshot(page, 'qalead-thematic-completed');

    const { review } = await app.api<ReviewResponse>(qa.id, 'GET', `/api/reviews/${thematicId}`);
    expect(review.record.questions.map((q) => [q.text, q.answerType, q.area])).toEqual([
      ['Is there an up-to-date chronology?', 'YesNo', 'chronology'],
      ['How well does the plan address neglect?', 'Scale', 'planning'],
      ['What would help most?', 'Text', null],
    ]);
    expect(review.record.filter.cohorts).toEqual(['ChildProtection', 'ChildInNeed']);
    expect(review.record).toMatchObject({ state: 'Completed', sampleSize: 2 });
    expect(review.record.answers).toHaveLength(2);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('a head of service runs a dip sample in their own service and shares it; a team manager there reads it', async () => {
    const hos = person('HeadOfService');
    const hosMe = await app.api<MeResponse>(hos.id, 'GET', '/api/me');
    const errors: string[] = [];
    const found: string[] = [];
    const { context, page } = await openPage(app);
    trackConsoleErrors(page, 'head of service', errors);
    await signInAs(page, hos.displayName);
    await visit(page, '#/service');
    for (const v of await axeViolations(page)) found.push(`light my service: ${v}`);
    const start = page.getByRole('form', { name: 'Start a dip sample' });
    await start.getByRole('textbox', { name: /^Theme/ }).fill('Children seen alone');
    await start.getByRole('button', { name: 'Start a dip sample' }).click();
    await page.getByRole('heading', { name: 'Children seen alone', level: 1 }).waitFor();
    await settle(page);
    const id = reviewIdOf(page);
    const design = page.getByRole('form', { name: 'Design the questions and the sample' });
    await design
      .getByRole('group', { name: 'Question 1' })
      .getByRole('textbox', { name: /^Question/ })
      .fill('Was the child seen alone?');
    await design.getByRole('spinbutton', { name: /^Sample size/ }).fill('2');
    await design.getByRole('button', { name: 'Save the design' }).click();
    await page.getByText('Design saved.').waitFor();
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByText('Sample drawn.').waitFor();
    await answerAll(
      page,
      [
        (p) =>
          p
            .getByRole('radiogroup', { name: /^1\. Was the child/ })
            .getByRole('radio', { name: 'No' })
            .check(),
      ],
      2,
    );
    await complete(page, 'Children were seen, but rarely alone.');
    await page.getByRole('button', { name: `Share with ${hosMe.serviceAreaName ?? ''}` }).click();
    await page.getByText('Shared with the service.').waitFor();
    for (const v of await axeViolations(page)) found.push(`light shared: ${v}`);
    await screenshot(page, 'hos-dip-sample-shared');
    await context.close();

    const managers = staff.filter((s) => s.role === 'TeamManager');
    let tm: StaffEntry | undefined;
    for (const m of managers) {
      const me = await app.api<MeResponse>(m.id, 'GET', '/api/me');
      if (me.serviceAreaId === hosMe.serviceAreaId) tm = m;
      if (tm !== undefined) break;
    }
    if (tm === undefined) throw new Error('no team manager in the head of service’s service');
    for (const theme of THEMES) {
      const { context: c, page: p } = await openPage(app, `?theme=${theme}`);
      trackConsoleErrors(p, `team manager (${theme})`, errors);
      await signInAs(p, tm.displayName);
      await p
        .getByRole('navigation', { name: 'Workspaces' })
        .getByRole('link', { name: 'Dip sample findings' })
        .click();
      await settle(p);
      await p
        .getByRole('grid', { name: 'Thematic audits and dip samples' })
        .getByRole('link', { name: 'Children seen alone' })
        .click();
      await settle(p);
      await p.getByText('Children were seen, but rarely alone.').waitFor();
      expect(await p.getByRole('form').count()).toBe(0);
      expect(await p.getByRole('grid', { name: 'Sampled cases' }).count()).toBe(0);
      for (const v of await axeViolations(p)) found.push(`${theme} team manager: ${v}`);
      if (theme === 'light') await screenshot(p, 'tm-dip-sample-findings');
      await c.close();
    }
    const { review } = await app.api<ReviewResponse>(tm.id, 'GET', `/api/reviews/${id}`);
    expect(review.record).toMatchObject({ state: 'Shared', sharedById: hos.id, answers: [] });
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it('every step passes axe in dark and high contrast; the designer works by keyboard and fits 375 px', async () => {
    const qa = person('QALead');
    const hos = person('HeadOfService');
    const found: string[] = [];
    const errors: string[] = [];
    const context = await app.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    trackConsoleErrors(page, 'QA lead (375 px)', errors);
    await page.goto(app.url);
    await signInAs(page, qa.displayName);
    await visit(page, '#/reviews');
    const theme = page.getByRole('textbox', { name: /^Theme/ });
    await theme.focus();
    await page.keyboard.type('Management grip');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Set up a thematic audit',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Management grip', level: 1 }).waitFor();
    await settle(page);
    const designingId = reviewIdOf(page);
    const add = page.getByRole('button', { name: 'Add a question' });
    await add.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Question 2' }).waitFor();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName} ${el.textContent.slice(0, 40)}`),
    );
    expect(wide).toEqual([]);
    for (const v of await axeViolations(page)) found.push(`375 designer: ${v}`);
    await screenshot(page, 'qalead-thematic-designer-375');
    await context.close();

    // A thematic audit drawn through the API, to see the answer form in each theme.
    const made = await app.api<ReviewResponse>(qa.id, 'POST', '/api/reviews', {
      kind: 'ThematicAudit',
      theme: 'Supervision recorded',
      serviceAreaId: null,
    });
    const sampling = made.review.record.id;
    const designed = await app.api<ReviewResponse>(
      qa.id,
      'PUT',
      `/api/reviews/${sampling}/design`,
      {
        version: made.review.version,
        theme: 'Supervision recorded',
        questions: [
          { text: 'Is supervision recorded?', area: 'managementGrip', answerType: 'YesNo' },
          { text: 'Grade for management grip', area: 'managementGrip', answerType: 'Grade' },
        ],
        filter: { serviceAreaIds: [], teamIds: [], cohorts: [] },
        sampleSize: 3,
      },
    );
    await app.api(qa.id, 'POST', `/api/reviews/${sampling}/draw`, {
      version: designed.review.version,
      seed: 9,
    });

    for (const mode of ['dark', 'contrast'] as const) {
      const { context: c, page: p } = await openPage(app, `?theme=${mode}`);
      trackConsoleErrors(p, `QA lead (${mode})`, errors);
      await signInAs(p, qa.displayName);
      for (const [route, ready] of [
        ['#/reviews', 'Thematic audits and dip samples'],
        [`#/reviews/${designingId}`, 'Questions and sample'],
        [`#/reviews/${sampling}`, 'Answer for each sampled case'],
        [`#/reviews/${thematicId}`, 'What was found'],
      ] as const) {
        await visit(p, route);
        await p.getByRole('heading', { name: ready }).first().waitFor();
        for (const v of await axeViolations(p)) found.push(`${mode} ${route}: ${v}`);
      }
      await c.close();
      const { context: hc, page: hp } = await openPage(app, `?theme=${mode}`);
      trackConsoleErrors(hp, `head of service (${mode})`, errors);
      await signInAs(hp, hos.displayName);
      await visit(hp, '#/service');
      for (const v of await axeViolations(hp)) found.push(`${mode} my service: ${v}`);
      await hc.close();
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
