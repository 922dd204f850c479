import { describe, expect, it } from 'vitest';
import { buildAllocationNoticeCard, type AllocationNoticeModel } from './allocation-notice.card';
import { allText, firstTextBlock, topLevelTitles } from './testing/card-walk';

const model: AllocationNoticeModel = {
  kind: 'allocation-notice',
  recipient: 'Auditor',
  auditId: 'audit-1',
  cycleLabel: '2 March 2026 to 12 April 2026',
  caseNumber: 'CF-900001',
  auditorName: 'Sample Auditor',
  auditDue: '2026-03-20',
  moderationDue: '2026-03-30',
  openUrl: 'https://teams.microsoft.com/l/entity/app/audits',
};

describe('allocation notice', () => {
  it('tells the auditor the cycle, the case and both timescales', () => {
    const card = buildAllocationNoticeCard(model);
    const text = allText(card);
    expect(text).toContain('2 March 2026 to 12 April 2026');
    expect(text).toContain('CF-900001');
    expect(text).toContain('Friday 20 March 2026');
    expect(text).toContain('Monday 30 March 2026');
  });

  it('opens the audit in the tab through the deep link it was given', () => {
    const card = buildAllocationNoticeCard(model);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open audit', url: model.openUrl },
    ]);
    expect(topLevelTitles(card)).toEqual(['Open audit']);
  });

  it('speaks to each recipient in their own role', () => {
    const headlines = (['Auditor', 'AllocatedWorker', 'TeamManager'] as const).map(
      (recipient) => firstTextBlock(buildAllocationNoticeCard({ ...model, recipient }).body)?.text,
    );
    expect(headlines).toEqual([
      'You have a new audit allocation',
      'One of your cases has been chosen for audit',
      'A case in your team has been chosen for audit',
    ]);
  });

  it('tells the allocated worker who will audit their case with them', () => {
    const card = buildAllocationNoticeCard({ ...model, recipient: 'AllocatedWorker' });
    expect(allText(card)).toContain('Sample Auditor will audit it with you');
  });
});
