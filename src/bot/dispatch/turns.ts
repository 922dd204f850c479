import type { OutboxRow, Versioned } from '../../domain/ports';

/**
 * The rows due at `now`, oldest first within each recipient, and recipients taking turns, so
 * that one busy conversation (7 a second) does not hold up everyone else's cards.
 */
export function dueInTurn(
  rows: readonly Versioned<OutboxRow>[],
  now: number,
): Versioned<OutboxRow>[] {
  const due = rows
    .filter((r) => r.record.status === 'Pending')
    .filter((r) => r.record.notBefore === null || Date.parse(r.record.notBefore) <= now)
    .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt));
  const byRecipient = new Map<string, Versioned<OutboxRow>[]>();
  for (const row of due) {
    const list = byRecipient.get(row.record.recipientId) ?? [];
    list.push(row);
    byRecipient.set(row.record.recipientId, list);
  }
  const lists = [...byRecipient.values()];
  const ordered: Versioned<OutboxRow>[] = [];
  for (let i = 0; ordered.length < due.length; i++) {
    for (const list of lists) {
      const row = list.at(i);
      if (row !== undefined) ordered.push(row);
    }
  }
  return ordered;
}
