import { describe, expect, it } from 'vitest';
import type { OutboxRow, Versioned } from '../../domain/ports';
import { dueInTurn } from './turns';

const row = (
  id: string,
  recipientId: string,
  notBefore: string | null = null,
): Versioned<OutboxRow> => ({
  version: '1',
  flags: [],
  record: {
    id,
    dedupeKey: id,
    eventKind: 'AuditAllocated',
    recipientId,
    recordRef: 'audit:A',
    card: 'update',
    payload: '{}',
    status: 'Pending',
    attempts: 0,
    activityId: null,
    lastError: '',
    notBefore,
    createdAt: `2025-01-01T00:00:0${id.slice(-1)}Z`,
  },
});

describe('dueInTurn', () => {
  it('lets recipients take turns, oldest first, and leaves rows that are not yet due', () => {
    const rows = [
      row('r1', 'a'),
      row('r2', 'a'),
      row('r3', 'b'),
      row('r4', 'c', '2999-01-01T00:00:00Z'),
    ];
    expect(dueInTurn(rows, Date.parse('2025-06-01')).map((r) => r.record.id)).toEqual([
      'r1',
      'r3',
      'r2',
    ]);
  });
});
