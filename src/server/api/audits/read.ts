import { Router } from 'express';
import { z } from 'zod';
import type { Query } from '../../../domain/ports/store';
import type { Audit } from '../../../domain/records/audit';
import { AUDIT_STATES } from '../../../domain/records/audit';
import { id } from '../../../domain/validation/primitives';
import type { AuditListResponse, AuditScope } from '../../../contract/audits';
import { AUDIT_SCOPES } from '../../../contract/audits';
import type { Caller } from '../../http/authenticate';
import { callerOf } from '../../http/authenticate';
import type { Services } from '../../../app/services';
import { auditDtos } from '../dto/audit-dto';
import { deny } from '../guard';
import { idParam, parseQuery } from '../parse';
import { isServiceWide } from '../scope';
import { detailResponse } from './load';
import { fromCommandError, notFound } from '../../http/http-error';
import { readAudit } from '../../../app/queries/read-record';

const listQuery = z.strictObject({
  scope: z.enum(AUDIT_SCOPES).optional(),
  cycleId: id.optional(),
  state: z.enum(AUDIT_STATES).optional(),
});

/**
 * The indexed filter for a scope (AuditorId, WorkerId, TeamId, ServiceAreaId, CycleId and State
 * are all indexed columns), or a refusal when the scope is wider than the caller's role reads.
 */
function scopeFilter(services: Services, caller: Caller, scope: AuditScope): Query<Audit>['where'] {
  const { actor } = caller;
  const refuse = (why: string) => deny(services, caller, `audits:${scope}`, why);
  switch (scope) {
    case 'allocatedToMe':
      return { auditorId: actor.id };
    case 'myCases':
      return { workerId: actor.id };
    case 'team':
      if (actor.role !== 'TeamManager' || actor.teamId === null) {
        throw refuse("Only a team manager reads their team's audits.");
      }
      return { teamId: actor.teamId };
    case 'service':
      if (actor.role !== 'HeadOfService' && !isServiceWide(actor.role)) {
        throw refuse("Only a head of service or a service-wide role reads a service's audits.");
      }
      // A service-wide role's service is the whole department.
      return actor.serviceAreaId === null ? {} : { serviceAreaId: actor.serviceAreaId };
    case 'all':
      if (!isServiceWide(actor.role)) {
        throw refuse('Only the QA lead, PSW, assistant director and director read every audit.');
      }
      return {};
  }
}

export function auditReadRoutes(services: Services): Router {
  const router = Router();

  router.get('/audits', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, listQuery);
    const where = scopeFilter(services, caller, query.scope ?? 'allocatedToMe');
    const audits = await services.store.repo('audits').list({
      where: { ...where, cycleId: query.cycleId, state: query.state },
    });
    const body: AuditListResponse = {
      items: auditDtos(caller.actor, services.directory, audits),
    };
    res.json(body);
  });

  router.get('/audits/:id', async (req, res) => {
    const caller = callerOf(res);
    const parsed = idParam.safeParse(req.params['id']);
    if (!parsed.success) throw notFound('Audit');
    const read = await readAudit(services, caller, parsed.data);
    if (!read.ok) throw fromCommandError(read.error, 'Audit');
    res.json(detailResponse(caller.actor, services, read.value));
  });

  return router;
}
