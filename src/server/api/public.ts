import { Router } from 'express';
import { z } from 'zod';
import { invalid } from '../../domain/errors';
import { ROLES } from '../../domain/records/staff';
import { id } from '../../domain/validation/primitives';
import type {
  HealthResponse,
  LocalSignInResponse,
  LocalStaffResponse,
} from '../../contract/identity';
import { fromDomainError } from '../http/http-error';
import type { LocalSessions } from '../identity/local-session';
import type { Services } from '../../app/services';
import { isActiveStaff } from '../../domain/records/staff';
import { parseBody } from './parse';

const signInSchema = z.strictObject({ staffId: id });

/** `GET /health`: no sign-in, no store read; in tenant mode, the tab's public SSO settings. */
export function healthRoutes(services: Services): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const store = services.config.store;
    const body: HealthResponse =
      store.mode === 'tenant'
        ? {
            status: 'ok',
            mode: 'tenant',
            // Public values for the tab's MSAL nested app authentication; never the secret.
            sso: {
              clientId: store.clientId,
              tenantId: store.tenantId,
              scope: `${store.appIdUri}/access_as_user`,
            },
          }
        : { status: 'ok', mode: 'local', sso: null };
    res.json(body);
  });
  return router;
}

/**
 * Local mode only: the sign-in page lists the synthetic staff and signs in as any of them. The
 * app mounts these only when no tenant is configured.
 */
export function localSignInRoutes(services: Services, sessions: LocalSessions): Router {
  const router = Router();
  const { directory } = services;

  router.get('/local/staff', (_req, res) => {
    const active = directory.allStaff().filter(isActiveStaff);
    const body: LocalStaffResponse = {
      roles: ROLES.map((role) => ({
        role,
        staff: active
          .filter((s) => s.role === role)
          .map((s) => ({
            id: s.id,
            displayName: s.displayName,
            role: s.role,
            teamId: s.teamId,
            teamName: s.teamId === null ? null : (directory.team(s.teamId)?.name ?? null),
            serviceAreaId: s.serviceAreaId,
            serviceAreaName:
              s.serviceAreaId === null
                ? null
                : (directory.serviceArea(s.serviceAreaId)?.name ?? null),
          }))
          .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      })).filter((group) => group.staff.length > 0),
    };
    res.json(body);
  });

  router.post('/local/sign-in', async (req, res) => {
    const { staffId } = parseBody(req, signInSchema);
    const staff = directory.staff(staffId);
    if (!isActiveStaff(staff)) {
      throw fromDomainError(
        invalid([{ field: 'staffId', message: 'is not an active member of staff' }]),
      );
    }
    const body: LocalSignInResponse = { token: await sessions.issue(staff.aadObjectId) };
    res.json(body);
  });

  return router;
}
