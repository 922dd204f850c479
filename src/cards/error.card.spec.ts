import { describe, expect, it } from 'vitest';
import { buildErrorCard } from './error.card';
import { allText, firstTextBlock, topLevelTitles } from './testing/card-walk';

describe('error and result card', () => {
  it('says an action has already been approved, by whom and when', () => {
    const card = buildErrorCard({
      kind: 'error',
      openUrl: null,
      problem: {
        reason: 'already-done',
        outcome: 'closure-approved',
        byName: 'Sample Head',
        at: '2026-05-02T08:45:00Z',
      },
    });
    expect(firstTextBlock(card.body)?.text).toBe('This has already been done');
    expect(allText(card)).toContain(
      'This action has already been approved for closure by Sample Head on 2 May 2026 at 09:45.',
    );
    expect(card.actions).toBeUndefined();
  });

  it('explains a change since the card was sent, and links to the latest', () => {
    const card = buildErrorCard({
      kind: 'error',
      openUrl: 'https://teams.microsoft.com/l/entity/app/actions',
      problem: { reason: 'changed' },
    });
    expect(allText(card)).toContain('changed since the card was sent, so nothing was saved');
    expect(topLevelTitles(card)).toEqual(['Open Audit Loop']);
  });

  it('asks kindly for what was missing', () => {
    const card = buildErrorCard({
      kind: 'error',
      openUrl: null,
      problem: { reason: 'invalid', field: 'reason' },
    });
    expect(allText(card)).toContain('Please give a reason for returning the action');
  });
});
