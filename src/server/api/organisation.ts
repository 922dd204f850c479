import { Router } from 'express';
import { z } from 'zod';
import { role } from '../../domain/validation/primitives';
import type { OrganisationResponse, StaffResponse } from '../../contract/organisation';
import type { Services } from '../../app/services';
import { isActiveStaff } from '../../domain/records/staff';
import { parseQuery } from './parse';

const staffQuery = z.strictObject({ role: role.optional() });

/** Teams, service areas and a staff picker, from the in-memory directory (no Graph call). */
export function organisationRoutes(services: Services): Router {
  const router = Router();
  const { directory } = services;

  router.get('/organisation', (_req, res) => {
    const body: OrganisationResponse = {
      serviceAreas: directory
        .serviceAreas()
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      teams: directory
        .teams()
        .map(({ id, name, serviceAreaId }) => ({ id, name, serviceAreaId }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
    res.json(body);
  });

  /** Active staff for pickers: id, name, role, team and service; never the Entra object id. */
  router.get('/staff', (req, res) => {
    const query = parseQuery(req, staffQuery);
    const body: StaffResponse = {
      items: directory
        .allStaff()
        .filter((s) => isActiveStaff(s) && (query.role === undefined || s.role === query.role))
        .map((s) => ({
          id: s.id,
          name: s.displayName,
          role: s.role,
          teamId: s.teamId,
          teamName: s.teamId === null ? null : (directory.team(s.teamId)?.name ?? null),
          serviceAreaId: s.serviceAreaId,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
    res.json(body);
  });

  return router;
}
