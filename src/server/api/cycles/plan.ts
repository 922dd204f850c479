import { Router } from 'express';
import { editCycleCommand, generateYearCommand } from '../../../app/cycles/plan-commands';
import type { Services } from '../../../app/services';
import type {
  CycleCloseResponse,
  CycleResponse,
  CycleYearResponse,
} from '../../../contract/cycles';
import { closeCycleCommand } from '../../../app/cycles/close-command';
import { gradeDistributions } from '../../../domain/analytics/grade-distributions';
import {
  cycleCloseSchema,
  cycleEditSchema,
  cycleYearSchema,
} from '../../../domain/validation/register-inputs';
import { mountCommand } from '../command-route';
import { cycleDto } from './dto';

/** A year of cycles from a start date, a planned cycle's dates and timescales, and closing. */
export function cyclePlanRoutes(services: Services): Router {
  const router = Router();

  mountCommand(router, services, {
    method: 'post',
    path: '/cycles/year',
    command: generateYearCommand,
    schema: cycleYearSchema,
    versioned: false,
    noun: 'Cycle',
    status: 201,
    respond: (_caller, year): CycleYearResponse => ({
      created: [...year.created]
        .sort((a, b) => a.record.startDate.localeCompare(b.record.startDate))
        .map(cycleDto),
    }),
  });

  mountCommand(router, services, {
    method: 'put',
    path: '/cycles/:id',
    command: editCycleCommand,
    schema: cycleEditSchema,
    versioned: true,
    noun: 'Cycle',
    respond: (_caller, records): CycleResponse => ({ cycle: cycleDto(records.cycle) }),
  });

  mountCommand(router, services, {
    method: 'post',
    path: '/cycles/:id/close',
    command: closeCycleCommand,
    schema: cycleCloseSchema,
    versioned: true,
    noun: 'Cycle',
    respond: (_caller, closed): CycleCloseResponse => ({
      cycle: cycleDto(closed.cycle),
      distribution: closed.outcome?.distribution ?? gradeDistributions([], []),
      stillOpen: closed.outcome?.stillOpen ?? [],
    }),
  });

  return router;
}
