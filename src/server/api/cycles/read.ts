import { Router } from 'express';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Cycle } from '../../../domain/records/cycle';
import { cycleCreationSchema } from '../../../domain/validation/register-inputs';
import type { CycleListResponse, CycleResponse } from '../../../contract/cycles';
import { notFound } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { idParam } from '../parse';
import { mountCommand } from '../command-route';
import { createCycleCommand } from '../../../app/cycles/cycle-commands';
import { fromModel } from '../../../app/queries/from-model';
import { cycleDto } from './dto';

/** The cycle named in the path (from the read model), or 404. */
export async function readCycle(services: Services, raw: unknown): Promise<Versioned<Cycle>> {
  const parsed = idParam.safeParse(raw);
  if (!parsed.success) throw notFound('Cycle');
  const cycle = (await services.readModel.fresh()).get('cycles', parsed.data);
  if (cycle === undefined) throw notFound('Cycle');
  return cycle;
}

export function cycleRoutes(services: Services): Router {
  const router = Router();

  /** The Cycles list is small (a few a year): read whole, newest first. Everyone may see it. */
  router.get('/cycles', async (_req, res) => {
    const cycles = await fromModel(services, 'cycles');
    const body: CycleListResponse = {
      items: [...cycles]
        .sort((a, b) => b.record.startDate.localeCompare(a.record.startDate))
        .map(cycleDto),
    };
    res.json(body);
  });

  mountCommand(router, services, {
    method: 'post',
    path: '/cycles',
    command: createCycleCommand,
    schema: cycleCreationSchema,
    versioned: false,
    noun: 'Cycle',
    status: 201,
    respond: (_caller, made): CycleResponse => {
      if (made.created === null) throw notFound('Cycle');
      return { cycle: cycleDto(made.created) };
    },
  });

  return router;
}
