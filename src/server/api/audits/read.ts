import { Router } from 'express';
import { z } from 'zod';
import { AUDIT_STATES } from '../../../domain/records/audit';
import { id } from '../../../domain/validation/primitives';
import type { AuditListResponse } from '../../../contract/audits';
import { AUDIT_SCOPES } from '../../../contract/audits';
import { auditList } from '../../../app/queries/audit-lists';
import { readAudit } from '../../../app/queries/read-record';
import type { Services } from '../../../app/services';
import { callerOf } from '../../http/authenticate';
import { fromCommandError, notFound } from '../../http/http-error';
import { moderationsFrom } from '../../../app/queries/audit-lists';
import { auditDtos } from '../dto/audit-dto';
import { refuse } from '../guard';
import { idParam, pageQuerySchema, parseQuery } from '../parse';
import { detailResponse } from './load';

const listQuery = z.strictObject({
  scope: z.enum(AUDIT_SCOPES).optional(),
  cycleId: id.optional(),
  state: z.enum(AUDIT_STATES).optional(),
  inModeration: z.literal('true').optional(),
  alert: z.literal('open').optional(),
  ...pageQuerySchema,
});

export function auditReadRoutes(services: Services): Router {
  const router = Router();

  /** One page of the audits in a scope, sorted and filtered on the server (the read model). */
  router.get('/audits', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, listQuery);
    const scope = query.scope ?? 'allocatedToMe';
    const page = await auditList(services, caller.actor, {
      ...query,
      scope,
      inModeration: query.inModeration === 'true',
      openAlert: query.alert === 'open',
    });
    if (!page.ok) throw refuse(services, caller, `audits:${scope}`, page.error);
    const body: AuditListResponse = {
      ...page.value,
      items: auditDtos(caller.actor, services.directory, page.value.items, {
        sorted: true,
        moderationOf: moderationsFrom(services.readModel),
      }),
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
