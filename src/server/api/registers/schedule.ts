import { Router } from 'express';
import { z } from 'zod';
import type {
  ScheduleActivityResponse,
  ScheduleDto,
  ScheduleResponse,
} from '../../../contract/registers';
import { fromModel } from '../../../app/queries/from-model';
import {
  editActivityCommand,
  recordOccurrenceCommand,
} from '../../../app/registers/schedule-commands';
import type { Services } from '../../../app/services';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Actor } from '../../../domain/records/actor';
import {
  FREQUENCIES,
  OCCURRENCE_OUTCOMES,
  type ScheduleActivity,
} from '../../../domain/records/schedule';
import { ROLES } from '../../../domain/records/staff';
import { mayRecordOccurrence } from '../../../domain/schedule/occurrences';
import { callerOf } from '../../http/authenticate';
import { mountCommand } from '../command-route';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)');
const occurrenceSchema = z.object({
  outcome: z.enum(OCCURRENCE_OUTCOMES),
  on: isoDate,
  note: z.string().max(4000),
});
const editSchema = z.object({
  ownerRole: z.enum(ROLES),
  ownerId: z.string().min(1).max(100).nullable(),
  frequency: z.enum(FREQUENCIES),
  nextDue: isoDate.nullable(),
  outcomes: z.string().max(4000),
});

const scheduleDto = (
  services: Services,
  actor: Actor,
  { record, version, flags }: Versioned<ScheduleActivity>,
): ScheduleDto => ({
  record,
  version,
  flags,
  names: Object.fromEntries(
    [record.ownerId, ...record.history.map((o) => o.byId)]
      .filter((id): id is string => id !== null)
      .map((id) => [id, services.directory.nameOf(id)]),
  ),
  allowed: [
    ...(mayRecordOccurrence(actor, record) ? (['recordOccurrence'] as const) : []),
    ...(actor.role === 'QALead' ? (['editActivity'] as const) : []),
  ],
});

/** The quality assurance schedule: a dozen rows, read whole; everyone may see it. */
export function scheduleRoutes(services: Services): Router {
  const router = Router();
  router.get('/schedule', async (_req, res) => {
    const { actor } = callerOf(res);
    const rows = await fromModel(services, 'schedule');
    const body: ScheduleResponse = {
      items: rows
        .map((v) => scheduleDto(services, actor, v))
        .sort((a, b) => (a.record.nextDue ?? '9999').localeCompare(b.record.nextDue ?? '9999')),
    };
    res.json(body);
  });
  const respond = (
    caller: ReturnType<typeof callerOf>,
    { activity }: { activity: Versioned<ScheduleActivity> },
  ): ScheduleActivityResponse => ({ activity: scheduleDto(services, caller.actor, activity) });
  mountCommand(router, services, {
    method: 'post',
    path: '/schedule/:id/occurrences',
    command: recordOccurrenceCommand,
    schema: occurrenceSchema,
    versioned: true,
    noun: 'Scheduled activity',
    respond,
  });
  mountCommand(router, services, {
    method: 'put',
    path: '/schedule/:id',
    command: editActivityCommand,
    schema: editSchema,
    versioned: true,
    noun: 'Scheduled activity',
    respond,
  });
  return router;
}
