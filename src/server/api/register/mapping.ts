import { Router } from 'express';
import { can } from '../../../domain/access/can';
import { columnMappingSchema } from '../../../domain/register/column-mapping';
import {
  saveMappingCommand,
  type MappingRecords,
} from '../../../app/register-import/mapping-commands';
import { savedMapping } from '../../../app/register-import/saved-mapping';
import type { Services } from '../../../app/services';
import type { RegisterMappingResponse } from '../../../contract/register-import';
import { callerOf } from '../../http/authenticate';
import { mountCommand } from '../command-route';
import { deny } from '../guard';

const mappingResponse = ({ saved, mapping }: MappingRecords): RegisterMappingResponse => ({
  mapping: mapping.mapping,
  version: saved?.version ?? 'new',
  isDefault: saved === null,
  updatedBy: mapping.updatedBy,
  updatedAt: mapping.updatedAt,
});

/** The saved column mapping: read and saved by the QA lead only. */
export function registerMappingRoutes(services: Services): Router {
  const router = Router();

  router.get('/register/mapping', async (_req, res) => {
    const caller = callerOf(res);
    if (!can(caller.actor, 'importRegister', new Set()))
      throw deny(
        services,
        caller,
        'register-mapping:default',
        'Only the QA lead imports the open-case register.',
      );
    res.json(mappingResponse(await savedMapping(services)));
  });

  mountCommand(router, services, {
    method: 'put',
    path: '/register/mapping',
    command: saveMappingCommand,
    schema: columnMappingSchema,
    versioned: true,
    noun: 'Column mapping',
    respond: (_caller, records) => mappingResponse(records),
  });

  return router;
}
