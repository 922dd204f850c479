import type { Cycle } from '../records/cycle';

/**
 * The later cycle a re-audit goes into: the first planned case file audit cycle starting on or
 * after the date it is due from (null while none is planned that late).
 */
export const targetCycleFor = (
  cycles: readonly Pick<Cycle, 'id' | 'kind' | 'state' | 'startDate'>[],
  dueFrom: string,
): string | null =>
  [...cycles]
    .filter((c) => c.kind === 'CaseFileAudit' && c.state === 'Planned' && c.startDate >= dueFrom)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))[0]?.id ??
  null;
