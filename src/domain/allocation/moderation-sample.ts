import type { Allocation } from '../records/audit';
import type { Rng } from '../random/mulberry32';
import { shuffle } from '../random/shuffle';
import type { ModerationRules } from './draw-input';

/** Whether an auditor's agreement rate is below the threshold (no rate yet: not low). */
export const hasLowAgreement = (auditorId: string, rules: ModerationRules): boolean => {
  const rate = rules.auditorAgreement[auditorId];
  return rate !== undefined && rate < rules.lowAgreementThreshold;
};

/**
 * Takes round(share × n) of the allocations at random, spread across auditors: each auditor's
 * audits are shuffled and taken in turns, so every auditor is moderated once before any auditor
 * is moderated twice.
 */
const takeSpread = (allocations: readonly Allocation[], share: number, rng: Rng): Allocation[] => {
  const byAuditor = new Map<string, Allocation[]>();
  for (const a of allocations)
    byAuditor.set(a.auditorId, [...(byAuditor.get(a.auditorId) ?? []), a]);
  const queues = shuffle([...byAuditor.keys()].sort(), rng).map((id) =>
    shuffle(byAuditor.get(id) ?? [], rng),
  );
  const turns: Allocation[] = [];
  for (let round = 0; turns.length < allocations.length; round++) {
    for (const queue of queues) {
      if (round < queue.length) turns.push(queue[round]);
    }
  }
  return turns.slice(0, Math.round(share * allocations.length));
};

/** The allocations drawn for moderation: the ordinary share, and the larger share for low agreement. */
export const selectForModeration = (
  allocations: readonly Allocation[],
  rules: ModerationRules,
  rng: Rng,
): Allocation[] => {
  const low = allocations.filter((a) => hasLowAgreement(a.auditorId, rules));
  const ordinary = allocations.filter((a) => !hasLowAgreement(a.auditorId, rules));
  return [
    ...takeSpread(ordinary, rules.share, rng),
    ...takeSpread(low, rules.lowAgreementShare, rng),
  ];
};
