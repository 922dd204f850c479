import { createHash, randomUUID } from 'node:crypto';
import type { AuditLogEntry, Change, Store } from '../../domain/ports';
import type { Logger } from '../logger';

export interface LogContext {
  readonly actorOid: string;
  readonly action: string;
  /** A record reference such as `audit:AUD-12`; never a name. */
  readonly record: string;
  readonly changedFields?: readonly string[];
  readonly outcome?: AuditLogEntry['outcome'];
}

export interface ChangeContext extends LogContext {
  /** The version the change was made from ('new' for a create): the entry's key. */
  readonly fromVersion: string;
  readonly at: string;
}

/** The key of a change's entry: the same command on the same version is one entry, however often sent. */
export const changeEntryId = (action: string, record: string, fromVersion: string): string =>
  `LOG-${createHash('sha256').update(`${action}|${record}|${fromVersion}`).digest('hex').slice(0, 32)}`;

/**
 * Who did what. SharePoint's version history shows only the app as editor, so every change and
 * every read of an audit record is appended to the Audit log list, with one entry builder for
 * every edge. A change's entry is written in the same `$batch` as the change (`changeEntry` +
 * `Store.saveAll`) and keyed by what changed and from which version, so the same request
 * delivered twice at once (a redelivered card action) races to one update and one entry. Reads
 * and denials are buffered and written in batches, so they cost no extra round trip.
 */
export class AuditLog {
  private buffer: AuditLogEntry[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  /** The entry to save together with the change it records. */
  changeEntry(context: ChangeContext): Change {
    const record: AuditLogEntry = {
      ...this.entry(context, context.at),
      id: changeEntryId(context.action, context.record, context.fromVersion),
    };
    return { kind: 'auditLog', op: 'create', record };
  }

  /** Records a read; written with the next flush. */
  read(actorOid: string, action: string, record: string): void {
    this.note({ actorOid, action, record });
  }

  /** Records a refusal; written with the next flush. */
  denied(actorOid: string, action: string, record: string): void {
    this.note({ actorOid, action, record, outcome: 'denied' });
  }

  async flush(): Promise<void> {
    await this.flushing;
    if (this.buffer.length === 0) return;
    const entries = this.buffer;
    this.buffer = [];
    this.flushing = this.store
      .saveAll(entries.map((record) => ({ kind: 'auditLog', op: 'create', record }) as const))
      .then(() => undefined)
      .catch((error: unknown) => {
        this.buffer.unshift(...entries);
        this.logger.error('audit log flush failed; entries kept for the next flush', {
          entries: entries.length,
          error: error instanceof Error ? error.message : 'unknown',
        });
      })
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  private note(context: LogContext): void {
    this.buffer.push(this.entry(context, this.now().toISOString()));
    if (this.buffer.length >= 20) void this.flush();
  }

  private entry(context: LogContext, at: string): AuditLogEntry {
    return {
      id: `LOG-${randomUUID()}`,
      at,
      actorOid: context.actorOid,
      action: context.action,
      record: context.record,
      changedFields: context.changedFields ?? [],
      outcome: context.outcome ?? 'ok',
    };
  }
}
