import { randomUUID } from 'node:crypto';
import {
  mayRecordAt,
  registerIssues,
  type NamedRecords,
  type RegisterPlace,
} from '../../domain/access/register-reach';
import { forbidden, invalid } from '../../domain/errors';
import type { Actor } from '../../domain/records/actor';
import type { FeedbackEntry } from '../../domain/records/feedback';
import type { Observation } from '../../domain/records/observation';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import { creationCommand, type Creation } from '../commands/creation';
import type { Services } from '../services';

/** The audit and case an entry names, read (by id and case number) only when it names them. */
async function named(
  services: Services,
  place: RegisterPlace,
  refs: {
    auditId: string | null;
    caseNumber: string | null;
    staff: { field: string; id: string }[];
  },
): Promise<NamedRecords> {
  const { store, directory } = services;
  const [audit, found] = await Promise.all([
    refs.auditId === null ? null : store.repo('audits').get(refs.auditId),
    refs.caseNumber === null || refs.auditId !== null
      ? null
      : store.repo('cases').get(refs.caseNumber),
  ]);
  return {
    serviceAreaExists: directory.serviceArea(place.serviceAreaId) !== undefined,
    team: place.teamId === null ? undefined : directory.team(place.teamId),
    staff: refs.staff.map(({ field, id }) => ({ field, member: directory.staff(id) })),
    ...(refs.auditId === null ? {} : { audit: { field: 'auditId', found: audit?.record ?? null } }),
    ...(refs.caseNumber === null
      ? {}
      : {
          case: { field: 'caseNumber', caseNumber: refs.caseNumber, found: found?.record ?? null },
        }),
  };
}

/** Refuses an entry outside the recorder's reach, or one naming anything outside its place. */
async function checkEntry(
  services: Services,
  actor: Actor,
  place: RegisterPlace,
  refs: Parameters<typeof named>[2],
  date: { field: string; value: string },
  now: string,
): Promise<Result<null>> {
  if (!mayRecordAt(actor, place)) {
    return fail(
      forbidden(
        place.teamId === null
          ? 'You can record entries for your own service or team only.'
          : 'You can record entries for your own team (or, as a head of service, your service) only.',
      ),
    );
  }
  const issues = registerIssues(place, await named(services, place, refs), date, now.slice(0, 10));
  return issues.length > 0 ? fail(invalid(issues)) : ok(null);
}

export const recordFeedbackCommand = creationCommand(
  'feedback.record',
  'feedback',
  async ({
    services,
    actor,
    input,
    now,
  }: {
    services: Services;
    actor: Actor;
    input: Omit<FeedbackEntry, 'id' | 'recordedById'>;
    now: string;
  }): Promise<Result<Creation<'feedback'>>> => {
    const checked = await checkEntry(
      services,
      actor,
      input,
      { auditId: input.auditId, caseNumber: input.caseNumber, staff: [] },
      { field: 'receivedOn', value: input.receivedOn },
      now,
    );
    if (!checked.ok) return checked;
    const entry: FeedbackEntry = {
      ...input,
      id: `FB-${randomUUID().slice(0, 12)}`,
      recordedById: actor.id,
    };
    return ok({ record: entry, ref: `feedback:${entry.id}` });
  },
);

export const recordObservationCommand = creationCommand(
  'observation.record',
  'observations',
  async ({
    services,
    actor,
    input,
    now,
  }: {
    services: Services;
    actor: Actor;
    input: Omit<Observation, 'id' | 'observerId'>;
    now: string;
  }): Promise<Result<Creation<'observations'>>> => {
    const checked = await checkEntry(
      services,
      actor,
      input,
      {
        auditId: null,
        caseNumber: input.caseNumber,
        staff: [{ field: 'practitionerId', id: input.practitionerId }],
      },
      { field: 'observedOn', value: input.observedOn },
      now,
    );
    if (!checked.ok) return checked;
    const observation: Observation = {
      ...input,
      id: `OBS-${randomUUID().slice(0, 12)}`,
      observerId: actor.id,
    };
    return ok({ record: observation, ref: `observation:${observation.id}` });
  },
);
