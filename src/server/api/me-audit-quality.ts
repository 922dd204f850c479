import { Router } from 'express';
import { z } from 'zod';
import type { AuditQualityResponse } from '../../contract/audit-quality';
import { auditQualityOf } from '../../app/queries/audit-quality';
import type { Services } from '../../app/services';
import { callerOf } from '../http/authenticate';
import { deny } from './guard';
import { idParam, parseQuery } from './parse';

const querySchema = z.strictObject({ auditorId: idParam.optional() });

/**
 * `GET /me/audit-quality`: the caller's own audit of audits, cycle by cycle, for their
 * development. An auditor never sees another's; the QA lead may name one (`?auditorId=`).
 */
export function meAuditQualityRoutes(services: Services): Router {
  const router = Router();
  router.get('/me/audit-quality', async (req, res) => {
    const caller = callerOf(res);
    const { auditorId = caller.staff.id } = parseQuery(req, querySchema);
    if (auditorId !== caller.staff.id && caller.staff.role !== 'QALead') {
      throw deny(
        services,
        caller,
        `auditor:${auditorId}`,
        "Only the QA lead may see another auditor's audit quality.",
      );
    }
    const body: AuditQualityResponse = await auditQualityOf(services, auditorId);
    res.json(body);
  });
  return router;
}
