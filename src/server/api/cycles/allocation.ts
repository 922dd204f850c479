import { Router } from 'express';
import { z } from 'zod';
import type { AllocationDraw } from '../../../domain/allocation/allocation-draw';
import { commitAllocationCommand, previewAllocation } from '../../../app/cycles/cycle-commands';
import type { Services } from '../../../app/services';
import { allocationPreviewRequestSchema } from '../../../domain/validation/register-inputs';
import type { AllocationCommitResponse, AllocationPreviewResponse } from '../../../contract/cycles';
import { callerOf } from '../../http/authenticate';
import { mountCommand } from '../command-route';
import { namesOf } from '../dto/names';
import { refuse } from '../guard';
import { parseBody } from '../parse';
import { cycleDto } from './dto';
import { readCycle } from './read';

const previewSchema = allocationPreviewRequestSchema.omit({ cycleId: true });
const commitSchema = previewSchema.extend({ seed: z.int().min(0).max(0xffff_ffff) });

const drawNames = (services: Services, draw: AllocationDraw) =>
  namesOf(
    services.directory,
    draw.allocations.flatMap((a) => [a.auditorId, a.workerId, a.teamManagerId, a.moderatorId]),
    { teamIds: draw.allocations.map((a) => a.teamId) },
  );

export function allocationRoutes(services: Services): Router {
  const router = Router();

  router.post('/cycles/:id/allocation/preview', async (req, res) => {
    const caller = callerOf(res);
    const rules = parseBody(req, previewSchema);
    const cycle = await readCycle(services, req.params['id']);
    const preview = await previewAllocation(services, caller.actor, cycle.record, rules);
    if (!preview.ok) throw refuse(services, caller, `cycle:${cycle.record.id}`, preview.error);
    const { draw, explanation } = preview.value;
    const body: AllocationPreviewResponse = {
      draw,
      explanation,
      names: drawNames(services, draw),
    };
    res.json(body);
  });

  mountCommand(router, services, {
    method: 'post',
    path: '/cycles/:id/allocation/commit',
    command: commitAllocationCommand,
    schema: commitSchema,
    versioned: true,
    noun: 'Cycle',
    respond: (_caller, records): AllocationCommitResponse => {
      const draw = records.draw as AllocationDraw;
      return {
        cycle: cycleDto(records.cycle),
        created: records.audits.length,
        draw,
        names: drawNames(services, draw),
      };
    },
  });

  return router;
}
