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

/**
 * Who did what. SharePoint's version history shows only the app as editor, so every change and
 * every read of an audit record is appended to the Audit log list. Changes are written in the
 * same `$batch` as the change itself (`entryFor` + `Store.saveAll`); reads and denials are
 * buffered and written in batches, so reading an audit costs no extra round trip.
 */
export class AuditLog {
  private buffer: AuditLogEntry[] = [];
  private flushing: Promise<void> | null = null;
  private sequence = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  /** An entry to save together with the change it records. */
  entryFor(context: LogContext): Change {
    return { kind: 'auditLog', op: 'create', record: this.build(context) };
  }

  /** Records a read or a denial; written with the next flush. */
  note(context: LogContext): void {
    this.buffer.push(this.build(context));
    if (this.buffer.length >= 20) void this.flush();
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

  private build(context: LogContext): AuditLogEntry {
    const at = this.now();
    this.sequence += 1;
    return {
      id: `LOG-${at.getTime().toString(36)}-${process.pid.toString(36)}-${this.sequence.toString(36)}`,
      at: at.toISOString(),
      actorOid: context.actorOid,
      action: context.action,
      record: context.record,
      changedFields: context.changedFields ?? [],
      outcome: context.outcome ?? 'ok',
    };
  }
}
