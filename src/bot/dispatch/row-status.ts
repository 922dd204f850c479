import type { OutboxRow, Versioned } from '../../domain/ports';
import type { BatchedWrites } from './batched-writes';

/**
 * The writes that move a row along: each checked against the version last read (eTag), and
 * combined with the other deliveries' into shared `$batch` requests.
 */
export class RowStatus {
  constructor(private readonly rows: Pick<BatchedWrites, 'update'>) {}

  /** Takes the row for one delivery: a lease that another dispatcher (or a restart) respects. */
  claim(row: Versioned<OutboxRow>, leaseUntil: Date): Promise<Versioned<OutboxRow>> {
    const record: OutboxRow = {
      ...row.record,
      attempts: row.record.attempts + 1,
      notBefore: leaseUntil.toISOString(),
    };
    return this.rows.update(record, row.version);
  }

  sent(row: Versioned<OutboxRow>, activityId: string, attempts: number) {
    const record: OutboxRow = {
      ...row.record,
      status: 'Sent',
      activityId,
      attempts,
      lastError: '',
      notBefore: null,
    };
    return this.rows.update(record, row.version);
  }

  failed(row: Versioned<OutboxRow>, reason: string, attempts: number) {
    const record: OutboxRow = { ...row.record, status: 'Failed', attempts, lastError: reason };
    return this.rows.update(record, row.version);
  }

  /** Back to Pending, to be tried again from `notBefore`. */
  later(row: Versioned<OutboxRow>, reason: string, attempts: number, notBefore: Date) {
    const record: OutboxRow = {
      ...row.record,
      status: 'Pending',
      attempts,
      lastError: reason,
      notBefore: notBefore.toISOString(),
    };
    return this.rows.update(record, row.version);
  }
}
