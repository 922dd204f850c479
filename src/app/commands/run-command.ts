import { forbidden } from '../../domain/errors';
import { StoreError, type Change } from '../../domain/ports';
import { keyOfChange } from '../../domain/ports/store';
import { SYSTEM_ACTOR, SYSTEM_ACTOR_ID } from '../../domain/records/actor';
import type { Member } from '../directory/directory';
import type { Services } from '../services';
import type {
  CommandError,
  CommandRequest,
  CommandResult,
  RecordCommand,
  SavedRecords,
} from './command';

/** A card action (no version of its own) meeting a concurrent change is tried this many times. */
const ATTEMPTS = 3;

const conflict = (currentVersion: string | null): CommandError => ({
  reason: 'conflict',
  message:
    'This record has changed since you opened it. Reload to see the changes, then try again.',
  issues: [{ field: 'version', message: 'is not the current version' }],
  currentVersion,
});

/**
 * Runs one command, in the order every command follows: the actor from the Staff list as it
 * stands now (a deactivated or demoted person is refused at once), the records read with their
 * versions (404), may the actor see them (403, logged), the domain's decision — it authorises,
 * once (403, logged) — then is the caller's version current (409), is the step valid in this
 * state (409/400), then the changes and their Audit log entry in one `saveAll` (the eTag
 * decides a race), and the events published with the records in hand.
 */
export async function runCommand<A, I>(
  services: Services,
  command: RecordCommand<A, I>,
  request: CommandRequest<I>,
): Promise<CommandResult<A>> {
  const ref = command.ref(request.id);
  const member = await services.directory.member(request.oid);
  if (member === null) {
    services.auditLog.denied(request.oid, command.name, ref);
    return refused(forbidden('You are not an active member of staff on the Staff list.'));
  }
  return runAs(services, command, member, request);
}

/** The service itself, for the scheduler's commands: never reachable from a request's oid. */
const SYSTEM_MEMBER: Member = {
  actor: SYSTEM_ACTOR,
  staff: {
    id: SYSTEM_ACTOR_ID,
    aadObjectId: SYSTEM_ACTOR_ID,
    displayName: 'Audit Loop',
    role: SYSTEM_ACTOR.role,
    teamId: null,
    serviceAreaId: null,
    active: true,
  },
};

/**
 * The scheduler's edge: the same command, run for the service itself (the system actor, which
 * the domain lets make only its system steps), logged as 'system'.
 */
export function runSystemCommand<A, I>(
  services: Services,
  command: RecordCommand<A, I>,
  request: Omit<CommandRequest<I>, 'oid'>,
): Promise<CommandResult<A>> {
  return runAs(services, command, SYSTEM_MEMBER, { ...request, oid: SYSTEM_ACTOR_ID });
}

async function runAs<A, I>(
  services: Services,
  command: RecordCommand<A, I>,
  member: Member,
  request: CommandRequest<I>,
): Promise<CommandResult<A>> {
  const ref = command.ref(request.id);
  for (let attempt = 1; ; attempt++) {
    const loaded = await command.load(services, request.id);
    if (loaded === null) {
      return refused({ reason: 'not-found', message: `${ref} was not found.`, issues: [] });
    }
    if (!command.visible(member.actor, loaded)) {
      services.auditLog.denied(request.oid, command.name, ref);
      return refused(forbidden('You cannot see this record.'));
    }
    const version = command.version(loaded);
    const now = services.clock.now().toISOString();
    // The domain decides, and authorises once: a refusal comes before anything about versions.
    const decided = await command.decide({
      services,
      ...member,
      loaded,
      input: request.input,
      now,
    });
    if (!decided.ok && decided.error.reason === 'forbidden') {
      services.auditLog.denied(request.oid, command.name, ref);
      return { ok: false, error: decided.error, current: loaded };
    }
    if (request.version !== null && request.version !== version) {
      return { ok: false, error: conflict(version), current: loaded };
    }
    if (!decided.ok) return { ok: false, error: decided.error, current: loaded };
    const { first = [], changes, events, changedFields } = decided.value;
    const entry = services.auditLog.changeEntry({
      actorOid: request.oid,
      action: command.name,
      record: decided.value.ref ?? ref,
      changedFields,
      fromVersion: version,
      at: now,
    });
    let saved: SavedRecords;
    const created = first.length > 0 ? await services.store.saveAll(first) : [];
    try {
      const written = await services.store.saveAll([...changes, entry]);
      saved = savedByKey([...first, ...changes], [...created, ...written]);
      accept(services, [...first, ...changes], [...created, ...written]);
    } catch (error) {
      await undo(services, first, created, ref);
      if (!(error instanceof StoreError) || error.reason !== 'conflict') throw error;
      if (request.version === null && attempt < ATTEMPTS) continue;
      return { ok: false, error: conflict(error.currentVersion), current: loaded };
    }
    const after = command.afterSave(loaded, saved, decided.value.detail);
    await publish(services, events, command.known(after), ref);
    return { ok: true, value: after, events };
  }
}

/**
 * Graph has no transactions: when the main write fails after the creates it needed (a new
 * audit's actions, an allocation's audits), those creates are deleted again, so nothing is
 * left half-written. A delete that fails is logged; a retry of the command finds and reuses it.
 */
async function undo(
  services: Services,
  first: readonly Change[],
  created: readonly unknown[],
  ref: string,
): Promise<void> {
  for (const [i, change] of first.entries()) {
    const version = (created[i] as { version?: string } | undefined)?.version;
    if (version === undefined) continue;
    try {
      await services.store.repo(change.kind).delete(keyOfChange(change), version);
      services.readModel.forget(change.kind, keyOfChange(change));
    } catch (error) {
      services.logger.error('a create made for a failed change could not be undone', {
        record: ref,
        kind: change.kind,
        reason: error instanceof Error ? error.message : 'unknown',
      });
    }
  }
}

const refused = <A>(error: CommandError): CommandResult<A> => ({ ok: false, error, current: null });

/** The command's own writes show at once in every view this instance serves. */
function accept(services: Services, changes: readonly Change[], saved: readonly unknown[]): void {
  changes.forEach((change, i) => {
    const record = saved[i];
    if (record !== undefined) services.readModel.accept(change.kind, record as never);
  });
}

function savedByKey(changes: readonly Change[], saved: readonly unknown[]): SavedRecords {
  return new Map(
    changes.map((change, i) => [
      `${change.kind}:${keyOfChange(change)}`,
      saved[i] as SavedRecords extends ReadonlyMap<string, infer V> ? V : never,
    ]),
  );
}

/**
 * The change is saved whatever happens to the publish: the outbox is keyed per event and
 * recipient, so publishing again later creates nothing twice. A failure is logged, never lost
 * silently.
 */
async function publish(
  services: Services,
  events: Parameters<Services['notifications']['publish']>[0],
  known: Parameters<Services['notifications']['publish']>[1],
  ref: string,
): Promise<void> {
  if (events.length === 0) return;
  try {
    await services.notifications.publish(events, known);
  } catch (error) {
    services.logger.error('change saved but its notifications not yet queued', {
      record: ref,
      events: events.map((e) => e.kind).join(','),
      reason: error instanceof Error ? error.message : 'unknown',
    });
  }
}
