import { Router } from 'express';
import type { Versioned } from '../../domain/ports/versioned';
import type { Reaudit } from '../../domain/reaudits/reaudit';
import type { ReauditListResponse } from '../../contract/reaudits';
import { fromModel } from '../../app/queries/from-model';
import { reauditProgress } from '../../app/queries/reaudit-progress';
import type { Services } from '../../app/services';
import { callerOf } from '../http/authenticate';
import { deny } from './guard';
import { isServiceWide } from './scope';

const byDue = (a: Versioned<Reaudit>, b: Versioned<Reaudit>): number =>
  a.record.dueFrom.localeCompare(b.record.dueFrom) ||
  a.record.caseNumber.localeCompare(b.record.caseNumber);

/**
 * `GET /reaudits`: every re-audit, scheduled, allocated or cancelled, with the grade before and,
 * once allocated, after. Who reads the tracker reads these: the QA lead, PSW and senior leaders
 * all of them, a head of service their service's (ServiceAreaId is indexed).
 */
export function reauditRoutes(services: Services): Router {
  const router = Router();
  router.get('/reaudits', async (_req, res) => {
    const caller = callerOf(res);
    const { actor } = caller;
    const serviceWide = isServiceWide(actor.role);
    if (!serviceWide && actor.role !== 'HeadOfService') {
      throw deny(
        services,
        caller,
        'reaudits',
        'Re-audits are for the QA lead, heads of service and senior leaders.',
      );
    }
    const rows = await fromModel(
      services,
      'reaudits',
      serviceWide ? {} : { serviceAreaId: actor.serviceAreaId ?? '' },
    );
    const body: ReauditListResponse = {
      scope: serviceWide ? 'all' : 'service',
      items: [...rows].sort(byDue).map((r) => {
        const audit =
          r.record.auditId === null
            ? undefined
            : services.readModel.where('audits', 'id', r.record.auditId).at(0);
        return {
          record: r.record,
          version: r.version,
          progress: audit === undefined ? null : reauditProgress(services, audit.record),
        };
      }),
    };
    res.json(body);
  });
  return router;
}
