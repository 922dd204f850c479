import type { StaffLoad } from '../../domain/allocation/allocation-draw';
import { moderationRequiredOnSubmit, pickModerator } from '../../domain/allocation/on-submit';
import { invalid } from '../../domain/errors';
import type { DomainEvent } from '../../domain/events/domain-event';
import { submitAudit, type SubmitAuditInput } from '../../domain/lifecycle/audit-submit';
import type { Change } from '../../domain/ports/store';
import type { Audit } from '../../domain/records/audit';
import { fail } from '../../domain/result';
import type { Services } from '../services';
import { fromModel } from '../queries/from-model';
import { auditCommand, auditDecision } from './audit-command';

export type SubmitInput = Omit<SubmitAuditInput, 'now' | 'timescales'>;

/** Moderations given so far in the cycle, by moderator (CycleId is an indexed column). */
async function moderatorLoads(services: Services, cycleId: string): Promise<StaffLoad[]> {
  const audits = await fromModel(services, 'audits', { cycleId });
  const counts = new Map<string, number>();
  for (const { record } of audits) {
    if (record.moderatorId !== null) {
      counts.set(record.moderatorId, (counts.get(record.moderatorId) ?? 0) + 1);
    }
  }
  return [...counts].map(([staffId, count]) => ({ staffId, count }));
}

/**
 * Adds a moderator when the submitted grade must always be moderated (Inadequate, Outstanding)
 * and none was allocated; with no moderator available the audit stays with the QA lead.
 */
async function withModeratorIfRequired(
  services: Services,
  audit: Audit,
  now: string,
): Promise<{ audit: Audit; events: DomainEvent[] }> {
  const grade = audit.overallGrade;
  if (grade === null || !moderationRequiredOnSubmit(grade, audit)) return { audit, events: [] };
  const loads = await moderatorLoads(services, audit.cycleId);
  const picked = pickModerator(audit, services.directory.allStaff(), loads);
  if (!picked.ok) {
    services.logger.warn('no moderator to add on submission', { audit: audit.id });
    return { audit, events: [] };
  }
  const event: DomainEvent = {
    kind: 'ModeratorAssigned',
    at: now,
    actorId: 'system',
    auditId: audit.id,
    caseNumber: audit.caseNumber,
    moderatorId: picked.value,
  };
  return { audit: { ...audit, moderatorId: picked.value }, events: [event] };
}

/**
 * The auditor submits: the audit, its new actions (ids made by the domain, never the client),
 * and — for an Inadequate grade — the GradedInadequate event that alerts the head of service
 * and team manager at once; a moderator is added where the rules require one.
 */
export const submitAuditCommand = auditCommand<SubmitInput>(
  'audit.submit',
  async ({ services, loaded, actor, input, now }) => {
    const audit = loaded.audit.record;
    const cycle = await services.store.repo('cycles').get(audit.cycleId);
    const result = submitAudit(audit, actor, {
      ...input,
      now,
      timescales: cycle?.record.timescales,
    });
    if (!result.ok) return result;
    const owners = input.actions.flatMap((action, i) =>
      services.directory.activeStaff(action.ownerId) === undefined
        ? [{ field: `actions.${i}.ownerId`, message: 'is not an active member of staff' }]
        : [],
    );
    if (owners.length > 0) return fail(invalid(owners));
    const { next, events } = result.value;
    const moderated = await withModeratorIfRequired(services, next.audit, now);
    const newActions: Change[] = next.actions.map((record) => ({
      kind: 'actions',
      op: 'create',
      record,
    }));
    return auditDecision(loaded, {
      audit: moderated.audit,
      newActions,
      events: [...events, ...moderated.events],
    });
  },
);
