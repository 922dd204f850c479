import type { ActionState } from './action';
import type { AuditState } from './audit';
import type { ModerationState } from './moderation';

/** Every record state in the words a person reads ("In progress", not `InProgress`). */
export const STATE_LABELS: Readonly<Record<AuditState | ActionState | ModerationState, string>> = {
  Allocated: 'Allocated',
  InProgress: 'In progress',
  Submitted: 'Submitted',
  Agreed: 'Agreed',
  Disagreed: 'Disagreed',
  Resolved: 'Resolved',
  ActionsOpen: 'Actions open',
  Closed: 'Closed',
  Open: 'Open',
  Completed: 'Completed',
  Verified: 'Verified',
  NotCompleted: 'Not completed',
  Pending: 'Pending',
};
