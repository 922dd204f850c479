import type { AuditLogEntry } from '../../domain/ports';

/**
 * Acknowledgements change no record: they are Audit log entries with a key of their own, one
 * per alert or moderation, so a repeated acknowledgement finds the first (RecordId is unique).
 */
export const ACK_ACTIONS = {
  inadequate: 'inadequate.acknowledge',
  moderation: 'moderation.acknowledge',
  arrange: 'moderation.arrange',
} as const;

export const inadequateAckId = (auditId: string): string => `ACK-inadequate-${auditId}`;
export const moderationAckId = (moderationId: string): string => `ACK-moderation-${moderationId}`;

const PROPOSED = 'proposedDate:';

/** The proposed date travels in `changedFields` as `proposedDate:YYYY-MM-DD` (not sensitive). */
export const proposedDateField = (date: string): string => `${PROPOSED}${date}`;

export const proposedDateOf = (entry: AuditLogEntry): string | null =>
  entry.changedFields.find((f) => f.startsWith(PROPOSED))?.slice(PROPOSED.length) ?? null;

export function ackEntry(
  id: string,
  actorOid: string,
  action: string,
  record: string,
  at: Date,
  changedFields: readonly string[] = [],
): AuditLogEntry {
  return { id, at: at.toISOString(), actorOid, action, record, changedFields, outcome: 'ok' };
}
