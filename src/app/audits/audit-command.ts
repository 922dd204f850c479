import type { DomainEvent } from '../../domain/events/domain-event';
import type { Change } from '../../domain/ports/store';
import type { Audit } from '../../domain/records/audit';
import type { Moderation } from '../../domain/records/moderation';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import { changedFields } from '../audit-log/changed-fields';
import type { DecideContext, Decision, RecordCommand } from '../commands/command';
import {
  auditRecordsAfter,
  auditRef,
  canViewAudit,
  knownFromAudit,
  loadAuditRecords,
  type AuditRecords,
} from './audit-records';

export type AuditContext<I> = DecideContext<AuditRecords, I>;

/** An audit command: loads the audit with its moderation and actions; the domain decides. */
export const auditCommand = <I>(
  name: string,
  decide: (context: AuditContext<I>) => Promise<Result<Decision>> | Result<Decision>,
): RecordCommand<AuditRecords, I> => ({
  name,
  ref: auditRef,
  load: loadAuditRecords,
  visible: canViewAudit,
  version: (records) => records.audit.version,
  decide: async (context) => decide(context),
  afterSave: auditRecordsAfter,
  known: knownFromAudit,
});

export interface AuditChanges {
  readonly audit: Audit;
  readonly moderation?: Moderation;
  readonly newActions?: readonly Change[];
  readonly events: readonly DomainEvent[];
}

/**
 * What an audit step writes: the audit against the version read, its moderation (created or
 * updated against its version) and any new actions; the changed fields named for the log.
 */
export function auditDecision(loaded: AuditRecords, changes: AuditChanges): Result<Decision> {
  const existing = loaded.moderation;
  const moderation = changes.moderation;
  const writes: Change[] = [
    {
      kind: 'audits',
      op: 'update',
      record: changes.audit,
      expectedVersion: loaded.audit.version,
    },
  ];
  if (moderation !== undefined) {
    writes.push(
      existing === null || existing.record.id !== moderation.id
        ? { kind: 'moderations', op: 'create', record: moderation }
        : {
            kind: 'moderations',
            op: 'update',
            record: moderation,
            expectedVersion: existing.version,
          },
    );
  }
  return ok({
    // New actions are created first: if one cannot be (its key is taken by another audit's
    // action), the audit is not submitted; if the audit's write then fails, they are undone.
    first: changes.newActions ?? [],
    changes: writes,
    events: changes.events,
    changedFields: [
      ...changedFields(loaded.audit.record, changes.audit),
      ...(moderation === undefined
        ? []
        : changedFields(existing?.record ?? {}, moderation).map((f) => `moderation.${f}`)),
      ...((changes.newActions ?? []).length > 0 ? ['actions'] : []),
    ],
  });
}
