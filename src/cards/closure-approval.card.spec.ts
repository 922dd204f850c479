import { describe, expect, it } from 'vitest';
import type { InputText } from './card-types';
import { buildClosureApprovalCard, type ClosureApprovalModel } from './closure-approval.card';
import { MAX_REFRESH_USERS } from './elements';
import { allInputs, allText, executeActions, topLevelTitles } from './testing/card-walk';

const model: ClosureApprovalModel = {
  kind: 'closure-approval',
  actionId: 'action-1',
  version: '"etag-4,6"',
  caseNumber: 'CF-900001',
  detail: {
    description: 'Update the child’s plan with the views shared at the last visit.',
    evidence: 'Plan updated on 28 April; see the plan on the child’s file.',
  },
  completedByName: 'Sample Worker',
  verifiedByName: 'Sample Lead',
  verifiedAt: '2026-05-01T10:00:00Z',
  openUrl: 'https://teams.microsoft.com/l/entity/app/actions',
  refreshUserIds: ['29:1head', '29:1deputy'],
  decision: null,
};

const data = { actionId: 'action-1', version: '"etag-4,6"' };

describe('closure approval', () => {
  it('as sent, carries no free text: the action and evidence only in the refreshed card', () => {
    const sent = allText(buildClosureApprovalCard({ ...model, detail: null }));
    expect(sent).not.toContain(model.detail?.description ?? 'x');
    expect(sent).not.toContain(model.detail?.evidence ?? 'x');
    expect(sent).toContain('Open the action in Audit Loop');
  });

  it('refreshed for a head of service, shows the action, the evidence and who verified it when', () => {
    const text = allText(buildClosureApprovalCard(model));
    expect(text).toContain(model.detail?.description ?? '');
    expect(text).toContain(model.detail?.evidence ?? '');
    expect(text).toContain('"title":"Verified by","value":"Sample Lead"');
    expect(text).toContain('1 May 2026 at 11:00');
  });

  it('offers Approve and Return to the head of service', () => {
    const card = buildClosureApprovalCard(model);
    expect(topLevelTitles(card)).toEqual(['Approve', 'Return', 'Open action']);
    expect(executeActions(card).map((a) => [a.title, a.verb, a.data])).toEqual([
      ['Approve', 'closure.approve', data],
      ['Return the action', 'closure.return', data],
      ['Refresh', 'closure.refresh', data],
    ]);
  });

  it('asks for a required, labelled reason before returning', () => {
    expect(allInputs(buildClosureApprovalCard(model))).toMatchObject<Partial<InputText>[]>([
      { type: 'Input.Text', id: 'reason', isRequired: true, isMultiline: true },
    ]);
  });

  it('refreshes in place for everyone who sees it', () => {
    const card = buildClosureApprovalCard(model);
    expect(card.refresh?.action.verb).toBe('closure.refresh');
    expect(card.refresh?.userIds).toEqual(['29:1head', '29:1deputy']);
  });

  it('lists no more users for automatic refresh than Teams honours', () => {
    const many = Array.from({ length: 75 }, (_, i) => `29:user-${String(i)}`);
    const card = buildClosureApprovalCard({ ...model, refreshUserIds: many });
    expect(card.refresh?.userIds).toHaveLength(MAX_REFRESH_USERS);
  });

  it('a decided closure card shows who decided and has no buttons', () => {
    const card = buildClosureApprovalCard({
      ...model,
      decision: { outcome: 'approved', byName: 'Sample Head', at: '2026-05-02T08:45:00Z' },
    });
    expect(allText(card)).toContain('Approved by Sample Head on 2 May 2026 at 09:45');
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
  });

  it('a returned closure card says so, with no reason typed, no "verified" and no "Verified by" (issue 12, item 9)', () => {
    const card = buildClosureApprovalCard({
      ...model,
      detail: null,
      decision: {
        outcome: 'returned',
        byName: 'Sample Head',
        at: '2026-05-02T08:45:00Z',
      },
    });
    expect(allText(card)).toContain('Returned by Sample Head');
    expect(allText(card)).toContain('was returned for more work');
    expect(allText(card)).not.toContain('Reason');
    expect(allText(card)).not.toContain('Verified by');
    expect(allText(card)).not.toContain('has verified');
    expect(card.actions).toBeUndefined();
  });
});

describe('closure approval wording once decided', () => {
  it('no longer asks for a decision', () => {
    const card = buildClosureApprovalCard({
      ...model,
      decision: { outcome: 'approved', byName: 'Sample Head', at: '2026-05-02T08:45:00Z' },
    });
    expect(allText(card)).not.toContain('Please approve');
  });
});
