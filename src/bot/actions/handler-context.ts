import type { DomainEvent } from '../../domain/events';
import { createHash } from 'node:crypto';
import type { AuditLogEntry, Change, Versioned } from '../../domain/ports';
import type { Actor } from '../../domain/records';
import type { Services } from '../../app/services';
import type { ModelContext } from '../models/model-context';

/** Everything one card action handler needs: who is acting, on what services, and when. */
export interface HandlerContext {
  readonly services: Services;
  readonly actor: Actor;
  /** Entra object id of the actor, for the Audit log. */
  readonly oid: string;
  readonly models: ModelContext;
  readonly now: Date;
}

/** Records a refusal on the Audit log (buffered: it costs no round trip now). */
export function noteDenied(context: HandlerContext, action: string, record: string): void {
  context.services.auditLog.note({ actorOid: context.oid, action, record, outcome: 'denied' });
}

/**
 * The Audit log entry of a transition, keyed by what changed and from which version: the same
 * card action delivered twice at once races to one update (the other meets a conflict), and
 * its entry is written once too, whichever request wins.
 */
function transitionEntry(
  context: HandlerContext,
  log: { readonly action: string; readonly record: string; readonly changedFields: string[] },
  fromVersion: string,
): Change {
  const key = createHash('sha256')
    .update(`${log.action}|${log.record}|${fromVersion}`)
    .digest('hex');
  const record: AuditLogEntry = {
    id: `LOG-${key.slice(0, 32)}`,
    at: context.now.toISOString(),
    actorOid: context.oid,
    action: log.action,
    record: log.record,
    changedFields: log.changedFields,
    outcome: 'ok',
  };
  return { kind: 'auditLog', op: 'create', record };
}

/**
 * Saves the changed record and its Audit log entry in one `saveAll`, then publishes the events
 * to the outbox. The change is saved whatever happens to the publish (which is idempotent and
 * logged if it fails, so it can be run again).
 */
export async function saveAndPublish<T>(
  context: HandlerContext,
  change: Extract<Change, { op: 'update' }>,
  log: { readonly action: string; readonly record: string; readonly changedFields: string[] },
  events: readonly DomainEvent[],
): Promise<Versioned<T>> {
  const { services } = context;
  const entry = transitionEntry(context, log, change.expectedVersion);
  const saved = (await services.store.saveAll([change, entry])).at(0);
  try {
    await services.notifications.publish(events);
  } catch (error) {
    services.logger.error('events saved but not yet queued for notification', {
      record: log.record,
      events: events.map((e) => e.kind).join(','),
      reason: error instanceof Error ? error.message : 'unknown',
    });
  }
  if (saved === undefined) throw new Error('saveAll returned no result for the change');
  return saved as unknown as Versioned<T>;
}
