import type { AllocationDraw } from '../../domain/allocation/allocation-draw';
import type { Versioned } from '../../domain/ports/versioned';
import type { Audit } from '../../domain/records/audit';
import type { Cycle } from '../../domain/records/cycle';
import type { SavedRecords } from '../commands/command';

/** A cycle, and the audits an allocation made in it. */
export interface CycleRecords {
  readonly cycle: Versioned<Cycle>;
  readonly audits: readonly Versioned<Audit>[];
  /** The draw the allocation was made from, once made. */
  readonly draw: AllocationDraw | null;
}

export const cycleRef = (id: string): string => `cycle:${id}`;

export function cycleRecordsAfter(
  loaded: CycleRecords,
  saved: SavedRecords,
  detail: unknown,
): CycleRecords {
  const cycle =
    (saved.get(`cycles:${loaded.cycle.record.id}`) as Versioned<Cycle> | undefined) ?? loaded.cycle;
  const audits = [...saved]
    .filter(([key]) => key.startsWith('audits:'))
    .map(([, value]) => value as Versioned<Audit>);
  return {
    cycle,
    audits: [...loaded.audits, ...audits],
    draw: (detail as AllocationDraw | undefined) ?? loaded.draw,
  };
}
