import { moderationRequiredOnSubmit, pickModerator } from '../../../domain/allocation/on-submit';
import type { StaffLoad } from '../../../domain/allocation/allocation-draw';
import { invalid } from '../../../domain/errors';
import type { DomainEvent } from '../../../domain/events/domain-event';
import { submitAudit } from '../../../domain/lifecycle/audit-submit';
import type { Audit } from '../../../domain/records/audit';
import { fail, ok } from '../../../domain/result';
import { submitAuditSchema } from '../../../domain/validation/audit-inputs';
import type { Services } from '../../../app/services';
import type { AuditWrite } from './write';

/** Moderations given so far in the cycle, by moderator (CycleId is an indexed column). */
async function moderatorLoads(services: Services, cycleId: string): Promise<StaffLoad[]> {
  const audits = await services.store.repo('audits').list({ where: { cycleId } });
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
 * The auditor submits: the audit, its new actions, and — for an Inadequate grade — the
 * GradedInadequate event that alerts the head of service and team manager at once.
 */
export const submitWrite: AuditWrite<typeof submitAuditSchema> = {
  endpoint: 'submit',
  transition: 'submitAudit',
  schema: submitAuditSchema,
  apply: async ({ services, audit, caller, input, now }) => {
    const owners = input.actions.flatMap((action, i) => {
      const owner = services.directory.staff(action.ownerId);
      return owner?.active === true
        ? []
        : [{ field: `actions.${i}.ownerId`, message: 'is not an active member of staff' }];
    });
    if (owners.length > 0) return fail(invalid(owners));
    const cycle = await services.store.repo('cycles').get(audit.cycleId);
    const result = submitAudit(audit, caller.actor, {
      ...input,
      now,
      timescales: cycle?.record.timescales,
    });
    if (!result.ok) return result;
    const { next, events } = result.value;
    const moderated = await withModeratorIfRequired(services, next.audit, now);
    return ok({
      audit: moderated.audit,
      newActions: next.actions,
      events: [...events, ...moderated.events],
    });
  },
};
