import type { AuditLogEntry, Store, Versioned } from '../../domain/ports';
import type { Action, Audit, Moderation } from '../../domain/records';

/**
 * Reads the records a card is built from, each once per reader (a publish of many events about
 * one audit reads it once). A fresh reader sees fresh data: make one per request.
 */
export class RecordReader {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly store: Store) {}

  audit(id: string): Promise<Versioned<Audit> | null> {
    return this.once(`audit:${id}`, () => this.store.repo('audits').get(id));
  }

  action(id: string): Promise<Versioned<Action> | null> {
    return this.once(`action:${id}`, () => this.store.repo('actions').get(id));
  }

  moderation(id: string): Promise<Versioned<Moderation> | null> {
    return this.once(`moderation:${id}`, () => this.store.repo('moderations').get(id));
  }

  async cycleName(id: string): Promise<string> {
    const cycle = await this.once(`cycle:${id}`, () => this.store.repo('cycles').get(id));
    return cycle?.record.name ?? 'the current cycle';
  }

  /** Audit log entries of one kind about one record, newest first. */
  async logEntries(record: string, action: string): Promise<AuditLogEntry[]> {
    const found = await this.store.repo('auditLog').list({ where: { record, action } });
    return found.map((f) => f.record).sort((a, b) => b.at.localeCompare(a.at));
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let pending = this.cache.get(key) as Promise<T> | undefined;
    if (pending === undefined) {
      pending = load();
      this.cache.set(key, pending);
    }
    return pending;
  }
}
