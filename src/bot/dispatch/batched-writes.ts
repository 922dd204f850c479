import { StoreError, type OutboxRow, type Store, type Versioned } from '../../domain/ports';

interface Waiting {
  readonly record: OutboxRow;
  readonly version: string;
  readonly resolve: (saved: Versioned<OutboxRow>) => void;
  readonly reject: (error: StoreError) => void;
}

/** Graph's limit on requests in one `$batch`. */
const BATCH = 20;

/**
 * Outbox row updates from many deliveries at once, combined: writes asked for within a few
 * milliseconds of each other go out together in one `$batch` (each still checked against its
 * own eTag and answered on its own), so a fan-out costs a fraction of a Graph request per card.
 */
export class BatchedWrites {
  private queue: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly delayMs = 15,
  ) {}

  update(record: OutboxRow, version: string): Promise<Versioned<OutboxRow>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, version, resolve, reject });
      if (this.queue.length >= BATCH) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
    });
  }

  private async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const waiting = this.queue.splice(0, BATCH);
    if (this.queue.length > 0) this.timer = setTimeout(() => void this.flush(), this.delayMs);
    if (waiting.length === 0) return;
    try {
      const outcomes = await this.store.saveEach(
        waiting.map((w) => ({
          kind: 'outbox',
          op: 'update',
          record: w.record,
          expectedVersion: w.version,
        })),
      );
      waiting.forEach((w, i) => {
        const outcome = outcomes.at(i);
        if (outcome instanceof StoreError) w.reject(outcome);
        else if (outcome === undefined) w.reject(new StoreError('unavailable', 'no answer'));
        else w.resolve(outcome as Versioned<OutboxRow>);
      });
    } catch (error) {
      const failure =
        error instanceof StoreError
          ? error
          : new StoreError('unavailable', error instanceof Error ? error.message : 'unknown');
      for (const w of waiting) w.reject(failure);
    }
  }
}
