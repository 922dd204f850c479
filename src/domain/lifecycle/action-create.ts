import { openAction, type Action } from '../records/action';
import type { Audit } from '../records/audit';
import type { Timescales } from '../records/cycle';
import type { ActionInput } from './submission-check';
import { dueDateOf } from './submission-check';
import { dateOf } from '../calendar/calendar';

/**
 * A new, open action on the audit, in the audit's case, team and service. Its id is made here,
 * never by the client: `${auditId}-A${n}`, so a retried submission makes the same ids.
 */
export const newAction = (
  audit: Audit,
  input: ActionInput,
  index: number,
  now: string,
  timescales: Timescales,
): Action =>
  openAction({
    id: `${audit.id}-A${index + 1}`,
    auditId: audit.id,
    cycleId: audit.cycleId,
    caseNumber: audit.caseNumber,
    teamId: audit.teamId,
    serviceAreaId: audit.serviceAreaId,
    description: input.description.trim(),
    ownerId: input.ownerId,
    immediate: input.immediate,
    dueDate: dueDateOf(input, dateOf(now), timescales),
    createdAt: now,
  });
