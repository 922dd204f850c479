import { Router } from 'express';
import { z } from 'zod';
import { drawAllocation } from '../../../domain/allocation/draw';
import type { AllocationDraw } from '../../../domain/allocation/allocation-draw';
import { invalidState } from '../../../domain/errors';
import type { DomainEvent } from '../../../domain/events/domain-event';
import { allocateAudit } from '../../../domain/lifecycle/audit-allocate';
import type { Change } from '../../../domain/ports/store';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Cycle } from '../../../domain/records/cycle';
import { allocationPreviewRequestSchema } from '../../../domain/validation/register-inputs';
import type {
  AllocationCommitResponse,
  AllocationPreviewResponse,
  AllocationRules,
} from '../../../contract/cycles';
import { callerOf } from '../../http/authenticate';
import type { Caller } from '../../http/authenticate';
import { fromDomainError } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { namesOf } from '../dto/names';
import { refuse, timeOf } from '../guard';
import { parseBody, parseVersionedBody } from '../parse';
import { checkVersion } from '../version';
import { cycleDto } from './dto';
import { drawInputFor } from './draw-input';
import { readCycle, requireAllocator } from './read';

const previewSchema = allocationPreviewRequestSchema.omit({ cycleId: true });
const commitSchema = previewSchema.extend({ seed: z.int().min(0).max(0xffff_ffff) });

/** Audits created per `saveAll` call (the store sends them 20 to a `$batch`). */
const CHUNK = 100;

const drawNames = (services: Services, draw: AllocationDraw) =>
  namesOf(
    services.directory,
    draw.allocations.flatMap((a) => [a.auditorId, a.workerId, a.teamManagerId, a.moderatorId]),
    { teamIds: draw.allocations.map((a) => a.teamId) },
  );

async function runDraw(
  services: Services,
  caller: Caller,
  cycle: Cycle,
  rules: AllocationRules,
): Promise<AllocationDraw> {
  const result = drawAllocation(await drawInputFor(services, cycle, rules));
  if (!result.ok) throw refuse(services, caller, `cycle:${cycle.id}`, result.error);
  return result.value;
}

/** Creates the audits not created yet (a retried commit skips those written the first time). */
async function createAudits(
  services: Services,
  caller: Caller,
  draw: AllocationDraw,
  now: string,
): Promise<{ created: number; events: DomainEvent[] }> {
  const existing = await services.store.repo('audits').list({ where: { cycleId: draw.cycleId } });
  const done = new Set(existing.map((a) => a.record.caseNumber));
  const events: DomainEvent[] = [];
  const changes: Change[] = [];
  for (const allocation of draw.allocations.filter((a) => !done.has(a.caseNumber))) {
    const id = `${draw.cycleId}-${allocation.caseNumber}`;
    const result = allocateAudit(caller.actor, { id, allocation, now });
    if (!result.ok) throw refuse(services, caller, `cycle:${draw.cycleId}`, result.error);
    changes.push({ kind: 'audits', op: 'create', record: result.value.next });
    events.push(...result.value.events);
  }
  for (let i = 0; i < changes.length; i += CHUNK) {
    await services.store.saveAll(changes.slice(i, i + CHUNK));
  }
  return { created: changes.length, events };
}

export function allocationRoutes(services: Services): Router {
  const router = Router();

  router.post('/cycles/:id/allocation/preview', async (req, res) => {
    const caller = callerOf(res);
    const rules = parseBody(req, previewSchema);
    requireAllocator(services, caller, `cycle:${req.params['id']}`);
    const cycle = await readCycle(services, req.params['id']);
    const draw = await runDraw(services, caller, cycle.record, rules);
    const body: AllocationPreviewResponse = { draw, names: drawNames(services, draw) };
    res.json(body);
  });

  router.post('/cycles/:id/allocation/commit', async (req, res) => {
    const caller = callerOf(res);
    const { version, input: rules } = parseVersionedBody(req, commitSchema);
    requireAllocator(services, caller, `cycle:${req.params['id']}`);
    const cycle = await readCycle(services, req.params['id']);
    if (cycle.record.state !== 'Planned') {
      throw fromDomainError(
        invalidState(`The cycle is already ${cycle.record.state}: it is allocated only once.`),
      );
    }
    checkVersion(cycle, version);
    const draw = await runDraw(services, caller, cycle.record, rules);
    const { now } = timeOf(services);
    const { created, events } = await createAudits(services, caller, draw, now);
    const allocated: Cycle = { ...cycle.record, state: 'Allocated', seed: draw.seed };
    const [saved] = await services.store.saveAll([
      { kind: 'cycles', op: 'update', record: allocated, expectedVersion: version },
      services.auditLog.entryFor({
        actorOid: caller.oid,
        action: 'cycle.allocate',
        record: `cycle:${cycle.record.id}`,
        changedFields: ['audits', 'seed', 'state'],
      }),
    ]);
    await services.notifications.publish(events);
    const body: AllocationCommitResponse = {
      cycle: cycleDto(saved as Versioned<Cycle>),
      created,
      draw,
      names: drawNames(services, draw),
    };
    res.json(body);
  });

  return router;
}
