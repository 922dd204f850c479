import type { AdaptiveCard, NotificationPreview } from './card-types';
import { card, fact, facts, openUrl, paragraph, previewOf } from './elements';
import { formatDate } from './format';

/** Who is reading the notice: each of the three people an allocation involves. */
export type AllocationRecipient = 'Auditor' | 'AllocatedWorker' | 'TeamManager';

export interface AllocationNoticeModel {
  readonly kind: 'allocation-notice';
  readonly recipient: AllocationRecipient;
  readonly auditId: string;
  readonly cycleLabel: string;
  readonly caseNumber: string;
  readonly auditorName: string;
  /** ISO dates (timescales given at allocation). */
  readonly auditDue: string;
  readonly moderationDue: string;
  /** Deep link into the tab's audit page. */
  readonly openUrl: string;
}

const SUMMARY: Record<AllocationRecipient, string> = {
  Auditor: 'You have a new audit allocation',
  AllocatedWorker: 'One of your cases has been chosen for audit',
  TeamManager: 'A case in your team has been chosen for audit',
};

export const allocationNoticePreview = (model: AllocationNoticeModel): NotificationPreview =>
  previewOf(SUMMARY[model.recipient]);

const introduction = (model: AllocationNoticeModel): string => {
  switch (model.recipient) {
    case 'Auditor':
      return `You have been allocated case ${model.caseNumber} to audit in the cycle of ${model.cycleLabel}. Please involve the allocated worker as you go: the audit is done with them, not to them.`;
    case 'AllocatedWorker':
      return `Case ${model.caseNumber} has been chosen for audit in the cycle of ${model.cycleLabel}. ${model.auditorName} will audit it with you and will be in touch to arrange a conversation.`;
    case 'TeamManager':
      return `Case ${model.caseNumber} in your team has been chosen for audit in the cycle of ${model.cycleLabel}. ${model.auditorName} is the auditor.`;
  }
};

export const buildAllocationNoticeCard = (model: AllocationNoticeModel): AdaptiveCard =>
  card({
    preview: allocationNoticePreview(model),
    body: [
      paragraph(introduction(model)),
      facts(
        fact('Cycle', model.cycleLabel),
        fact('Case number', model.caseNumber),
        fact('Auditor', model.auditorName),
        fact('Audit due by', formatDate(model.auditDue)),
        fact('Moderation due by', formatDate(model.moderationDue)),
      ),
    ],
    actions: [openUrl('Open audit', model.openUrl)],
  });
