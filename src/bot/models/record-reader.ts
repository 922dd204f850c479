import { formatDate } from '../../cards/format';
import type { KnownRecords } from '../../app/notifications';
import type { Store, Versioned } from '../../domain/ports';
import type { Action, Audit, Moderation } from '../../domain/records';
import type { ScheduleActivity } from '../../domain/records/schedule';

/**
 * Reads the records a card is built from, each once per reader, starting from the records the
 * command already holds (`known`), so a publish reads nothing it was handed. A fresh reader
 * sees fresh data: make one per request.
 */
export class RecordReader {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    readonly store: Store,
    known: KnownRecords = {},
  ) {
    for (const audit of known.audits ?? []) this.hold(`audit:${audit.record.id}`, audit);
    for (const action of known.actions ?? []) this.hold(`action:${action.record.id}`, action);
    for (const m of known.moderations ?? []) this.hold(`moderation:${m.record.id}`, m);
    for (const a of known.activities ?? []) this.hold(`schedule:${a.record.id}`, a);
  }

  activity(id: string): Promise<Versioned<ScheduleActivity> | null> {
    return this.once(`schedule:${id}`, () => this.store.repo('schedule').get(id));
  }

  audit(id: string): Promise<Versioned<Audit> | null> {
    return this.once(`audit:${id}`, () => this.store.repo('audits').get(id));
  }

  action(id: string): Promise<Versioned<Action> | null> {
    return this.once(`action:${id}`, () => this.store.repo('actions').get(id));
  }

  moderation(id: string): Promise<Versioned<Moderation> | null> {
    return this.once(`moderation:${id}`, () => this.store.repo('moderations').get(id));
  }

  /**
   * The cycle by its dates ("3 March 2025 to 13 April 2025"), never by its name: a
   * name is typed by staff, and cards carry no typed text.
   */
  async cycleLabel(id: string): Promise<string> {
    const cycle = await this.once(`cycle:${id}`, () => this.store.repo('cycles').get(id));
    if (cycle === null) return 'this cycle';
    return `${formatDate(cycle.record.startDate)} to ${formatDate(cycle.record.endDate)}`;
  }

  private hold(key: string, value: unknown): void {
    this.cache.set(key, Promise.resolve(value));
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
