import type { AllocationRecipient } from '../../cards';
import { auditLogEntry, type CaseEvent } from '../../domain/events';
import type { Versioned } from '../../domain/ports';
import type { Action, Audit } from '../../domain/records';
import { inadequateAlertModel } from '../models/alert-model';
import { closureModel } from '../models/closure-model';
import { actionLink, auditLink, type ModelContext } from '../models/model-context';
import { moderationModel } from '../models/moderation-model';
import { reminderModel } from '../models/reminder-model';
import type { NoticeModel } from './notice-model';

export interface EventRecords {
  readonly audit: Versioned<Audit>;
  readonly action: Versioned<Action> | null;
}

const allocationRole = (audit: Audit, recipientId: string): AllocationRecipient | null => {
  if (audit.auditorId === recipientId) return 'Auditor';
  if (audit.workerId === recipientId) return 'AllocatedWorker';
  if (audit.teamManagerId === recipientId) return 'TeamManager';
  return null;
};

/** The generic notice: what happened in the audit log's own words, and a link. */
const update = (context: ModelContext, event: CaseEvent, what?: string): NoticeModel => {
  const isAction = 'actionId' in event;
  return {
    kind: 'update',
    what: what ?? auditLogEntry(event).summary,
    caseNumber: event.caseNumber,
    openUrl: isAction ? actionLink(context, event.actionId) : auditLink(context, event.auditId),
    linkTitle: isAction ? 'Open action' : 'Open audit',
  };
};

/** The card one recipient gets for one event. */
export async function noticeFor(
  context: ModelContext,
  event: CaseEvent,
  recipientId: string,
  records: EventRecords,
): Promise<NoticeModel> {
  const audit = records.audit.record;
  const action = records.action;
  switch (event.kind) {
    case 'AuditAllocated':
    case 'AuditReallocated': {
      const role = allocationRole(audit, recipientId);
      if (role === null) {
        return update(
          context,
          event,
          event.kind === 'AuditReallocated'
            ? 'An audit has been reallocated to another auditor'
            : 'An audit has been allocated, and you are named on it as moderator',
        );
      }
      return {
        kind: 'allocation-notice',
        recipient: role,
        auditId: audit.id,
        cycleLabel: await context.reader.cycleLabel(audit.cycleId),
        caseNumber: audit.caseNumber,
        auditorName: context.directory.nameOf(audit.auditorId),
        auditDue: audit.auditDue,
        moderationDue: audit.moderationDue,
        openUrl: auditLink(context, audit.id),
      };
    }
    case 'GradeShared':
      return {
        kind: 'grade-shared',
        auditId: audit.id,
        cycleLabel: await context.reader.cycleLabel(audit.cycleId),
        caseNumber: audit.caseNumber,
        grade: event.grade,
        auditorName: context.directory.nameOf(audit.auditorId),
        sharedOn: audit.gradeSharedOn ?? event.at.slice(0, 10),
        openUrl: auditLink(context, audit.id),
      };
    case 'GradedInadequate':
      return inadequateAlertModel(context, records.audit);
    case 'ModerationDisagreed': {
      const moderation = await context.reader.moderation(event.moderationId);
      return moderation === null
        ? update(context, event)
        : moderationModel(context, audit, moderation);
    }
    case 'ActionDueSoon':
    case 'ActionDue':
    case 'ActionOverdue':
      if (action === null) return update(context, event);
      return reminderModel(
        context,
        action,
        reminderNotice(context, event, action.record, recipientId),
      );
    case 'ClosureRequested':
      return action === null ? update(context, event) : closureModel(context, action);
    default:
      return update(context, event);
  }
}

function reminderNotice(
  context: ModelContext,
  event: Extract<CaseEvent, { kind: 'ActionDueSoon' | 'ActionDue' | 'ActionOverdue' }>,
  action: Action,
  recipientId: string,
) {
  if (event.kind === 'ActionDueSoon') return { kind: 'reminder', when: 'due-soon' } as const;
  if (event.kind === 'ActionDue') return { kind: 'reminder', when: 'due-today' } as const;
  if (recipientId === action.ownerId && event.escalatedTo === 'TeamManager') {
    return { kind: 'reminder', when: 'overdue' } as const;
  }
  return {
    kind: 'escalation',
    to: event.escalatedTo,
    ownerName: context.directory.nameOf(action.ownerId),
  } as const;
}
