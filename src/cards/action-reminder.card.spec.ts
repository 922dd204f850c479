import { describe, expect, it } from 'vitest';
import { buildActionReminderCard, type ActionReminderModel } from './action-reminder.card';
import type { InputText } from './card-types';
import {
  allInputs,
  allText,
  executeActions,
  firstTextBlock,
  topLevelTitles,
} from './testing/card-walk';

const model: ActionReminderModel = {
  kind: 'action-reminder',
  actionId: 'action-1',
  version: '"etag-4,1"',
  caseNumber: 'CF-900001',
  dueDate: '2026-04-30',
  immediate: false,
  notice: { kind: 'reminder', when: 'due-soon' },
  openUrl: 'https://teams.microsoft.com/l/entity/app/actions',
  completed: null,
};

describe('action reminder and overdue escalation', () => {
  it('reminds the owner of the action and its due date', () => {
    const card = buildActionReminderCard(model);
    expect(firstTextBlock(card.body)?.text).toBe('You have an action due soon');
    expect(allText(card)).toContain('Open the action in Audit Loop to read what it asks.');
    expect(allText(card)).toContain('Thursday 30 April 2026');
  });

  it('offers Mark complete with a required, labelled, multi-line evidence box, and Open action', () => {
    const card = buildActionReminderCard(model);
    expect(topLevelTitles(card)).toEqual(['Mark complete', 'Open action']);
    expect(executeActions(card)).toMatchObject([
      { verb: 'action.complete', data: { actionId: 'action-1', version: '"etag-4,1"' } },
    ]);
    expect(allInputs(card)).toMatchObject<Partial<InputText>[]>([
      {
        type: 'Input.Text',
        id: 'evidence',
        isMultiline: true,
        isRequired: true,
        label: 'Evidence that the action is complete',
      },
    ]);
    expect(allInputs(card)[0]?.errorMessage).toBeTruthy();
  });

  it('says when an action is due today and when it is overdue', () => {
    const today = buildActionReminderCard({
      ...model,
      notice: { kind: 'reminder', when: 'due-today' },
    });
    const late = buildActionReminderCard({
      ...model,
      notice: { kind: 'reminder', when: 'overdue' },
    });
    expect(firstTextBlock(today.body)?.text).toBe('You have an action due today');
    expect(firstTextBlock(late.body)?.text).toBe('You have an overdue action');
  });

  it('escalates an overdue action to the team manager, who may mark it complete', () => {
    const card = buildActionReminderCard({
      ...model,
      notice: { kind: 'escalation', to: 'TeamManager', ownerName: 'Sample Worker' },
    });
    expect(firstTextBlock(card.body)?.text).toBe('An overdue action needs your attention');
    expect(allText(card)).toContain('talk it through with Sample Worker');
    expect(topLevelTitles(card)).toEqual(['Mark complete', 'Open action']);
  });

  it('escalates to the head of service with Open action only', () => {
    const card = buildActionReminderCard({
      ...model,
      notice: { kind: 'escalation', to: 'HeadOfService', ownerName: 'Sample Worker' },
    });
    expect(allText(card)).toContain('the team manager has been told');
    expect(topLevelTitles(card)).toEqual(['Open action']);
    expect(allInputs(card)).toEqual([]);
  });

  it('flags an immediate action in words', () => {
    expect(allText(buildActionReminderCard({ ...model, immediate: true }))).toContain(
      'Immediate, to meet good',
    );
  });

  it('once complete, says who completed it and offers no Mark complete', () => {
    const card = buildActionReminderCard({
      ...model,
      completed: { byName: 'Sample Worker', at: '2026-04-30T11:00:00Z' },
    });
    expect(allText(card)).toContain('Marked complete by Sample Worker on 30 April 2026 at 12:00');
    expect(topLevelTitles(card)).toEqual(['Open action']);
    expect(executeActions(card)).toEqual([]);
  });

  it('once complete, no longer says the action is not yet complete or asks for it (issue 12, item 9)', () => {
    for (const notice of [
      { kind: 'reminder', when: 'overdue' },
      { kind: 'escalation', to: 'TeamManager', ownerName: 'Sample Worker' },
    ] as const) {
      const text = allText(
        buildActionReminderCard({
          ...model,
          notice,
          completed: { byName: 'Sample Worker', at: '2026-05-01T10:00:00Z' },
        }),
      );
      expect(text).toContain('has been marked complete');
      expect(text).not.toContain('not yet complete');
      expect(text).not.toContain('mark it complete');
    }
  });
});
