import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { can } from '../../../domain/access/can';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Cycle } from '../../../domain/records/cycle';
import { DEFAULT_TIMESCALES } from '../../../domain/records/cycle';
import { cycleCreationSchema } from '../../../domain/validation/register-inputs';
import type { CycleListResponse, CycleResponse } from '../../../contract/cycles';
import type { Caller } from '../../http/authenticate';
import { callerOf } from '../../http/authenticate';
import { notFound } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { deny } from '../guard';
import { idParam, parseBody } from '../parse';
import { cycleDto } from './dto';

/** The cycle named in the path, or 404. */
export async function readCycle(services: Services, raw: unknown): Promise<Versioned<Cycle>> {
  const parsed = idParam.safeParse(raw);
  if (!parsed.success) throw notFound('Cycle');
  const cycle = await services.store.repo('cycles').get(parsed.data);
  if (cycle === null) throw notFound('Cycle');
  return cycle;
}

/** Only the QA lead plans cycles and allocates (the matrix's 'allocate' row). */
export function requireAllocator(services: Services, caller: Caller, record: string): void {
  if (!can(caller.actor, 'allocate', new Set())) {
    throw deny(services, caller, record, 'Only the QA lead plans cycles and allocates audits.');
  }
}

export function cycleRoutes(services: Services): Router {
  const router = Router();

  /** The Cycles list is small (a few a year): read whole, newest first. Everyone may see it. */
  router.get('/cycles', async (_req, res) => {
    const cycles = await services.store.repo('cycles').list();
    const body: CycleListResponse = {
      items: cycles
        .sort((a, b) => b.record.startDate.localeCompare(a.record.startDate))
        .map(cycleDto),
    };
    res.json(body);
  });

  router.post('/cycles', async (req, res) => {
    const caller = callerOf(res);
    const input = parseBody(req, cycleCreationSchema);
    requireAllocator(services, caller, 'cycles');
    const cycle: Cycle = {
      ...input,
      id: `CYC-${input.startDate}-${randomUUID().slice(0, 8)}`,
      state: 'Planned',
      seed: null,
      timescales: input.timescales ?? DEFAULT_TIMESCALES,
    };
    const [saved] = await services.store.saveAll([
      { kind: 'cycles', op: 'create', record: cycle },
      services.auditLog.entryFor({
        actorOid: caller.oid,
        action: 'cycle.create',
        record: `cycle:${cycle.id}`,
        changedFields: Object.keys(cycle).sort(),
      }),
    ]);
    const body: CycleResponse = { cycle: cycleDto(saved as Versioned<Cycle>) };
    res.status(201).json(body);
  });

  return router;
}
