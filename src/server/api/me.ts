import { Router } from 'express';
import type { MeResponse } from '../../contract/identity';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';

/** `GET /me`: who the server says the caller is; the role comes from the Staff list only. */
export function meRoutes(services: Services): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    const { staff } = callerOf(res);
    const { directory } = services;
    const body: MeResponse = {
      id: staff.id,
      displayName: staff.displayName,
      role: staff.role,
      teamId: staff.teamId,
      teamName: staff.teamId === null ? null : (directory.team(staff.teamId)?.name ?? null),
      serviceAreaId: staff.serviceAreaId,
      serviceAreaName:
        staff.serviceAreaId === null
          ? null
          : (directory.serviceArea(staff.serviceAreaId)?.name ?? null),
      mode: services.config.store.mode,
    };
    res.json(body);
  });
  return router;
}
