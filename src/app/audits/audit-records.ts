import { canView } from '../../domain/access/can-view';
import type { Versioned } from '../../domain/ports/versioned';
import type { Action } from '../../domain/records/action';
import type { Actor } from '../../domain/records/actor';
import type { Audit } from '../../domain/records/audit';
import type { Moderation } from '../../domain/records/moderation';
import type { SavedRecords } from '../commands/command';
import type { KnownRecords } from '../notifications';
import type { Services } from '../services';

/** An audit with its moderation and actions, each with its version: what audit commands act on. */
export interface AuditRecords {
  readonly audit: Versioned<Audit>;
  readonly moderation: Versioned<Moderation> | null;
  readonly actions: readonly Versioned<Action>[];
}

/** An audit's moderation: the latest given (there is one per audit). */
export const latestModeration = (
  moderations: readonly Versioned<Moderation>[],
): Versioned<Moderation> | null =>
  [...moderations]
    .sort((a, b) => (a.record.moderatedAt ?? '').localeCompare(b.record.moderatedAt ?? ''))
    .at(-1) ?? null;

/**
 * The audit by id, its moderation and its actions: three requests at once (AuditId is an
 * indexed column on Moderations and Actions), one round trip.
 */
export async function loadAuditRecords(
  services: Services,
  auditId: string,
): Promise<AuditRecords | null> {
  const [audit, moderations, actions] = await Promise.all([
    services.store.repo('audits').get(auditId),
    services.store.repo('moderations').list({ where: { auditId } }),
    services.store.repo('actions').list({ where: { auditId } }),
  ]);
  if (audit === null) return null;
  return { audit, moderation: latestModeration(moderations), actions };
}

export const auditRef = (id: string): string => `audit:${id}`;

export const canViewAudit = (actor: Actor, records: AuditRecords): boolean =>
  canView(actor, records.audit.record);

/** The records after a save: whatever the store returned replaces what was read. */
export function auditRecordsAfter(loaded: AuditRecords, saved: SavedRecords): AuditRecords {
  const pick = <T>(kind: string, key: string, fallback: T): T =>
    (saved.get(`${kind}:${key}`) as T | undefined) ?? fallback;
  const audit = pick('audits', loaded.audit.record.id, loaded.audit);
  const savedModeration = [...saved].find(([key]) => key.startsWith('moderations:'))?.[1] as
    Versioned<Moderation> | undefined;
  const known = new Set(loaded.actions.map((a) => a.record.id));
  const created = [...saved]
    .filter(([key]) => key.startsWith('actions:') && !known.has(key.slice('actions:'.length)))
    .map(([, value]) => value as Versioned<Action>);
  return {
    audit,
    moderation: savedModeration ?? loaded.moderation,
    actions: [...loaded.actions.map((a) => pick('actions', a.record.id, a)), ...created],
  };
}

export const knownFromAudit = (records: AuditRecords): KnownRecords => ({
  audits: [records.audit],
  moderations: records.moderation === null ? [] : [records.moderation],
  actions: records.actions,
});
